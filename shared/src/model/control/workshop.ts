import type * as Y from 'yjs'
import { workshopMap } from '../board-doc.js'
import { CommandOrigin } from '../origins.js'
import { seedDefaultLanes } from './lanes.js'

/** The phases of a workshop. */
export const PHASES = ['preparation', 'live', 'closed'] as const
/**
 * preparation: async pre-work before the live day; live: the workshop day; closed: the archive,
 * read-only for everyone.
 */
export type Phase = (typeof PHASES)[number]

/** The workshop title kept in the control document ('' until seeded). */
export function readWorkshopTitle(doc: Y.Doc): string {
  const title = workshopMap(doc).get('title')
  return typeof title === 'string' ? title : ''
}

/** The workshop's phase ('live' when unset, for workshops created before phases existed). */
export function readPhase(doc: Y.Doc): Phase {
  const phase = workshopMap(doc).get('phase')
  return (PHASES as readonly unknown[]).includes(phase) ? (phase as Phase) : 'live'
}

/** Switches the workshop's phase. */
export function setPhase(doc: Y.Doc, phase: Phase): void {
  doc.transact(() => workshopMap(doc).set('phase', phase), new CommandOrigin('workshop.phase'))
}

/**
 * Fills a fresh control document: title, phase (preparation) and one lane per default sector.
 * The lane ids are the sector ids, so a note's lane and its author's sector line up by default.
 */
export function seedControlDoc(doc: Y.Doc, title: string): void {
  doc.transact(() => {
    workshopMap(doc).set('title', title)
    workshopMap(doc).set('phase', 'preparation')
    seedDefaultLanes(doc)
  }, new CommandOrigin('workshop.seed'))
}
