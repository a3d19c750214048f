import type { Role } from '@weave/shared'

/** A workshop as stored. */
export interface WorkshopRecord {
  readonly id: string
  readonly title: string
  readonly joinCode: string
  readonly observerCode: string
  readonly createdAt: number
}

/** A room (one board document) of a workshop. */
export interface RoomRecord {
  readonly id: string
  readonly workshopId: string
  readonly name: string
  readonly position: number
  readonly createdAt: number
  /** Closed breakout rooms keep their board but take nobody in. */
  readonly closed?: boolean
}

/** Someone who joined a workshop (facilitators included). */
export interface ParticipantRecord {
  readonly id: string
  readonly workshopId: string
  readonly role: Role
  /** null when anonymous. */
  readonly displayName: string | null
  readonly sector: string | null
  readonly createdAt: number
}

/** The first state of a document, written with the workshop that owns it. */
export interface InitialDoc {
  readonly docName: string
  readonly update: Uint8Array
}

/** Workshops, rooms and participants. */
export interface WorkshopStore {
  /** Creates a workshop with its rooms, its first participant and its documents, atomically. */
  createWorkshop(
    workshop: WorkshopRecord,
    rooms: readonly RoomRecord[],
    creator: ParticipantRecord,
    docs: readonly InitialDoc[],
  ): Promise<void>
  getWorkshop(workshopId: string): Promise<WorkshopRecord | null>
  /** Every workshop, oldest first (for moving a whole store, e.g. SQLite → PostgreSQL). */
  listWorkshops(): Promise<WorkshopRecord[]>
  listRooms(workshopId: string): Promise<RoomRecord[]>
  getRoom(workshopId: string, roomId: string): Promise<RoomRecord | null>
  addParticipant(participant: ParticipantRecord): Promise<void>
  getParticipant(participantId: string): Promise<ParticipantRecord | null>
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>
  addRooms(rooms: readonly RoomRecord[]): Promise<void>
  renameRoom(workshopId: string, roomId: string, name: string): Promise<void>
  closeRoom(workshopId: string, roomId: string): Promise<void>
}

/** What is stored of one document: its compacted state and the updates appended since. */
export interface StoredDoc {
  /** Updates in the order to apply them (compacted state first). Empty for an unknown doc. */
  readonly updates: Uint8Array[]
  /** The highest log sequence number included (0 when nothing was ever appended). */
  readonly throughSeq: number
  /** How many log entries are not yet compacted. */
  readonly pendingCount: number
}

/**
 * Documents as an append-only log of Yjs updates plus a compacted state. Appends are durable when
 * the returned promise resolves: the server relays an update only after that.
 */
export interface DocStore {
  appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void>
  loadDoc(docName: string): Promise<StoredDoc>
  /** The highest sequence number appended for a document (0 if none). */
  latestSeq(docName: string): Promise<number>
  /**
   * Replaces the compacted state with `state` and drops log entries up to `throughSeq`, in one
   * transaction. `state` must include every update up to `throughSeq`.
   */
  compactDoc(docName: string, state: Uint8Array, throughSeq: number): Promise<void>
  /**
   * Compaction that is safe while other instances append to the same document: unless another
   * compactor holds the document (then it returns false and changes nothing), it hands everything
   * stored to `fold`, stores the state `fold` returns (which must include all of it) and drops
   * exactly the log entries `fold` saw; entries appended meanwhile stay.
   */
  compactExclusive(docName: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean>
  /** The names of stored documents that start with `prefix` (e.g. a room's drafts). */
  listDocNames(prefix: string): Promise<string[]>
}

/** A dot vote as stored. */
export interface VoteRecord {
  readonly id: string
  readonly workshopId: string
  readonly dotsPerPerson: number
  readonly roundId: string | null
  readonly status: 'open' | 'closed'
  readonly openedAt: number
  readonly closedAt: number | null
}

/** One dot a participant placed on a note. */
export interface DotRecord {
  readonly roomId: string
  readonly noteId: string
}

/** Dot votes: the server keeps every dot, so nobody sees who voted for what. */
export interface VoteStore {
  /** Opens a vote, closing any other open vote of the workshop. */
  openVote(vote: VoteRecord): Promise<void>
  getOpenVote(workshopId: string): Promise<VoteRecord | null>
  /** Closes a vote and returns the number of dots per note. */
  closeVote(voteId: string, closedAt: number): Promise<Record<string, number>>
  /** Places a dot unless the participant has used all of theirs; false when they have. */
  placeDot(
    voteId: string,
    participantId: string,
    dot: DotRecord,
    limit: number,
    now: number,
  ): Promise<boolean>
  /** Removes one of the participant's dots from a note; false when there was none. */
  removeDot(voteId: string, participantId: string, dot: DotRecord): Promise<boolean>
  listDots(voteId: string, participantId: string): Promise<DotRecord[]>
  /** Dots per note over every closed vote of the workshop (what exports report). */
  dotTotals(workshopId: string): Promise<NoteDots[]>
  /** Stores a closed vote with the given tallies (imports: the voters are not known). */
  importVote(vote: VoteRecord, tallies: readonly NoteDots[]): Promise<void>
  /** Every vote of a workshop, oldest first (for moving a whole store). */
  listVotes(workshopId: string): Promise<VoteRecord[]>
  /** Every dot of a vote with its voter, in the order placed (for moving a whole store). */
  listVoteDots(voteId: string): Promise<PlacedDot[]>
}

/** A dot with who placed it and when (never leaves the server). */
export interface PlacedDot extends DotRecord {
  readonly participantId: string
  readonly createdAt: number
}

/** How many dots one note received. */
export interface NoteDots {
  readonly roomId: string
  readonly noteId: string
  readonly dots: number
}

/** A note a facilitator took off a board, kept so it can be restored. */
export interface HiddenNoteRecord {
  readonly workshopId: string
  readonly roomId: string
  readonly noteId: string
  /** The note as it was (a `Note` from the shared model), as JSON. */
  readonly noteJson: string
  readonly hiddenBy: string
  readonly hiddenAt: number
}

/** Moderation: notes hidden from a board by a facilitator. */
export interface ModerationStore {
  hideNote(record: HiddenNoteRecord): Promise<void>
  listHiddenNotes(workshopId: string): Promise<HiddenNoteRecord[]>
  /** Removes and returns a hidden note (to put it back on its board); null if there is none. */
  takeHiddenNote(
    workshopId: string,
    roomId: string,
    noteId: string,
  ): Promise<HiddenNoteRecord | null>
}

/** An immutable capture of one room's board. */
export interface SnapshotRecord {
  readonly id: string
  readonly workshopId: string
  readonly roomId: string
  readonly name: string
  /** Why it was taken: by hand, at the end of a round, or when the workshop closed. */
  readonly reason: 'manual' | 'round-end' | 'closed'
  readonly roundId: string | null
  /** The facilitator who took it (null for automatic snapshots). */
  readonly takenBy: string | null
  readonly takenAt: number
  /** The board's compacted Yjs state (deleted content already dropped). */
  readonly state: Uint8Array
}

/** Snapshots: written once, never changed. */
export interface SnapshotStore {
  saveSnapshot(snapshot: SnapshotRecord): Promise<void>
  /** The workshop's snapshots, oldest first, without their state. */
  listSnapshots(workshopId: string): Promise<Array<Omit<SnapshotRecord, 'state'>>>
  getSnapshot(snapshotId: string): Promise<SnapshotRecord | null>
}

/** A theme of a workshop's codebook. */
export interface ThemeRecord {
  readonly id: string
  readonly workshopId: string
  readonly name: string
  readonly description: string
  readonly color: string
  readonly createdAt: number
}

/** A code of a workshop's codebook; `themeId` null when it is in no theme. */
export interface CodeRecord {
  readonly id: string
  readonly workshopId: string
  readonly themeId: string | null
  readonly name: string
  readonly description: string
  readonly createdAt: number
}

/** One code applied to one note of a room. */
export interface CodingRecord {
  readonly roomId: string
  readonly noteId: string
  readonly codeId: string
}

/**
 * The analysis codebook: themes, codes and which notes carry which codes. Kept with the workshop,
 * never inside the participants' board documents.
 */
export interface CodebookStore {
  /** Themes and codes, oldest first. */
  listThemes(workshopId: string): Promise<ThemeRecord[]>
  listCodes(workshopId: string): Promise<CodeRecord[]>
  /** Inserts or replaces a theme / code by id. */
  saveTheme(theme: ThemeRecord): Promise<void>
  saveCode(code: CodeRecord): Promise<void>
  /** Deletes a theme; its codes stay, in no theme. False when there was none. */
  deleteTheme(workshopId: string, themeId: string): Promise<boolean>
  /** Deletes a code and its codings. False when there was none. */
  deleteCode(workshopId: string, codeId: string): Promise<boolean>
  listCodings(workshopId: string): Promise<CodingRecord[]>
  /** Applies codes to notes (already applied ones are kept once). */
  applyCodings(workshopId: string, codings: readonly CodingRecord[]): Promise<void>
  removeCodings(workshopId: string, codings: readonly CodingRecord[]): Promise<void>
}

/**
 * Once-only keys shared by every instance on the store: several instances may notice the same
 * event (a round's time is up), and the key makes sure its side effects (snapshots) happen once.
 */
export interface OnceStore {
  /** Records `key`; true for the one caller that recorded it first, false for everyone after. */
  claimOnce(key: string, at: number): Promise<boolean>
}

/** A connect ticket as stored: a hash of the ticket, never the ticket itself. */
export interface ConnectTicketRecord {
  /** SHA-256 of the ticket, hex. */
  readonly hash: string
  readonly workshopId: string
  /** The principal the ticket connects as (a `Principal` from shared), as JSON. */
  readonly principalJson: string
  /** The one document it opens; null for any document the principal may open. */
  readonly docName: string | null
  readonly expiresAt: number
}

/** Someone a facilitator removed from a workshop. */
export interface RemovedParticipant {
  readonly participantId: string
  readonly removedAt: number
}

/** Connect tickets (single use) and participants a facilitator removed. */
export interface AccessStore {
  /** Keeps a ticket; drops tickets that expired before `now`. */
  saveConnectTicket(ticket: ConnectTicketRecord, now: number): Promise<void>
  /**
   * Deletes and returns the ticket with `hash` if it is still valid at `now`: atomic, so of two
   * instances redeeming the same ticket only one gets it. Null when unknown, used or expired.
   */
  takeConnectTicket(hash: string, now: number): Promise<ConnectTicketRecord | null>
  /** Records that a participant was removed; false when they already were. */
  removeParticipant(workshopId: string, participantId: string, at: number): Promise<boolean>
  /** The removed participants of a workshop, in the order they were removed. */
  listRemovedParticipants(workshopId: string): Promise<RemovedParticipant[]>
  isParticipantRemoved(participantId: string): Promise<boolean>
}

/**
 * Deleting a whole workshop, and what retention needs to find the closed ones. Once-only keys that
 * belong to a workshop start with `<workshopId>:`, so they go with it.
 */
export interface RetentionStore {
  /**
   * Deletes a workshop and everything kept for it (rooms, participants, every document: boards,
   * control, drafts; snapshots, votes and dots, hidden notes, codebook, once-only keys), in one
   * transaction. Idempotent: false when there was no workshop row (its documents still go).
   */
  deleteWorkshop(workshopId: string): Promise<boolean>
  /** Records when the workshop moved to the closed phase; null when it was reopened. */
  setWorkshopClosedAt(workshopId: string, at: number | null): Promise<void>
  /** Ids of workshops closed at or before `cutoff` (ms since the epoch), longest closed first. */
  listClosedBefore(cutoff: number): Promise<string[]>
}

/** Everything Weave keeps: SQLite and PostgreSQL implement it (server/test/store-contract.ts). */
export interface Store
  extends
    WorkshopStore,
    DocStore,
    VoteStore,
    ModerationStore,
    SnapshotStore,
    CodebookStore,
    OnceStore,
    AccessStore,
    RetentionStore {
  close(): Promise<void>
}
