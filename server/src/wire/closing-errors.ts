import { CloseCode, type CloseCodeValue } from '@weave/shared'

/** An error that ends the connection it happened on, with the close code it carries. */
export class ClosingError extends Error {
  constructor(
    readonly closeCode: CloseCodeValue,
    reason: string,
  ) {
    super(reason)
  }
}

/** Thrown when a message must be refused; the connection is closed with 4400 and this reason. */
export class BadMessageError extends ClosingError {
  constructor(reason: string) {
    super(CloseCode.badMessage, reason)
  }
}

/**
 * An update that builds on content the server does not have. A client that reconnects can send an
 * edit before its catch-up (sync step 2) arrives: the update is dropped, not applied, and the
 * client is asked to catch up again; only a client that keeps doing it is closed (4400).
 */
export class MissingDependenciesError extends BadMessageError {
  constructor() {
    super('update has missing dependencies')
  }
}

/** Thrown when a participant's update breaks a board rule; the connection is closed with 4409. */
export class RefusedUpdateError extends ClosingError {
  constructor(reason: string) {
    super(CloseCode.refusedUpdate, reason)
  }
}

/** How a connection ends after `error`: its close code and reason, or null for an unexpected error. */
export function closeFor(error: unknown): { code: CloseCodeValue; reason: string } | null {
  return error instanceof ClosingError ? { code: error.closeCode, reason: error.message } : null
}
