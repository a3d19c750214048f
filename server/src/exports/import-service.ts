import * as Y from 'yjs'
import {
  controlDocName,
  importControlDoc,
  importedCodings,
  importedVotes,
  importProblem,
  importRoomDoc,
  importTime,
  newId,
  newJoinCode,
  parseExport,
  roomDocName,
  writeRoomEntry,
  type CreateWorkshopResponse,
  type WorkshopExport,
} from '@weave/shared'
import type { TokenService } from '../auth/tokens.js'
import type { Clock } from '../clock.js'
import type { InitialDoc, RoomRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** Largest export the import route accepts (a 3,000-note workshop is about 2 MB). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024
/** Most rooms an imported workshop may have. */
const MAX_IMPORTED_ROOMS = 200

interface Deps {
  readonly store: Store
  readonly tokens: TokenService
  readonly clock: Clock
  readonly facilitatorTokenTtlSeconds: number
}

/** Encodes a document built by `write` as its first stored update. */
function initialDoc(docName: string, write: (doc: Y.Doc) => void): InitialDoc {
  const doc = new Y.Doc()
  try {
    write(doc)
    return { docName, update: Y.encodeStateAsUpdate(doc) }
  } finally {
    doc.destroy()
  }
}

/** Stores the codebook, codings and vote tallies of an imported workshop. */
async function importAnalysis(store: Store, workshopId: string, exp: WorkshopExport, now: number) {
  for (const [index, theme] of exp.codebook.themes.entries())
    await store.saveTheme({ ...theme, workshopId, createdAt: now + index })
  for (const [index, code] of exp.codebook.codes.entries())
    await store.saveCode({ ...code, workshopId, createdAt: now + index })
  const codings = importedCodings(exp)
  if (codings.length > 0) await store.applyCodings(workshopId, codings)
  const tallies = importedVotes(exp).map((t) => ({
    roomId: t.roomId,
    noteId: t.noteId,
    dots: t.votes,
  }))
  if (tallies.length > 0) {
    const vote = {
      id: newId(),
      workshopId,
      dotsPerPerson: 1,
      roundId: null,
      openedAt: now,
      closedAt: now,
    }
    await store.importVote({ ...vote, status: 'closed' }, tallies)
  }
}

/**
 * Imports a JSON export as a new workshop: same lanes, rooms, notes, threads, rounds, codebook and
 * vote totals; a new id and new invitation codes; the importer becomes its facilitator.
 */
export async function importWorkshop(deps: Deps, body: unknown): Promise<CreateWorkshopResponse> {
  const parsed = parseExport(body)
  if (!parsed.ok) throw new ServiceError(400, 'invalid_export', parsed.message)
  const exp = parsed.value
  if (exp.rooms.length === 0 || exp.rooms.length > MAX_IMPORTED_ROOMS)
    throw new ServiceError(
      400,
      'invalid_export',
      `An export must hold 1 to ${MAX_IMPORTED_ROOMS} rooms.`,
    )
  const codeIds = new Set(exp.codebook.codes.map((code) => code.id))
  const themeIds = new Set(exp.codebook.themes.map((theme) => theme.id))
  if (exp.codebook.codes.some((code) => code.themeId !== null && !themeIds.has(code.themeId)))
    throw new ServiceError(
      400,
      'invalid_export',
      'A code names a theme the codebook does not have.',
    )
  if (
    exp.rooms.some((room) => room.notes.some((note) => note.codes.some((id) => !codeIds.has(id))))
  )
    throw new ServiceError(
      400,
      'invalid_export',
      'A note carries a code the codebook does not have.',
    )
  if (new Set(exp.rooms.map((room) => room.id)).size !== exp.rooms.length)
    throw new ServiceError(400, 'invalid_export', 'Two rooms share one id.')
  // Nothing past a live workshop's limits, or every later edit of it would be refused (EXP-I1).
  const problem = importProblem(exp)
  if (problem) throw new ServiceError(400, problem.code, problem.message)

  const { store, tokens, clock } = deps
  const now = clock.now()
  const workshopId = newId()
  const rooms: RoomRecord[] = exp.rooms.map((room) => ({
    id: room.id,
    workshopId,
    name: room.name.slice(0, 60),
    position: room.position,
    createdAt: now,
    closed: room.closed,
  }))
  const docs = [
    initialDoc(controlDocName(workshopId), (doc) => {
      importControlDoc(doc, exp)
      for (const room of rooms)
        writeRoomEntry(doc, {
          id: room.id,
          name: room.name,
          position: room.position,
          closed: room.closed ?? false,
        })
    }),
    ...exp.rooms.map((room) =>
      initialDoc(roomDocName(workshopId, room.id), (doc) => importRoomDoc(doc, room)),
    ),
  ]
  const facilitator = {
    workshopId,
    participantId: newId(),
    role: 'facilitator' as const,
    name: 'Facilitator',
    sector: null,
  }
  const workshop = {
    id: workshopId,
    title: exp.workshop.title.slice(0, 120) || 'Imported workshop',
    joinCode: newJoinCode(),
    observerCode: newJoinCode(),
    createdAt: importTime(exp.workshop.createdAt),
  }
  const creator = {
    id: facilitator.participantId,
    workshopId,
    role: 'facilitator' as const,
    displayName: facilitator.name,
    sector: null,
    createdAt: now,
  }
  await store.createWorkshop(workshop, rooms, creator, docs)
  for (const room of rooms) if (room.closed) await store.closeRoom(workshopId, room.id)
  await importAnalysis(store, workshopId, exp, now)
  return {
    workshopId,
    facilitatorToken: await tokens.sign(facilitator, deps.facilitatorTokenTtlSeconds),
    joinCode: workshop.joinCode,
    observerCode: workshop.observerCode,
    rooms: rooms.map((room) => ({
      roomId: room.id,
      name: room.name,
      docName: roomDocName(workshopId, room.id),
    })),
  }
}
