import { describe, expect, it } from 'vitest'
import { diffRooms, isEmptyDiff, type ExportRoom } from '../src/index.js'
import { sampleExport } from './fixtures/sample-export.js'

function breakout(): ExportRoom {
  const room = sampleExport.rooms[1]
  if (!room) throw new Error('the sample has a breakout room')
  return structuredClone(room)
}

describe('snapshot diff', () => {
  it('finds nothing between a room and itself', () => {
    const diff = diffRooms(breakout(), breakout())
    expect(isEmptyDiff(diff)).toBe(true)
    expect(diff.unchanged).toBe(3)
  })

  it('reports added, removed, edited and moved notes, and threads', () => {
    const before = breakout()
    const after = breakout()
    const [consent, story] = after.notes
    if (!consent || !story) throw new Error('the breakout room has notes')
    consent.text = 'Shared case notes need consent rules everyone understands'
    story.laneId = 'lanecommun01'
    story.text = 'Parents tell their story again and again'
    consent.x += 40 // moving within a lane is not a change
    after.notes = after.notes.filter((note) => note.id !== 'notebbus0001')
    after.threads = after.threads.filter((thread) => thread.id !== 'thrbbus00001')
    const added = { ...consent, id: 'notebnew0001', text: 'A new idea', codes: [] }
    after.notes.push(added)
    const thread = { ...before.threads[0]!, id: 'thrbnew00001', to: added.id }
    after.threads.push(thread)

    const diff = diffRooms(before, after)
    expect(diff.notesAdded).toEqual([added])
    expect(diff.notesRemoved.map((note) => note.id)).toEqual(['notebbus0001'])
    expect(diff.notesEdited.map(({ before, after }) => [before.text, after.text])).toEqual([
      ['Shared case notes need clear consent rules', consent.text],
      ['Parents repeat their story to every service', story.text],
    ])
    expect(diff.notesMoved).toEqual([
      { note: story, fromLaneId: 'laneeducat01', toLaneId: 'lanecommun01' },
    ])
    expect(diff.threadsAdded).toEqual([thread])
    expect(diff.threadsRemoved.map((t) => t.id)).toEqual(['thrbbus00001'])
    expect(diff.unchanged).toBe(0)
    expect(isEmptyDiff(diff)).toBe(false)
  })
})
