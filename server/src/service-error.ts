import type { ApiErrorCode } from '@weave/shared'

/** A refusal the HTTP layer turns into a 4xx with this code and message. */
export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
  }
}
