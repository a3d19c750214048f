import { useEffect, useState } from 'react'
import { fetchWorkshop, ApiRequestError, NETWORK_ERROR_STATUS } from '../api/api-client'
import { createBoardSession, type BoardSession } from './board-session'
import { clearToken, loadToken } from './token-store'

/** Where opening a board has got to. */
export type BoardSessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly session: BoardSession }
  /** No token, or the server no longer accepts it: the person has to join (again). */
  | { readonly kind: 'needs-join'; readonly expired: boolean }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed'; readonly message: string; readonly network: boolean }

/**
 * Opens the board of a workshop with the saved token and closes it when the component unmounts
 * (or the workshop changes). `attempt` re-runs it after a failure.
 */
export function useBoardSession(workshopId: string, attempt = 0): BoardSessionState {
  const key = `${workshopId}#${attempt}`
  const token = loadToken(workshopId)
  const [settled, setSettled] = useState<{ key: string; state: BoardSessionState } | null>(null)

  useEffect(() => {
    if (!token) return
    let cancelled = false
    let session: BoardSession | null = null
    fetchWorkshop(workshopId, token).then(
      (info) => {
        if (cancelled) return
        session = createBoardSession(info, token)
        setSettled({ key, state: { kind: 'ready', session } })
      },
      (error: unknown) => {
        if (!cancelled) setSettled({ key, state: stateForError(workshopId, error) })
      },
    )
    return () => {
      cancelled = true
      session?.destroy()
    }
  }, [workshopId, token, key])

  if (settled?.key === key) return settled.state
  if (!token) return { kind: 'needs-join', expired: false }
  return { kind: 'loading' }
}

function stateForError(workshopId: string, error: unknown): BoardSessionState {
  if (error instanceof ApiRequestError) {
    if (error.status === 401 || error.status === 403) {
      clearToken(workshopId)
      return { kind: 'needs-join', expired: true }
    }
    if (error.status === 404) return { kind: 'not-found' }
    return {
      kind: 'failed',
      message: error.message,
      network: error.status === NETWORK_ERROR_STATUS,
    }
  }
  return { kind: 'failed', message: String(error), network: false }
}
