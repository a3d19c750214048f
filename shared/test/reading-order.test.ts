import { describe, expect, it } from 'vitest'
import { focusTarget, readingOrder, type Lane } from '../src/index.js'

function lane(id: string, order: number): Lane {
  return { id, name: id, color: '#1d4ed8', order, sectorId: null, locked: false }
}

const lanes = [lane('health', 0), lane('education', 1), lane('families', 2)]
const notes = [
  { id: 'e-top', laneId: 'education', x: 12, y: 80 },
  { id: 'h-low', laneId: 'health', x: 12, y: 400 },
  { id: 'gone', laneId: 'removed-lane', x: 12, y: 80 },
  { id: 'h-top', laneId: 'health', x: 12, y: 80 },
  { id: 'f-mid', laneId: 'families', x: 12, y: 380 },
  { id: 'h-top-right', laneId: 'health', x: 120, y: 80 },
]

describe('reading order', () => {
  it('goes lane by lane, top to bottom then left to right, removed lanes last', () => {
    expect(readingOrder(notes, lanes).map((note) => note.id)).toEqual([
      'h-top',
      'h-top-right',
      'h-low',
      'e-top',
      'f-mid',
      'gone',
    ])
  })

  it('is the same whatever order the notes come in', () => {
    const reversed = readingOrder([...notes].reverse(), lanes).map((note) => note.id)
    expect(reversed).toEqual(readingOrder(notes, lanes).map((note) => note.id))
  })
})

describe('focus steps', () => {
  const step = (from: string | null, how: Parameters<typeof focusTarget>[3]) =>
    focusTarget(notes, lanes, from, how)?.id ?? null

  it('next and previous follow reading order and stop at the ends', () => {
    expect(step('h-low', 'next')).toBe('e-top')
    expect(step('e-top', 'previous')).toBe('h-low')
    expect(step('gone', 'next')).toBeNull()
    expect(step('h-top', 'previous')).toBeNull()
  })

  it('up and down stay inside the lane', () => {
    expect(step('h-top-right', 'down')).toBe('h-low')
    expect(step('h-low', 'down')).toBeNull()
    expect(step('e-top', 'up')).toBeNull()
  })

  it('left and right go to the closest note at about the same height, skipping empty lanes', () => {
    expect(step('h-low', 'right')).toBe('e-top')
    expect(step('e-top', 'right')).toBe('f-mid')
    expect(step('f-mid', 'left')).toBe('e-top')
    expect(step('f-mid', 'right')).toBe('gone')
    expect(step('h-top', 'left')).toBeNull()
  })

  it('starts at the first note (or the last, going back) when nothing has focus', () => {
    expect(step(null, 'next')).toBe('h-top')
    expect(step('deleted-note', 'down')).toBe('h-top')
    expect(step(null, 'previous')).toBe('gone')
    expect(step('h-low', 'first')).toBe('h-top')
    expect(step('h-low', 'last')).toBe('gone')
    expect(focusTarget([], lanes, null, 'next')).toBeNull()
  })
})
