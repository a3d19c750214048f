import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBoardStart, encodeBoardStart, type BoardStart } from '../src/index.js'

const startArb: fc.Arbitrary<BoardStart> = fc.record({
  roomId: fc.string(),
  docs: fc.array(fc.record({ docName: fc.string(), state: fc.uint8Array() }), {
    maxLength: 4,
  }),
})

describe('board start encoding', () => {
  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(startArb, (start) => {
        expect(decodeBoardStart(encodeBoardStart(start))).toEqual(start)
      }),
    )
  })

  it('answers null, never throws, for anything else: truncated, extended, random, other versions', () => {
    const start: BoardStart = {
      roomId: 'main',
      docs: [{ docName: 'w.control', state: new Uint8Array([1, 2, 3]) }],
    }
    const bytes = encodeBoardStart(start)
    for (let end = 0; end < bytes.length; end++)
      expect(decodeBoardStart(bytes.slice(0, end))).toBeNull()
    expect(decodeBoardStart(new Uint8Array([...bytes, 0]))).toBeNull()
    expect(decodeBoardStart(new Uint8Array([2, ...bytes.slice(1)]))).toBeNull()
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (random) => {
        const decoded = decodeBoardStart(random)
        expect(decoded === null || decoded.docs.length <= 4).toBe(true)
      }),
    )
  })
})
