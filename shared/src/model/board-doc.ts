import * as Y from 'yjs'

/**
 * The root types of a room's board document. Notes and threads are keyed by id, one Y.Map each,
 * so concurrent edits to different notes (or different fields of one note) never conflict.
 */
export const BOARD_ROOTS = { notes: 'notes', threads: 'threads', clusters: 'clusters' } as const

/** The root types of a workshop's control document (written by facilitators only). */
export const CONTROL_ROOTS = {
  workshop: 'workshop',
  lanes: 'lanes',
  round: 'round',
  rounds: 'rounds',
  vote: 'vote',
  attention: 'attention',
  plan: 'plan',
  rooms: 'rooms',
  breakout: 'breakout',
  assignments: 'assignments',
  sorting: 'sorting',
} as const

/** The map of notes in a board document. */
export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_ROOTS.notes)
}

/** The map of threads in a board document. */
export function threadsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_ROOTS.threads)
}

/** The map of clusters in a board document (one Y.Map per cluster id). */
export function clustersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_ROOTS.clusters)
}

/** The map of lanes in a control document. */
export function lanesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_ROOTS.lanes)
}

/** The workshop's settings (title...) in a control document. */
export function workshopMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_ROOTS.workshop)
}

/** Reads a Y.Map entry as a nested Y.Map, or undefined when it is anything else. */
export function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const value = parent.get(key)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined
}

/** A named root map of a control document. */
export function controlMap(doc: Y.Doc, root: keyof typeof CONTROL_ROOTS): Y.Map<unknown> {
  return doc.getMap(CONTROL_ROOTS[root])
}
