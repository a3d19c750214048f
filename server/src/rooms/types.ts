import type { DocRef, Principal } from '@weave/shared'

/** One client connection as a room sees it (the WebSocket stays in the sync layer). */
export interface RoomConnection {
  readonly id: number
  readonly principal: Principal
  /** Queues a binary frame for this client. */
  send(frame: Uint8Array): void
  /** Closes this connection with a documented close code. */
  close(code: number, reason: string): void
}

/** The typed origin of every transaction the server applies to a room document. */
export type ServerOrigin =
  | { readonly source: 'connection'; readonly connectionId: number }
  | { readonly source: 'store' }
  | { readonly source: 'server' }

/** Identifies a room: its document name and what the name refers to. */
export interface RoomKey {
  readonly docName: string
  readonly ref: DocRef
}
