import { describe, expect, it } from 'vitest'
import { UNSORTED_LANE, weaveMatrix } from '../src/index.js'
import { sampleExport, SAMPLE_ROOMS } from './fixtures/sample-export.js'

const HEALTH = 'lanehealth01'
const EDUCATION = 'laneeducat01'
const COMMUNITY = 'lanecommun01'
const HOUSING = 'lanehousin01'

describe('weave matrix', () => {
  it('counts threads between lanes, within lanes on the diagonal, symmetric', () => {
    const matrix = weaveMatrix(sampleExport)
    expect(matrix.lanes.map((lane) => lane.id)).toEqual([
      HEALTH,
      EDUCATION,
      COMMUNITY,
      HOUSING,
      UNSORTED_LANE.id,
    ])
    expect(matrix.counts).toEqual([
      [1, 2, 1, 0, 0],
      [2, 1, 1, 0, 0],
      [1, 1, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
    ])
    expect(matrix.total).toBe(7)
    expect(matrix.isolatedLaneIds).toEqual([HOUSING])
  })

  it('lists the threads behind each cell in both directions', () => {
    const matrix = weaveMatrix(sampleExport)
    const healthEducation = [
      `${SAMPLE_ROOMS.main}/thrreferral1`,
      `${SAMPLE_ROOMS.breakout}/thrbonestory`,
    ]
    expect(matrix.threads[0]?.[1]).toEqual(healthEducation)
    expect(matrix.threads[1]?.[0]).toEqual(healthEducation)
    expect(matrix.threads[0]?.[0]).toEqual([`${SAMPLE_ROOMS.main}/thrsamepatnt`])
  })

  it('can be limited to some rooms, and adds "Unsorted" only when needed', () => {
    const matrix = weaveMatrix(sampleExport, [SAMPLE_ROOMS.breakout])
    expect(matrix.lanes.map((lane) => lane.id)).toEqual([HEALTH, EDUCATION, COMMUNITY, HOUSING])
    expect(matrix.total).toBe(2)
    expect(matrix.isolatedLaneIds).toEqual([HOUSING])
    expect(weaveMatrix(sampleExport, []).total).toBe(0)
  })

  it('skips threads whose notes are missing from their room', () => {
    const exp = structuredClone(sampleExport)
    exp.rooms[1]?.threads.push({
      id: 'thrdangling1',
      from: 'notewaitlist', // a note of the main room, not of this one
      to: 'notebstory01',
      label: '',
      kind: 'connection',
      createdAt: '2025-03-12T10:05:00.000Z',
    })
    expect(weaveMatrix(exp).total).toBe(7)
  })

  it('marks every lane isolated when there are no threads', () => {
    const exp = structuredClone(sampleExport)
    for (const room of exp.rooms) room.threads = []
    const matrix = weaveMatrix(exp)
    expect(matrix.isolatedLaneIds).toEqual([HEALTH, EDUCATION, COMMUNITY, HOUSING])
    expect(matrix.counts.flat().every((count) => count === 0)).toBe(true)
  })
})
