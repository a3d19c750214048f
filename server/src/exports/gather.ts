import * as Y from 'yjs'
import {
  buildExport,
  controlDocName,
  noteKey,
  readLanes,
  readNotes,
  readPhase,
  readRoundHistory,
  readThreads,
  roomDocName,
  type ExportScope,
  type WorkshopExport,
} from '@weave/shared'
import type { Clock } from '../clock.js'
import type { RoomRecord, SnapshotRecord, Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'
import { readCodebook } from './codebook-service.js'
import type { DocSource } from './doc-source.js'

/** What to export: a whole workshop, one room (live), or one snapshot. */
export interface ExportRequest {
  readonly workshopId: string
  readonly roomId?: string | undefined
  readonly snapshotId?: string | undefined
  readonly deidentified: boolean
}

interface Deps {
  readonly store: Store
  readonly readDoc: DocSource
  readonly clock: Clock
}

/** Reads a document with `read` and destroys it after. */
async function withDoc<T>(readDoc: DocSource, docName: string, read: (doc: Y.Doc) => T) {
  const doc = await readDoc(docName)
  try {
    return read(doc)
  } finally {
    doc.destroy()
  }
}

function boardOf(doc: Y.Doc) {
  return { notes: readNotes(doc), threads: readThreads(doc) }
}

/** The rooms an export covers, each with its board (live or from the snapshot). */
async function gatherRooms(deps: Deps, request: ExportRequest, rooms: RoomRecord[]) {
  const { store, readDoc } = deps
  if (request.snapshotId) {
    const snapshot = await store.getSnapshot(request.snapshotId)
    if (!snapshot || snapshot.workshopId !== request.workshopId)
      throw new ServiceError(
        404,
        'unknown_snapshot',
        `There is no snapshot with id "${request.snapshotId}" in this workshop.`,
      )
    const room = rooms.find((r) => r.id === snapshot.roomId)
    if (!room) throw new ServiceError(404, 'unknown_room', 'The snapshot’s room is gone.')
    return [
      { ...describeRoom(room), snapshot: describeSnapshot(snapshot), ...snapshotBoard(snapshot) },
    ]
  }
  const chosen = request.roomId ? rooms.filter((r) => r.id === request.roomId) : rooms
  if (chosen.length === 0)
    throw new ServiceError(
      404,
      'unknown_room',
      `There is no room with id "${request.roomId ?? ''}" in this workshop.`,
    )
  const result = []
  for (const room of chosen) {
    const board = await withDoc(readDoc, roomDocName(room.workshopId, room.id), boardOf)
    result.push({ ...describeRoom(room), snapshot: null, ...board })
  }
  return result
}

const describeRoom = (room: RoomRecord) => ({
  id: room.id,
  name: room.name,
  position: room.position,
  closed: room.closed ?? false,
})

const describeSnapshot = (s: SnapshotRecord) => ({
  id: s.id,
  name: s.name,
  reason: s.reason,
  roundId: s.roundId,
  takenBy: s.takenBy,
  takenAt: s.takenAt,
})

function snapshotBoard(snapshot: SnapshotRecord) {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, snapshot.state)
    return boardOf(doc)
  } finally {
    doc.destroy()
  }
}

/** Collects everything an export needs from the store and the documents, then builds it. */
export async function gatherExport(deps: Deps, request: ExportRequest): Promise<WorkshopExport> {
  const { store, readDoc, clock } = deps
  const { workshopId } = request
  const workshop = await store.getWorkshop(workshopId)
  if (!workshop)
    throw new ServiceError(404, 'unknown_workshop', `There is no workshop with id "${workshopId}".`)
  const roomRecords = await store.listRooms(workshopId)
  const rooms = await gatherRooms(deps, request, roomRecords)
  const control = await withDoc(readDoc, controlDocName(workshopId), (doc) => ({
    lanes: readLanes(doc),
    rounds: readRoundHistory(doc),
    phase: readPhase(doc),
  }))
  const votes = new Map(
    (await store.dotTotals(workshopId)).map((t) => [noteKey(t.roomId, t.noteId), t.dots]),
  )
  const scope: ExportScope = request.snapshotId
    ? { kind: 'snapshot', roomId: rooms[0]?.id ?? '', snapshotId: request.snapshotId }
    : request.roomId
      ? { kind: 'room', roomId: request.roomId }
      : { kind: 'workshop' }
  return buildExport({
    scope,
    deidentified: request.deidentified,
    now: clock.now(),
    workshop: {
      id: workshop.id,
      title: workshop.title,
      createdAt: workshop.createdAt,
      phase: control.phase,
    },
    lanes: control.lanes,
    rounds: control.rounds,
    participants: (await store.listParticipants(workshopId)).map((p) => ({
      id: p.id,
      displayName: p.displayName,
      createdAt: p.createdAt,
    })),
    rooms,
    votes,
    codebook: await readCodebook(store, workshopId),
  })
}
