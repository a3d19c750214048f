import type { Author } from '@weave/shared'

/** The servers the bench compares. */
export type ServerKind = 'weave' | 'stock' | 'stock-leveldb'

/** Display names of the servers, for tables. */
export const SERVER_NAMES: Record<ServerKind, string> = {
  weave: 'Weave',
  stock: 'stock (in-memory)',
  'stock-leveldb': 'stock (LevelDB)',
}

/** Someone who may connect to a room: the URL to open and the author stamp of their notes. */
export interface RoomSeat {
  readonly url: string
  readonly author: Author
  readonly laneId: string
}

/** A fresh room and the seats of the people who will use it. */
export interface BenchRoom {
  readonly docName: string
  readonly seats: readonly RoomSeat[]
  /** A seat that may write anything (Weave: the facilitator). */
  readonly owner: RoomSeat
}

/** A server process under test. */
export interface BenchServer {
  readonly kind: ServerKind
  readonly pid: number
  /** A fresh room with `count` seats. */
  room(count: number): Promise<BenchRoom>
  /** More seats for an existing room (Weave: more participants join). */
  moreSeats(room: BenchRoom, count: number): Promise<RoomSeat[]>
  /** Resident memory now, in bytes. */
  rss(): number | null
  /** What the process printed (the last 20 kB). */
  output(): string
  /** Kills the process and removes its data. */
  stop(): Promise<void>
}
