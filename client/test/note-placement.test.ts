import { describe, expect, it } from 'vitest'
import type { Lane, Note } from '@weave/shared'
import { freeSpotInLane } from '../src/geometry/note-placement'

const lanes: Lane[] = ['health', 'education'].map((id, order) => ({
  id,
  name: id,
  color: '#1d4ed8',
  order,
  sectorId: id,
  locked: false,
}))

function note(id: string, laneId: string, y: number): Note {
  return {
    id,
    laneId,
    x: 12,
    y,
    width: 200,
    height: 130,
    text: '',
    color: null,
    authorId: null,
    authorName: null,
    authorSector: null,
    roundId: null,
    originRoomId: null,
    originNoteId: null,
    createdAt: 1,
    updatedAt: 1,
  }
}

describe('a free spot in a lane', () => {
  const size = { width: 200, height: 130 }

  it('takes the wanted spot when it is free, below the lane header', () => {
    expect(freeSpotInLane(1, size, { x: 12, y: 10 }, lanes, [], null)).toEqual({
      laneId: 'education',
      x: 12,
      y: 68,
    })
  })

  it('moves down past notes in the way, but not past the note being moved', () => {
    const notes = [note('a', 'education', 80), note('me', 'education', 240)]
    const spot = freeSpotInLane(1, size, { x: 12, y: 80 }, lanes, notes, 'me')
    expect(spot?.y).toBeGreaterThanOrEqual(80 + 130 + 12)
    expect(spot?.y).toBeLessThan(240 + 130)
  })

  it('keeps the note inside the lane', () => {
    expect(freeSpotInLane(0, size, { x: 500, y: 80 }, lanes, [], null)?.x).toBe(340 - 200 - 12)
    expect(freeSpotInLane(5, size, { x: 12, y: 80 }, lanes, [], null)).toBeNull()
  })
})
