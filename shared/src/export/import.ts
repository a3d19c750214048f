import type * as Y from 'yjs'
import { addLane, readLanes, removeLane, setLaneLocked } from '../model/control/lanes.js'
import { restoreRoundHistory } from '../model/control/round.js'
import { seedControlDoc, setPhase } from '../model/control/workshop.js'
import { restoreNote } from '../model/notes.js'
import { CommandOrigin } from '../model/origins.js'
import { restoreThread } from '../model/threads.js'
import type { Coding } from '../protocol/api-analysis.js'
import {
  EXPORT_SCHEMA_VERSION,
  importTime,
  workshopExportSchema,
  type ExportRoom,
  type WorkshopExport,
} from './format.js'

/** Most schema problems one parse error lists; the rest are counted. */
const MAX_LISTED_ISSUES = 5

/** The result of reading an uploaded export. */
export type ParsedExport = { ok: true; value: WorkshopExport } | { ok: false; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Validates an uploaded export (already JSON-parsed). The message says what is wrong in words an
 * organiser can act on: not an export at all, a schemaVersion this server cannot read, or up to
 * MAX_LISTED_ISSUES schema problems as `path: message`.
 */
export function parseExport(json: unknown): ParsedExport {
  if (!isRecord(json) || json.kind !== 'weave.export') {
    return { ok: false, message: 'This is not a Weave export (expected "kind": "weave.export").' }
  }
  if (json.schemaVersion !== EXPORT_SCHEMA_VERSION) {
    const found =
      json.schemaVersion === undefined
        ? 'The export has no schemaVersion'
        : `Unsupported export schemaVersion ${JSON.stringify(json.schemaVersion)}`
    return {
      ok: false,
      message: `${found}: this server imports schemaVersion ${EXPORT_SCHEMA_VERSION}.`,
    }
  }
  const parsed = workshopExportSchema.safeParse(json)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issues = parsed.error.issues
  const listed = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
  const more = issues.length - listed.length
  if (more > 0) listed.push(`...and ${more} more`)
  return { ok: false, message: `The export is malformed. ${listed.join('; ')}` }
}

/**
 * Fills a fresh control document from an export, in one transaction: title, the lanes (ids,
 * names, colours, sectors and locks, in order), the round history and the phase.
 */
export function importControlDoc(doc: Y.Doc, exp: WorkshopExport): void {
  doc.transact(() => {
    seedControlDoc(doc, exp.workshop.title)
    // The export's lanes replace the default ones seeding adds.
    for (const lane of readLanes(doc)) removeLane(doc, lane.id)
    const lanes = [...exp.lanes].sort((a, b) => a.order - b.order)
    for (const lane of lanes) {
      addLane(doc, { id: lane.id, name: lane.name, color: lane.color, sectorId: lane.sectorId })
      if (lane.locked) setLaneLocked(doc, lane.id, true)
    }
    restoreRoundHistory(
      doc,
      exp.rounds.map((round) => ({
        ...round,
        startedAt: importTime(round.startedAt),
        endedAt: round.endedAt === null ? null : importTime(round.endedAt),
      })),
    )
    setPhase(doc, exp.workshop.phase)
  }, new CommandOrigin('workshop.seed'))
}

/**
 * Fills a fresh board document with one exported room's notes and threads, in one transaction.
 * The author key becomes the author id (a participant id, or a pseudonym for de-identified
 * exports); threads get no author, which exports do not carry.
 */
export function importRoomDoc(doc: Y.Doc, room: ExportRoom): void {
  doc.transact(() => {
    for (const note of room.notes) {
      restoreNote(doc, {
        id: note.id,
        laneId: note.laneId,
        x: note.x,
        y: note.y,
        width: note.width,
        height: note.height,
        text: note.text,
        color: note.color,
        authorId: note.authorKey,
        authorName: note.author,
        authorSector: note.authorSector,
        roundId: note.roundId,
        originRoomId: note.origin?.roomId ?? null,
        originNoteId: note.origin?.noteId ?? null,
        createdAt: importTime(note.createdAt),
        updatedAt: importTime(note.updatedAt),
      })
    }
    for (const thread of room.threads) {
      restoreThread(doc, { ...thread, authorId: null, createdAt: importTime(thread.createdAt) })
    }
  }, new CommandOrigin('note.restore'))
}

/** The dot counts an export records, for the importing server to store (notes with dots only). */
export function importedVotes(
  exp: WorkshopExport,
): Array<{ roomId: string; noteId: string; votes: number }> {
  return exp.rooms.flatMap((room) =>
    room.notes.flatMap((note) =>
      note.votes > 0 ? [{ roomId: room.id, noteId: note.id, votes: note.votes }] : [],
    ),
  )
}

/** The codings an export records (each note's codes), for the importing server to store. */
export function importedCodings(exp: WorkshopExport): Coding[] {
  return exp.rooms.flatMap((room) =>
    room.notes.flatMap((note) =>
      note.codes.map((codeId) => ({ roomId: room.id, noteId: note.id, codeId })),
    ),
  )
}
