import type { Phase } from '../model/control/workshop.js'
import type { RoundSummary } from '../model/control/round.js'
import type { Lane, Note, Thread } from '../model/records.js'
import type { Codebook } from '../protocol/api-analysis.js'
import {
  EXPORT_SCHEMA_VERSION,
  type ExportCode,
  type ExportLane,
  type ExportNote,
  type ExportRoom,
  type ExportRound,
  type ExportScope,
  type ExportSnapshot,
  type ExportTheme,
  type ExportThread,
  type WorkshopExport,
} from './format.js'
import {
  EXPORT_MAX_LENGTH as MAX,
  fitNullable,
  fitText,
  safeCount,
  safeExportTime,
} from './limits.js'
import { exportNames, type ExportNames } from './pseudonyms.js'

/** A participant of the workshop, as the server lists them for an export. */
export interface ExportParticipantInput {
  id: string
  /** null for people who joined anonymously. */
  displayName: string | null
  createdAt: number
}

/** The snapshot a room's board was read from (snapshot exports only). */
export interface ExportSnapshotInput {
  id: string
  name: string
  reason: 'manual' | 'round-end' | 'closed'
  roundId: string | null
  /** The participant id of whoever took it; null for automatic snapshots. */
  takenBy: string | null
  takenAt: number
}

/** One room and its board, read with the model readers (readNotes, readThreads). */
export interface ExportRoomInput {
  id: string
  name: string
  position: number
  closed: boolean
  snapshot: ExportSnapshotInput | null
  notes: Note[]
  threads: Thread[]
}

/** Everything an export is built from; the server gathers it, buildExport only arranges it. */
export interface ExportInput {
  scope: ExportScope
  /** Replace names by stable pseudonyms ("Participant 3"). */
  deidentified: boolean
  /** The export time, in ms since the epoch. */
  now: number
  workshop: { id: string; title: string; createdAt: number; phase: Phase }
  lanes: Lane[]
  rounds: RoundSummary[]
  participants: ExportParticipantInput[]
  /** The rooms the scope covers (one for room and snapshot scopes). */
  rooms: ExportRoomInput[]
  /** Dots per note over every closed vote, keyed by noteKey(roomId, noteId). */
  votes: ReadonlyMap<string, number>
  codebook: Codebook
}

/** The key of a note across rooms: `${roomId}/${noteId}` (for votes and codings). */
export function noteKey(roomId: string, noteId: string): string {
  return `${roomId}/${noteId}`
}

/** Sorts by `key`, then id, comparing ids by code unit so the order never depends on a locale. */
function sortedBy<T extends { id: string }>(items: readonly T[], key: (item: T) => number): T[] {
  return [...items].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Code ids per noteKey, each list in codebook order, for codes that still exist. */
function codesByNote(codebook: Codebook): Map<string, string[]> {
  const rank = new Map(codebook.codes.map((code, index) => [code.id, index]))
  const sets = new Map<string, Set<string>>()
  for (const coding of codebook.codings) {
    if (!rank.has(coding.codeId)) continue
    const key = noteKey(coding.roomId, coding.noteId)
    const set = sets.get(key) ?? new Set<string>()
    set.add(coding.codeId)
    sets.set(key, set)
  }
  const lists = new Map<string, string[]>()
  for (const [key, set] of sets) {
    lists.set(
      key,
      [...set].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
    )
  }
  return lists
}

function exportLanes(lanes: readonly Lane[]): ExportLane[] {
  // Orders are renumbered 0, 1, 2...: only the sequence matters, and import writes it that way.
  return sortedBy(lanes, (lane) => lane.order).map((lane, order) => ({
    id: fitText(lane.id, MAX.id),
    name: fitText(lane.name, MAX.laneName),
    color: lane.color,
    order,
    sectorId: fitNullable(lane.sectorId, MAX.sectorId),
    locked: lane.locked,
  }))
}

interface RoomContext {
  names: ExportNames
  codes: Map<string, string[]>
  votes: ReadonlyMap<string, number>
}

function exportNote(roomId: string, note: Note, context: RoomContext): ExportNote {
  const key = noteKey(roomId, note.id)
  const { author, authorKey } = context.names.author(note)
  const hasOrigin = Boolean(note.originRoomId) && Boolean(note.originNoteId)
  return {
    id: fitText(note.id, MAX.id),
    laneId: fitText(note.laneId, MAX.laneId),
    x: note.x,
    y: note.y,
    width: note.width,
    height: note.height,
    color: note.color,
    text: fitText(note.text, MAX.noteText),
    author: fitNullable(author, MAX.author),
    authorKey: fitNullable(authorKey, MAX.authorKey),
    authorSector: fitNullable(note.authorSector, MAX.authorSector),
    roundId: fitNullable(note.roundId, MAX.roundId),
    votes: safeCount(context.votes.get(key)),
    codes: (context.codes.get(key) ?? []).map((id) => fitText(id, MAX.id)),
    origin: hasOrigin
      ? {
          roomId: fitText(note.originRoomId ?? '', MAX.id),
          noteId: fitText(note.originNoteId ?? '', MAX.id),
        }
      : null,
    createdAt: safeExportTime(note.createdAt),
    updatedAt: safeExportTime(note.updatedAt),
  }
}

function exportThread(thread: Thread): ExportThread {
  return {
    id: fitText(thread.id, MAX.id),
    from: fitText(thread.from, MAX.id),
    to: fitText(thread.to, MAX.id),
    label: fitText(thread.label, MAX.threadLabel),
    kind: thread.kind,
    createdAt: safeExportTime(thread.createdAt),
  }
}

function exportSnapshot(snapshot: ExportSnapshotInput, names: ExportNames): ExportSnapshot {
  return {
    id: fitText(snapshot.id, MAX.id),
    name: fitText(snapshot.name, MAX.snapshotName),
    reason: snapshot.reason,
    roundId: fitNullable(snapshot.roundId, MAX.roundId),
    takenBy: fitNullable(names.participantName(snapshot.takenBy), MAX.takenBy),
    takenAt: safeExportTime(snapshot.takenAt),
  }
}

function exportRoom(room: ExportRoomInput, context: RoomContext): ExportRoom {
  const notes = sortedBy(room.notes, (note) => note.createdAt)
  const noteIds = new Set(notes.map((note) => note.id))
  // A thread is only meaningful with both its notes on this board.
  const threads = room.threads.filter((t) => noteIds.has(t.from) && noteIds.has(t.to))
  return {
    id: fitText(room.id, MAX.id),
    name: fitText(room.name, MAX.roomName),
    position: Number.isFinite(room.position) ? room.position : 0,
    closed: room.closed,
    snapshot: room.snapshot && exportSnapshot(room.snapshot, context.names),
    notes: notes.map((note) => exportNote(room.id, note, context)),
    threads: sortedBy(threads, (thread) => thread.createdAt).map(exportThread),
  }
}

function exportRound(round: RoundSummary): ExportRound {
  return {
    id: fitText(round.id, MAX.id),
    title: fitText(round.title, MAX.roundTitle),
    prompt: fitText(round.prompt, MAX.roundPrompt),
    mode: round.mode,
    startedAt: safeExportTime(round.startedAt),
    endedAt: round.endedAt === null ? null : safeExportTime(round.endedAt),
  }
}

function exportCodebook(codebook: Codebook): WorkshopExport['codebook'] {
  // Names are required by the schema; a blank one in stored data must not fail the export.
  const themes: ExportTheme[] = codebook.themes.map((theme) => ({
    id: fitText(theme.id, MAX.id),
    name: fitText(theme.name, MAX.themeName) || '(unnamed)',
    description: fitText(theme.description, MAX.themeDescription),
    color: theme.color,
  }))
  const codes: ExportCode[] = codebook.codes.map((code) => ({
    id: fitText(code.id, MAX.id),
    name: fitText(code.name, MAX.codeName) || '(unnamed)',
    description: fitText(code.description, MAX.codeDescription),
    themeId: fitNullable(code.themeId, MAX.id),
  }))
  return { themes, codes }
}

function exportScope(scope: ExportScope): ExportScope {
  const fit = (id: string): string => fitText(id, MAX.id)
  if (scope.kind === 'workshop') return { kind: 'workshop' }
  if (scope.kind === 'room') return { kind: 'room', roomId: fit(scope.roomId) }
  return { kind: 'snapshot', roomId: fit(scope.roomId), snapshotId: fit(scope.snapshotId) }
}

/**
 * Builds an export from what the server read: deterministic (rooms by position, notes and
 * threads by creation time, lanes by order, rounds by start; ties by id), so the same board
 * always gives the same bytes. Anonymous notes never carry an author or author key; threads
 * whose notes are not on the room's board are dropped; strings are cut to the schema's limits.
 */
export function buildExport(input: ExportInput): WorkshopExport {
  const rooms = sortedBy(input.rooms, (room) => room.position)
  const context: RoomContext = {
    names: exportNames({
      deidentified: input.deidentified,
      participants: input.participants,
      // Rooms in export order, so authors who are not participants are numbered predictably.
      notes: rooms.flatMap((room) => sortedBy(room.notes, (note) => note.createdAt)),
    }),
    codes: codesByNote(input.codebook),
    votes: input.votes,
  }
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    kind: 'weave.export',
    exportedAt: safeExportTime(input.now),
    scope: exportScope(input.scope),
    deidentified: input.deidentified,
    workshop: {
      id: fitText(input.workshop.id, MAX.id),
      title: fitText(input.workshop.title, MAX.workshopTitle),
      createdAt: safeExportTime(input.workshop.createdAt),
      phase: input.workshop.phase,
    },
    lanes: exportLanes(input.lanes),
    rooms: rooms.map((room) => exportRoom(room, context)),
    rounds: sortedBy(
      input.rounds.filter((round) => round.id !== ''),
      (round) => round.startedAt,
    ).map(exportRound),
    codebook: exportCodebook(input.codebook),
  }
}
