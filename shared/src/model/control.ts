import * as Y from 'yjs'
import { lanesMap, workshopMap } from './board-doc.js'
import { newId } from './ids.js'
import { CommandOrigin } from './origins.js'
import { LANE_NAME_MAX_LENGTH, laneSchema, type Lane } from './records.js'
import { DEFAULT_SECTORS } from './sectors.js'

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
    })
    if (parsed.success) lanes.push(parsed.data)
  })
  return lanes.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
}

/** The workshop title kept in the control document ('' until seeded). */
export function readWorkshopTitle(doc: Y.Doc): string {
  const title = workshopMap(doc).get('title')
  return typeof title === 'string' ? title : ''
}

/** What a new lane needs. */
export interface NewLane {
  name: string
  color: string
  sectorId?: string | null
  id?: string
}

/** Appends a lane after the existing ones and returns its id. */
export function addLane(doc: Y.Doc, input: NewLane): string {
  const id = input.id ?? newId()
  const lanes = readLanes(doc)
  const order = lanes.length === 0 ? 0 : (lanes[lanes.length - 1]?.order ?? 0) + 1
  doc.transact(() => writeLane(doc, id, input, order), new CommandOrigin('lane.add'))
  return id
}

function writeLane(doc: Y.Doc, id: string, input: NewLane, order: number): void {
  const map = new Y.Map<unknown>()
  map.set('name', input.name.slice(0, LANE_NAME_MAX_LENGTH))
  map.set('color', input.color)
  map.set('order', order)
  map.set('sectorId', input.sectorId ?? null)
  lanesMap(doc).set(id, map)
}

/**
 * Fills a fresh control document: the title and one lane per default sector. The lane ids are the
 * sector ids, so a note's lane and its author's sector line up by default.
 */
export function seedControlDoc(doc: Y.Doc, title: string): void {
  doc.transact(() => {
    workshopMap(doc).set('title', title)
    DEFAULT_SECTORS.forEach((sector, order) =>
      writeLane(
        doc,
        sector.id,
        { name: sector.name, color: sector.accentColor, sectorId: sector.id },
        order,
      ),
    )
  }, new CommandOrigin('workshop.seed'))
}
