import { describe, expect, it } from 'vitest'
import type { Lane, Note, Thread } from '@weave/shared'
import { buildListModel } from '../src/ui/list/list-model'

function lane(id: string, name: string): Lane {
  return { id, name, color: '#1d4ed8', order: 0, sectorId: id, locked: false }
}

function note(id: string, laneId: string, y: number, roundId: string | null = null): Note {
  return {
    id,
    laneId,
    x: 12,
    y,
    width: 200,
    height: 130,
    text: `Note ${id}`,
    color: null,
    authorId: 'p1',
    authorName: 'Maya',
    authorSector: 'education',
    roundId,
    originRoomId: null,
    originNoteId: null,
    createdAt: 1,
    updatedAt: 1,
  }
}

describe('the list model', () => {
  const lanes = [lane('health', 'Health'), lane('education', 'Education')]
  const notes = [
    note('b', 'health', 300),
    note('a', 'health', 80, 'r1'),
    note('c', 'education', 80),
    note('d', 'removed', 80),
  ]
  const threads: Thread[] = [
    {
      id: 't1',
      from: 'a',
      to: 'c',
      label: 'referral',
      kind: 'referral-path',
      authorId: 'p1',
      createdAt: 1,
    },
    {
      id: 't2',
      from: 'a',
      to: 'gone',
      label: '',
      kind: 'connection',
      authorId: 'p1',
      createdAt: 1,
    },
  ]
  const rounds = [
    { id: 'r1', title: '', prompt: 'Check-in', mode: 'open' as const, startedAt: 1, endedAt: null },
  ]
  const model = buildListModel(notes, lanes, threads, rounds, 'Unsorted')

  it('has the lanes in order, notes in reading order, removed lanes last as "Unsorted"', () => {
    expect(model.map((group) => group.name)).toEqual(['Health', 'Education', 'Unsorted'])
    expect(model.map((group) => group.notes.map((item) => item.note.id))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
    ])
  })

  it('names the round and the notes at the other end of each thread, both ways', () => {
    const [a, b] = model[0]?.notes ?? []
    expect(a?.roundTitle).toBe('Check-in')
    expect(b?.roundTitle).toBeNull()
    expect(a?.links.map((link) => [link.other.id, link.otherLane])).toEqual([['c', 'Education']])
    expect(model[1]?.notes[0]?.links.map((link) => link.other.id)).toEqual(['a'])
  })
})
