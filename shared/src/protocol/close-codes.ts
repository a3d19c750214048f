/**
 * Every close code a sync connection can end with, shared by server and client, each listed in
 * docs/protocol.md's close-code table (a test keeps the two equal). Codes in the 4000s are
 * Weave's own; the client stops reconnecting on the ones in FATAL_CLOSE_CODES.
 */
export const CloseCode = {
  /** A message could not be decoded, broke the y-websocket protocol, or was refused as unsafe. */
  badMessage: 4400,
  /** The token is missing, malformed, forged or expired: sign in (join) again. */
  unauthenticated: 4401,
  /** The token is valid but does not allow this document (e.g. another workshop's). */
  forbidden: 4403,
  /** No such document: the workshop or room does not exist. */
  unknownDocument: 4404,
  /**
   * A facilitator removed this participant from the workshop: their token and tickets no longer
   * work, so the client should say so and stop reconnecting.
   */
  removed: 4410,
  /**
   * A facilitator deleted the workshop (or retention did): everything of it is gone from the
   * server, so the client should say so, drop its local copy and stop reconnecting.
   */
  workshopDeleted: 4411,
  /**
   * An update was refused: it changed what this person may not change (someone else's note, a
   * locked lane or board, a closed workshop). Nothing of it was kept or relayed; the client should
   * drop its local copy and load the board again.
   */
  refusedUpdate: 4409,
  /**
   * This participant no longer belongs in this room (breakouts opened or closed, or they were
   * moved): the client should open the room the control document assigns them. Not fatal.
   */
  moved: 4412,
  /**
   * The client did not take what the server sent it fast enough (16 MiB waiting): it should
   * reconnect, and will receive only what it lacks. Not fatal.
   */
  tooSlow: 4408,
  /** The client sent messages faster than the server accepts them. */
  rateLimited: 4429,
  /** The server is shutting down; reconnect shortly (to this or another instance). */
  goingAway: 1001,
  /** A frame broke the WebSocket protocol: RSV bits, a reserved opcode, no mask (sent by ws). */
  protocolError: 1002,
  /**
   * Never sent (no close frame came): what a client's socket reports when the server dropped a
   * connection that missed a heartbeat or did not take its 4408, or the network failed.
   */
  connectionLost: 1006,
  /** A text frame was not valid UTF-8 (sent by ws; valid text frames get 4400). */
  invalidText: 1007,
  /** One message came in more than MAX_FRAGMENTS_PER_MESSAGE (1,024) fragments (sent by ws). */
  tooManyFragments: 1008,
  /** A frame exceeded the maximum payload size (sent by ws itself). */
  messageTooBig: 1009,
  /** The server hit an unexpected error while handling this connection. */
  internalError: 1011,
} as const

/** One of the close codes above. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

/** Close codes after which reconnecting with the same token cannot succeed. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.unauthenticated,
  CloseCode.forbidden,
  CloseCode.unknownDocument,
  CloseCode.removed,
  CloseCode.workshopDeleted,
])
