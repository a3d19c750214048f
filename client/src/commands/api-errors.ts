import { ApiRequestError } from '../api/api-client'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'

/**
 * Runs a server action and reports a failure as a notice (the server's own sentence when it sent
 * one). Resolves to the result, or null when it failed.
 */
export async function runAction<T>(
  session: BoardSession,
  action: () => Promise<T>,
): Promise<T | null> {
  try {
    return await action()
  } catch (error) {
    const message =
      error instanceof ApiRequestError && error.message ? error.message : strings.errors.unexpected
    session.view.notice.set(message)
    return null
  }
}
