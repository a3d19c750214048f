import type * as Y from 'yjs'
import {
  controlDocName,
  createNote,
  createThread,
  deleteNote,
  deleteThread,
  editNoteText,
  mayEnterRoom,
  moveNote,
  noteChangeRefusal,
  noteCreateRefusal,
  readLanes,
  readNote,
  readNotes,
  readRound,
  readThread,
  readThreads,
  recolourNote,
  relabelThread,
  resizeNote,
  roomDocName,
  roundIncludesRoom,
  threadChangeRefusal,
  type AnonymousMine,
  type AnonymousNoteChange,
  type AnonymousNoteRequest,
  type AnonymousThreadChange,
  type AnonymousThreadRequest,
  type BoardState,
  type Principal,
} from '@weave/shared'
import type { AuthorSeals } from '../auth/author-seals.js'
import type { Clock } from '../clock.js'
import { boardStateOf } from '../rooms/board-state.js'
import type { Room } from '../rooms/room.js'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/**
 * Anonymous writing: the server writes a participant's anonymous notes and threads into the room
 * with its own Yjs client, with no author id or name, sealed to the author (AuthorSeals). Only
 * the author gets through here to change or delete them; the board rules are the ones direct
 * writes meet (docs/facilitation.md, FAC-A rules).
 */
export interface AnonymousWrites {
  mine(principal: Principal, roomId: string): Promise<AnonymousMine>
  createNote(principal: Principal, roomId: string, request: AnonymousNoteRequest): Promise<string>
  changeNote(
    principal: Principal,
    roomId: string,
    noteId: string,
    change: AnonymousNoteChange,
  ): Promise<void>
  deleteNote(principal: Principal, roomId: string, noteId: string): Promise<void>
  createThread(
    principal: Principal,
    roomId: string,
    request: AnonymousThreadRequest,
  ): Promise<string>
  changeThread(
    principal: Principal,
    roomId: string,
    threadId: string,
    change: AnonymousThreadChange,
  ): Promise<void>
  deleteThread(principal: Principal, roomId: string, threadId: string): Promise<void>
}

interface RoomRules {
  readonly state: BoardState
  readonly laneIds: ReadonlySet<string>
  readonly roundId: string | null
}

function refused(reason: string | null): void {
  if (reason) throw new ServiceError(409, 'refused', `Not allowed now: ${reason}.`)
}

/** Creates the anonymous-writing service. */
export function createAnonymousWrites({
  rooms,
  store,
  seals,
  clock,
}: {
  rooms: RoomManager
  store: Store
  seals: AuthorSeals
  clock: Clock
}): AnonymousWrites {
  /** The room's rules for this participant, once they may write there at all. */
  async function rulesFor(principal: Principal, roomId: string): Promise<RoomRules> {
    if (principal.role !== 'participant') {
      throw new ServiceError(403, 'forbidden', 'Only participants write anonymously.')
    }
    if (!(await store.getRoom(principal.workshopId, roomId))) {
      throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
    }
    return withRoom(rooms, controlDocName(principal.workshopId), (control) =>
      control.read((doc) => {
        if (!mayEnterRoom(doc, principal.participantId, roomId)) {
          throw new ServiceError(403, 'not_your_room', 'You are not in this room now.')
        }
        const round = readRound(doc)
        const running = round && round.status !== 'ended' && roundIncludesRoom(round, roomId)
        return {
          state: boardStateOf(doc, roomId),
          laneIds: new Set(readLanes(doc).map((lane) => lane.id)),
          roundId: running ? round.id : null,
        }
      }),
    )
  }

  function inBoard<T>(principal: Principal, roomId: string, use: (board: Room) => T) {
    return withRoom(rooms, roomDocName(principal.workshopId, roomId), use)
  }

  function assertLane(rules: RoomRules, laneId: string | undefined): void {
    if (laneId !== undefined && !rules.laneIds.has(laneId)) {
      throw new ServiceError(400, 'unknown_lane', 'There is no such lane on this board.')
    }
  }

  function ownSealed(principal: Principal, seal: string | null | undefined): boolean {
    return seals.opens(seal, principal.workshopId, principal.participantId)
  }

  /** A note of mine, as the policy sees it (mine by seal rather than by author id). */
  function myNote(principal: Principal, doc: Y.Doc, noteId: string) {
    const note = readNote(doc, noteId)
    if (!note) throw new ServiceError(404, 'unknown_note', 'That note is not on the board.')
    if (!ownSealed(principal, note.authorSeal)) {
      throw new ServiceError(403, 'not_yours', 'Only its author can change this note.')
    }
    return { ...note, authorId: principal.participantId }
  }

  function threadEnds(principal: Principal, doc: Y.Doc, from: string, to: string) {
    return [from, to].map((id) => {
      const note = readNote(doc, id)
      if (!note) return undefined
      return ownSealed(principal, note.authorSeal)
        ? { ...note, authorId: principal.participantId }
        : note
    })
  }

  function myThread(principal: Principal, doc: Y.Doc, threadId: string, rules: RoomRules) {
    const thread = readThread(doc, threadId)
    if (!thread) throw new ServiceError(404, 'unknown_thread', 'That thread is not on the board.')
    const ends = threadEnds(principal, doc, thread.from, thread.to)
    const wove = ownSealed(principal, thread.authorSeal)
    const touchesMine = ends.some((end) => end?.authorId === principal.participantId)
    if (!wove && !touchesMine) {
      throw new ServiceError(403, 'not_yours', 'Only its author can change this thread.')
    }
    // Mine, as checked above: what is left to the policy is the board's state and lane locks.
    refused(
      threadChangeRefusal(principal, { authorId: principal.participantId }, ends, rules.state),
    )
    return thread
  }

  function author(principal: Principal) {
    const seal = seals.seal(principal.workshopId, principal.participantId)
    return { id: null, name: null, sector: principal.sector, seal }
  }

  return {
    async mine(principal, roomId) {
      await rulesFor(principal, roomId)
      return inBoard(principal, roomId, (board) =>
        board.read((doc) => ({
          notes: readNotes(doc)
            .filter((note) => ownSealed(principal, note.authorSeal))
            .map((note) => note.id),
          threads: readThreads(doc)
            .filter((thread) => ownSealed(principal, thread.authorSeal))
            .map((thread) => thread.id),
        })),
      )
    },

    async createNote(principal, roomId, request) {
      const rules = await rulesFor(principal, roomId)
      assertLane(rules, request.laneId)
      refused(noteCreateRefusal(principal, request.laneId, rules.state))
      return inBoard(principal, roomId, (board) => {
        let id = ''
        board.change((doc) => {
          id = createNote(
            doc,
            { ...request, roundId: rules.roundId },
            author(principal),
            clock.now(),
          )
        })
        return id
      })
    },

    async changeNote(principal, roomId, noteId, change) {
      const rules = await rulesFor(principal, roomId)
      assertLane(rules, change.laneId)
      await inBoard(principal, roomId, (board) => {
        const note = board.read((doc) => myNote(principal, doc, noteId))
        refused(noteChangeRefusal(principal, note, rules.state, change.laneId ?? note.laneId))
        const now = clock.now()
        board.change((doc) => {
          doc.transact(() => {
            if (change.text !== undefined) editNoteText(doc, noteId, change.text, now)
            if (change.x !== undefined || change.laneId !== undefined) {
              const laneId = change.laneId ?? note.laneId
              moveNote(doc, noteId, { laneId, x: change.x ?? note.x, y: change.y ?? note.y }, now)
            }
            if (change.width !== undefined && change.height !== undefined) {
              resizeNote(doc, noteId, { width: change.width, height: change.height }, now)
            }
            if (change.color !== undefined) recolourNote(doc, noteId, change.color, now)
          })
        })
      })
    },

    async deleteNote(principal, roomId, noteId) {
      const rules = await rulesFor(principal, roomId)
      await inBoard(principal, roomId, (board) => {
        const note = board.read((doc) => myNote(principal, doc, noteId))
        refused(noteChangeRefusal(principal, note, rules.state))
        board.change((doc) => deleteNote(doc, noteId))
      })
    },

    async createThread(principal, roomId, request) {
      const rules = await rulesFor(principal, roomId)
      return inBoard(principal, roomId, (board) => {
        const ends = board.read((doc) => threadEnds(principal, doc, request.from, request.to))
        if (ends.some((end) => end === undefined)) {
          throw new ServiceError(404, 'unknown_note', 'Both notes must be on the board.')
        }
        refused(
          threadChangeRefusal(principal, { authorId: principal.participantId }, ends, rules.state),
        )
        let id: string | null = null
        board.change((doc) => {
          id = createThread(doc, request, author(principal), clock.now())
        })
        if (id === null) {
          throw new ServiceError(409, 'refused', 'Those two notes are already connected.')
        }
        return id
      })
    },

    async changeThread(principal, roomId, threadId, change) {
      const rules = await rulesFor(principal, roomId)
      await inBoard(principal, roomId, (board) => {
        const thread = board.read((doc) => myThread(principal, doc, threadId, rules))
        board.change((doc) =>
          relabelThread(doc, threadId, change.label ?? thread.label, change.kind),
        )
      })
    },

    async deleteThread(principal, roomId, threadId) {
      const rules = await rulesFor(principal, roomId)
      await inBoard(principal, roomId, (board) => {
        board.read((doc) => myThread(principal, doc, threadId, rules))
        board.change((doc) => deleteThread(doc, threadId))
      })
    },
  }
}
