import { describe, expect, it } from 'vitest'
import { createUnsentChanges } from '../src/session/unsent-changes'

interface Rec {
  readonly id: string
  readonly x: number
  readonly text: string
}

function board(...records: Rec[]) {
  let current: readonly Rec[] = records
  return {
    read: () => current,
    write(next: readonly Rec[]) {
      current = next
    },
  }
}

describe('unsent changes over records the server writes', () => {
  it('gives the same array back while there is nothing unsent', () => {
    const server = board({ id: 'a', x: 0, text: '' })
    const changes = createUnsentChanges<Rec>(server.read)
    expect(changes.apply(server.read())).toBe(server.read())
  })

  it('shows a change at once and lets it go once the server copy has it', () => {
    const server = board({ id: 'a', x: 0, text: '' }, { id: 'b', x: 5, text: 'b' })
    const changes = createUnsentChanges<Rec>(server.read)
    let told = 0
    changes.version.subscribe(() => told++)
    changes.set('a', { x: 40 })
    const shown = changes.apply(server.read())
    expect(shown[0]).toEqual({ id: 'a', x: 40, text: '' })
    expect(shown[1]).toBe(server.read()[1])
    expect(told).toBe(1)

    // Written, but the update has not arrived: still shown (no jump back).
    changes.confirm('a', { x: 40 })
    expect(changes.apply(server.read())[0]?.x).toBe(40)
    server.write([{ id: 'a', x: 40, text: '' }, server.read()[1]!])
    changes.settle()
    expect(changes.apply(server.read())).toBe(server.read())
  })

  it('keeps a change that is not confirmed, even when the server copy happens to match', () => {
    const server = board({ id: 'a', x: 0, text: '' })
    const changes = createUnsentChanges<Rec>(server.read)
    changes.set('a', { text: 'hel' })
    server.write([{ id: 'a', x: 0, text: 'hel' }])
    changes.settle()
    changes.set('a', { text: 'hello' })
    // The answer for "hel" comes after "hello" was typed: "hello" stays.
    changes.confirm('a', { text: 'hel' })
    expect(changes.apply(server.read())[0]?.text).toBe('hello')
  })

  it('drops a refused change unless it was changed again since', () => {
    const server = board({ id: 'a', x: 0, text: '' })
    const changes = createUnsentChanges<Rec>(server.read)
    changes.set('a', { x: 10 })
    changes.drop('a', { x: 10 })
    expect(changes.apply(server.read())).toBe(server.read())
    changes.set('a', { x: 20 })
    changes.set('a', { x: 30 })
    changes.drop('a', { x: 20 })
    expect(changes.apply(server.read())[0]?.x).toBe(30)
  })

  it('hides a record being deleted, shows it again when refused, forgets it once gone', () => {
    const server = board({ id: 'a', x: 0, text: '' }, { id: 'b', x: 0, text: '' })
    const changes = createUnsentChanges<Rec>(server.read)
    changes.hide('a')
    expect(changes.apply(server.read()).map((r) => r.id)).toEqual(['b'])
    expect(changes.isHidden('a')).toBe(true)
    changes.drop('a', 'hidden')
    expect(changes.apply(server.read()).map((r) => r.id)).toEqual(['a', 'b'])
    changes.hide('a')
    server.write([server.read()[1]!])
    changes.settle()
    expect(changes.isHidden('a')).toBe(false)
    expect(changes.apply(server.read())).toBe(server.read())
  })

  it('forgets confirmed changes when the board has just synced (it is the truth then)', () => {
    const server = board({ id: 'a', x: 0, text: '' })
    const changes = createUnsentChanges<Rec>(server.read)
    changes.set('a', { x: 10, text: 'typed' })
    changes.confirm('a', { x: 10 })
    // Someone else moved it after ours, within the same synced update.
    server.write([{ id: 'a', x: 99, text: '' }])
    changes.settle()
    expect(changes.valueOf('a', 'x')).toBe(10)
    changes.settleConfirmed()
    expect(changes.valueOf('a', 'x')).toBeUndefined()
    expect(changes.valueOf('a', 'text')).toBe('typed')
  })
})
