import * as Y from 'yjs'
import { lanesMap } from '../board-doc.js'
import { newId } from '../ids.js'
import { CommandOrigin } from '../origins.js'
import { LANE_NAME_MAX_LENGTH, laneSchema, type Lane } from '../records.js'
import { DEFAULT_SECTORS } from '../sectors.js'

/** The lanes of a workshop in display order; malformed entries are skipped. */
export function readLanes(doc: Y.Doc): Lane[] {
  const lanes: Lane[] = []
  lanesMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const parsed = laneSchema.safeParse({
      id,
      name: value.get('name'),
      color: value.get('color'),
      order: value.get('order'),
      sectorId: value.get('sectorId') ?? null,
      locked: value.get('locked') ?? false,
    })
    if (parsed.success) lanes.push(parsed.data)
  })
  return lanes.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
}

/** What a new lane needs. */
export interface NewLane {
  name: string
  color: string
  sectorId?: string | null
  id?: string
}

function writeLane(doc: Y.Doc, id: string, input: NewLane, order: number): void {
  const map = new Y.Map<unknown>()
  map.set('name', input.name.trim().slice(0, LANE_NAME_MAX_LENGTH))
  map.set('color', input.color)
  map.set('order', order)
  map.set('sectorId', input.sectorId ?? null)
  map.set('locked', false)
  lanesMap(doc).set(id, map)
}

/** Appends a lane after the existing ones and returns its id. */
export function addLane(doc: Y.Doc, input: NewLane): string {
  const id = input.id ?? newId()
  const lanes = readLanes(doc)
  const order = lanes.length === 0 ? 0 : (lanes[lanes.length - 1]?.order ?? 0) + 1
  doc.transact(() => writeLane(doc, id, input, order), new CommandOrigin('lane.add'))
  return id
}

function laneMap(doc: Y.Doc, laneId: string): Y.Map<unknown> | undefined {
  const value = lanesMap(doc).get(laneId)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined
}

/** Renames a lane. False if it is gone or the name is empty. */
export function renameLane(doc: Y.Doc, laneId: string, name: string): boolean {
  const map = laneMap(doc, laneId)
  const clean = name.trim().slice(0, LANE_NAME_MAX_LENGTH)
  if (!map || clean === '') return false
  doc.transact(() => map.set('name', clean), new CommandOrigin('lane.rename'))
  return true
}

/** Sets a lane's colour (#rrggbb). False if it is gone or the colour is malformed. */
export function recolourLane(doc: Y.Doc, laneId: string, color: string): boolean {
  const map = laneMap(doc, laneId)
  if (!map || !/^#[0-9a-f]{6}$/i.test(color)) return false
  doc.transact(() => map.set('color', color), new CommandOrigin('lane.recolour'))
  return true
}

/** Moves a lane to `toIndex` in the display order (clamped). False if it is gone. */
export function moveLane(doc: Y.Doc, laneId: string, toIndex: number): boolean {
  const lanes = readLanes(doc)
  const from = lanes.findIndex((lane) => lane.id === laneId)
  if (from === -1) return false
  const [moving] = lanes.splice(from, 1)
  lanes.splice(Math.min(Math.max(toIndex, 0), lanes.length), 0, moving!)
  doc.transact(() => {
    lanes.forEach((lane, order) => {
      const map = laneMap(doc, lane.id)
      if (map && map.get('order') !== order) map.set('order', order)
    })
  }, new CommandOrigin('lane.reorder'))
  return true
}

/**
 * Removes a lane. Its notes are not deleted: they keep their lane id and the board shows them in
 * an "Unsorted" column until someone moves them. False if it is gone.
 */
export function removeLane(doc: Y.Doc, laneId: string): boolean {
  if (!laneMap(doc, laneId)) return false
  doc.transact(() => lanesMap(doc).delete(laneId), new CommandOrigin('lane.remove'))
  return true
}

/** Locks or unlocks a lane for participants. False if it is gone. */
export function setLaneLocked(doc: Y.Doc, laneId: string, locked: boolean): boolean {
  const map = laneMap(doc, laneId)
  if (!map) return false
  doc.transact(() => map.set('locked', locked), new CommandOrigin('lane.lock'))
  return true
}

/** One lane per default sector, with the sector id as lane id. */
export function seedDefaultLanes(doc: Y.Doc): void {
  DEFAULT_SECTORS.forEach((sector, order) =>
    writeLane(
      doc,
      sector.id,
      { name: sector.name, color: sector.accentColor, sectorId: sector.id },
      order,
    ),
  )
}
