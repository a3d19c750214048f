import { describe, expect, it } from 'vitest'
import {
  canConnect,
  canWriteDocument,
  controlDocName,
  createWorkshopRequestSchema,
  docNameOf,
  joinRequestSchema,
  parseDocName,
  placeOnLanes,
  noteCanvasPosition,
  LANE_WIDTH,
  LANE_GAP,
  type Lane,
} from '../src/index.js'

describe('document names', () => {
  it('round-trips control and room names and rejects anything else', () => {
    expect(parseDocName(controlDocName('abcdefgh'))).toEqual({
      kind: 'control',
      workshopId: 'abcdefgh',
    })
    const room = parseDocName('abcdefgh.room.zyxwvuts')
    expect(room).toEqual({ kind: 'room', workshopId: 'abcdefgh', roomId: 'zyxwvuts' })
    expect(docNameOf(room!)).toBe('abcdefgh.room.zyxwvuts')
    const draft = parseDocName('abcdefgh.draft.zyxwvuts.pppppppp')
    expect(draft).toEqual({
      kind: 'draft',
      workshopId: 'abcdefgh',
      roomId: 'zyxwvuts',
      participantId: 'pppppppp',
    })
    expect(docNameOf(draft!)).toBe('abcdefgh.draft.zyxwvuts.pppppppp')
    for (const bad of [
      '',
      'abc',
      'abcdefgh.room.',
      '../etc/passwd',
      'ABCDEFGH.control',
      'abcdefgh.control.x',
    ]) {
      expect(parseDocName(bad), bad).toBeNull()
    }
  })
})

describe('permissions', () => {
  it('lets facilitators write everything, participants rooms only, observers nothing', () => {
    expect(canWriteDocument('facilitator', 'control')).toBe(true)
    expect(canWriteDocument('facilitator', 'room')).toBe(true)
    expect(canWriteDocument('participant', 'room')).toBe(true)
    expect(canWriteDocument('participant', 'control')).toBe(false)
    expect(canWriteDocument('observer', 'room')).toBe(false)
    expect(canWriteDocument('observer', 'control')).toBe(false)
  })
  it('confines a principal to its own workshop', () => {
    const p = {
      workshopId: 'w1',
      participantId: 'p',
      role: 'participant' as const,
      name: null,
      sector: null,
    }
    expect(canConnect(p, { kind: 'room', workshopId: 'w1', roomId: 'r' })).toBe(true)
    expect(canConnect(p, { kind: 'room', workshopId: 'w2', roomId: 'r' })).toBe(false)
    expect(
      canConnect(p, { kind: 'draft', workshopId: 'w1', roomId: 'r', participantId: 'p' }),
    ).toBe(true)
    expect(
      canConnect(p, { kind: 'draft', workshopId: 'w1', roomId: 'r', participantId: 'q' }),
    ).toBe(false)
    const facilitator = { ...p, participantId: 'f', role: 'facilitator' as const }
    expect(
      canConnect(facilitator, { kind: 'draft', workshopId: 'w1', roomId: 'r', participantId: 'p' }),
    ).toBe(false)
  })
})

describe('API request schemas', () => {
  it('accepts named, anonymous and observer joins and explains bad ones', () => {
    expect(
      joinRequestSchema.safeParse({ joinCode: 'abcd1234', displayName: ' Ana ', sector: 'health' }),
    ).toMatchObject({
      success: true,
      data: { joinCode: 'ABCD1234', displayName: 'Ana' },
    })
    expect(joinRequestSchema.safeParse({ joinCode: 'ABCD1234', anonymous: true }).success).toBe(
      true,
    )
    expect(joinRequestSchema.safeParse({ observerCode: 'ABCD1234' }).success).toBe(true)
    expect(
      joinRequestSchema.safeParse({ joinCode: 'ABCD1234', displayName: 'A', sector: 'mars' })
        .success,
    ).toBe(false)
    expect(
      joinRequestSchema.safeParse({ joinCode: 'ABCD1234', displayName: '', sector: 'health' })
        .success,
    ).toBe(false)
    expect(createWorkshopRequestSchema.safeParse({ title: 'x'.repeat(121) }).success).toBe(false)
    expect(createWorkshopRequestSchema.safeParse({ title: 'ok', extra: 1 }).success).toBe(false)
  })
})

describe('lane layout', () => {
  const lanes: Lane[] = ['a', 'b', 'c'].map((id, order) => ({
    id,
    name: id,
    color: '#000000',
    order,
    sectorId: null,
    locked: false,
  }))
  it('maps canvas positions to lanes and back', () => {
    const x = 2 * (LANE_WIDTH + LANE_GAP) + 30
    const placed = placeOnLanes({ x, y: 100 }, lanes)
    expect(placed).toEqual({ laneId: 'c', x: 30, y: 100 })
    expect(noteCanvasPosition(placed!, lanes)).toEqual({ x, y: 100 })
    expect(placeOnLanes({ x: -500, y: -5 }, lanes)).toEqual({ laneId: 'a', x: -500, y: 0 })
    expect(placeOnLanes({ x: 0, y: 0 }, [])).toBeNull()
  })
})
