import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  decodeAwarenessUpdate,
  encodeAwarenessEntries,
  stampPresence,
} from '../src/wire/awareness.js'
import { BadMessageError } from '../src/wire/closing-errors.js'
import { assertSoundUpdate } from '../src/wire/update-guard.js'

const user = {
  participantId: 'p',
  name: 'Ana',
  sector: 'health',
  role: 'participant' as const,
  color: '#1d4ed8',
}

describe('update guard', () => {
  it('accepts real updates', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'hello')
    doc.getMap('m').set('k', 1)
    doc.getText('t').delete(0, 2)
    expect(() => assertSoundUpdate(Y.encodeStateAsUpdate(doc))).not.toThrow()
  })

  it('[REL-3] refuses empty, truncated and count bombs before decoding them', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'some text here')
    const real = Y.encodeStateAsUpdate(doc)
    expect(() => assertSoundUpdate(new Uint8Array())).toThrow(BadMessageError)
    expect(() => assertSoundUpdate(real.slice(0, real.length - 3))).toThrow(BadMessageError)
    expect(() => assertSoundUpdate(new Uint8Array([1, 0x80, 0xcf, 0xa7, 0x0e, 1, 0]))).toThrow(
      /struct count/,
    )
    const manyClients = encoding.createEncoder()
    encoding.writeVarUint(manyClients, 10_000_000)
    expect(() => assertSoundUpdate(encoding.toUint8Array(manyClients))).toThrow(/client count/)
  })

  it('refuses a V2 update, which would read as an empty V1 one, and accepts the empty update', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('k', 1)
    expect(() => assertSoundUpdate(Y.encodeStateAsUpdateV2(doc))).toThrow(/not a V1 update/)
    expect(() => assertSoundUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).not.toThrow()
    const deleted = new Y.Doc()
    deleted.getText('t').insert(0, 'gone')
    const vector = Y.encodeStateVector(deleted)
    deleted.getText('t').delete(0, 4)
    // A delete-only update (no structs) is still a real update.
    expect(() => assertSoundUpdate(Y.encodeStateAsUpdate(deleted, vector))).not.toThrow()
  })
})

describe('presence gate', () => {
  it('[REL-17] stamps the user from the token and drops fields clients may not set', () => {
    const stamped = JSON.parse(
      stampPresence(
        JSON.stringify({ cursor: { x: 1, y: 2 }, user: { name: 'Boss' }, evil: 'x' }),
        user,
      ),
    )
    expect(stamped).toEqual({ cursor: { x: 1, y: 2 }, user })
    expect(JSON.parse(stampPresence(JSON.stringify({ cursor: 'bad' }), user))).toEqual({ user })
    expect(stampPresence('null', user)).toBe('null')
    expect(() => stampPresence('{nope', user)).toThrow(BadMessageError)
  })

  it('decodes what it encodes and refuses inflated counts', () => {
    const entries = [{ clientId: 7, clock: 3, state: '{"cursor":null}' }]
    expect(decodeAwarenessUpdate(encodeAwarenessEntries(entries))).toEqual(entries)
    expect(() => decodeAwarenessUpdate(new Uint8Array([0xff, 0xff, 0x03]))).toThrow(BadMessageError)
  })
})
