/**
 * Top-level message types of the y-websocket protocol (each message starts with one as a varuint).
 * Weave speaks the protocol unchanged so the official `WebsocketProvider` works as is.
 */
export const MessageType = {
  /** y-protocols sync: step 1 (state vector), step 2 (missing updates) or update. */
  sync: 0,
  /** y-protocols awareness update (presence). */
  awareness: 1,
  /** y-protocols auth: permission denied (server → client). */
  auth: 2,
  /** Ask the server to send all awareness states. */
  queryAwareness: 3,
} as const

/** Sub-types of a sync message. */
export const SyncMessageType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const
