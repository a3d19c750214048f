import type * as Y from 'yjs'
import * as z from 'zod/mini'
import { controlMap } from '../board-doc.js'
import { CommandOrigin } from '../origins.js'
import { readMapAs, writeMap } from './read.js'

/**
 * Sorting, as the facilitator opened it (the server writes it; FAC-S4): while it is open in a
 * room, every participant there may move any note and change any note's cluster.
 */
export const sortingSchema = z.object({
  /** The rooms sorting is open in; null means every room of the workshop. */
  roomIds: z.nullable(z.array(z.string())),
  /** When sorting ends by itself (ms since the epoch); null: until the facilitator closes it. */
  until: z.nullable(z.number()),
  openedAt: z.number(),
})
/** Open sorting. */
export type Sorting = z.infer<typeof sortingSchema>

/** The sorting that was opened, or null when none is (closing empties the root). */
export function readSorting(doc: Y.Doc): Sorting | null {
  const map = controlMap(doc, 'sorting')
  if (map.size === 0) return null
  return readMapAs(map, sortingSchema) ?? null
}

/** Opens sorting (or, with null, closes it), in one transaction. */
export function writeSorting(doc: Y.Doc, sorting: Sorting | null): void {
  doc.transact(
    () => writeMap(controlMap(doc, 'sorting'), sorting ? { ...sorting } : {}),
    new CommandOrigin('sorting.change'),
  )
}

/**
 * The board state's `sorting` for one room: its deadline when sorting was opened there, else null.
 * The deadline is checked when a change is judged (isSortingOpen), so sorting ends on time even
 * before the server clears the root.
 */
export function sortingForRoom(
  sorting: Sorting | null,
  roomId: string,
): { until: number | null } | null {
  if (!sorting || (sorting.roomIds !== null && !sorting.roomIds.includes(roomId))) return null
  return { until: sorting.until }
}
