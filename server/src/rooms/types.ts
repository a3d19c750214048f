import type { DocRef, Principal } from '@weave/shared'
import type { FrameKind } from '../wire/frames.js'

/** One client connection as a room sees it (the WebSocket stays in the sync layer). */
export interface RoomConnection {
  readonly id: number
  readonly principal: Principal
  /**
   * Queues a binary frame for this client. Presence frames may be skipped for a client that is
   * not taking what it is sent (see sync/backpressure.ts); document frames never are.
   */
  send(frame: Uint8Array, kind?: FrameKind): void
  /** Closes this connection with a documented close code. */
  close(code: number, reason: string): void
}

/** The typed origin of every transaction the server applies to a room document. */
export type ServerOrigin =
  | { readonly source: 'connection'; readonly connectionId: number }
  | { readonly source: 'store' }
  | { readonly source: 'server' }
  /** Another instance's change (fan-out or catch-up): already stored, relayed only to our clients. */
  | { readonly source: 'remote' }

/** Identifies a room: its document name and what the name refers to. */
export interface RoomKey {
  readonly docName: string
  readonly ref: DocRef
}

/** What one instance tells the others about a document it holds (cluster/wire.ts encodes it). */
export type PeerMessageBody =
  /** A batch of updates this instance accepted, merged, published once they are durable. */
  | { readonly kind: 'update'; readonly update: Uint8Array }
  /** Presence of this instance's clients (stamped states, or removals). */
  | { readonly kind: 'awareness'; readonly payload: Uint8Array }
  /** "Send me your clients' presence" (after (re)subscribing). */
  | { readonly kind: 'query' }
  /** "Drop every presence state I told you about": the room unloaded or the instance stops. */
  | { readonly kind: 'leave' }
  /** "Some of my updates never reached you: reload the document from the store." */
  | { readonly kind: 'resync' }
  /** "This workshop is deleted: close its connections, drop its rooms, write nothing back." */
  | { readonly kind: 'deleted' }

/** A peer message with the id of the instance that sent it. */
export type PeerMessage = PeerMessageBody & { readonly from: string }

/** What a room hears from the other instances that hold its document. */
export interface PeerListener {
  onMessage(message: PeerMessage): void
  /** The channel is (re)subscribed: anything published before this may have been missed. */
  onSubscribed(): void
}

/** One room's line to the other instances. */
export interface RoomLink {
  /** Fire and forget: what fails to go out is made good by a resync (see cluster/redis-fanout.ts). */
  publish(message: PeerMessageBody): void
  /** Tells the others to drop this instance's presence here, then stops listening. */
  leave(): void
}

/** The fan-out between instances sharing rooms; absent when this process is alone. */
export interface RoomFanout {
  /** This instance's id, carried by every message so it can ignore its own. */
  readonly instanceId: string
  /** False while the fan-out is cut off (rooms then load without waiting to subscribe). */
  readonly connected: boolean
  join(docName: string, listener: PeerListener): RoomLink
}
