import { useEffect, useState } from 'react'
import { fetchWorkshop, ApiRequestError, NETWORK_ERROR_STATUS } from '../api/api-client'
import { createRoomNavigator, type RoomNavigator } from './room-navigator'
import { createWorkshopSession, type WorkshopSession } from './workshop-session'
import { clearToken, loadToken } from './token-store'
import { loadWorkshopInfo, saveWorkshopInfo } from './device-data'
import { takeEarlyStart, takeEarlyWorkshop } from './early-requests'
import { EMPTY_HANDOUT, handoutFrom, requestBoardStart } from './start-pack'

/** How long to wait for the control document before opening a room without knowing breakouts. */
const CONTROL_SYNC_WAIT_MS = 4_000

/** Where opening a board has got to. */
export type BoardSessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly navigator: RoomNavigator }
  /** No token, or the server no longer accepts it: the person has to join (again). */
  | { readonly kind: 'needs-join'; readonly expired: boolean }
  | { readonly kind: 'not-found' }
  /** A facilitator removed this person from the workshop: joining again is no way back. */
  | { readonly kind: 'removed' }
  | { readonly kind: 'failed'; readonly message: string; readonly network: boolean }

/** Resolves once the control document synced (it says which room to open), or after a while. */
function controlSynced(workshop: WorkshopSession): Promise<void> {
  const provider = workshop.controlProvider
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, CONTROL_SYNC_WAIT_MS)
    function done(): void {
      clearTimeout(timer)
      provider.off('sync', onSync)
      resolve()
    }
    function onSync(synced: boolean): void {
      if (synced) done()
    }
    provider.on('sync', onSync)
  })
}

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
    let workshop: WorkshopSession | null = null
    let navigator: RoomNavigator | null = null
    // The page may have asked already, while its code was loading (early-requests.ts).
    const request = takeEarlyWorkshop(workshopId, token) ?? fetchWorkshop(workshopId, token)
    const early = takeEarlyStart(workshopId, token)
    const start = early
      ? handoutFrom(early.response, early.askedAt)
      : requestBoardStart(workshopId, token)
    request
      .then(
        (info) => {
          saveWorkshopInfo(info)
          return { info, offline: false }
        },
        (error: unknown) => {
          // Offline (or the server is down): open the board this device kept, if it kept one.
          const saved = networkFailure(error) ? loadWorkshopInfo(workshopId) : null
          if (!saved) throw error
          return { info: saved, offline: true }
        },
      )
      .then(async ({ info, offline }) => {
        if (cancelled) return
        // Offline the start request failed too: the device's copies are what there is.
        const handout = offline ? EMPTY_HANDOUT : await start
        if (cancelled) return
        const opened = createWorkshopSession(info, token, offline, handout)
        workshop = opened
        await opened.controlLoaded
        // The control document says which room to open: from the start request, from the
        // device's copy (offline), or else once it synced.
        if (!offline && handout.roomId === null) await controlSynced(opened)
        if (cancelled) return
        navigator = createRoomNavigator(opened)
        setSettled({ key, state: { kind: 'ready', navigator } })
      })
      .catch((error: unknown) => {
        if (!cancelled) setSettled({ key, state: stateForError(workshopId, error) })
      })
    return () => {
      cancelled = true
      navigator?.destroy()
      workshop?.destroy()
    }
  }, [workshopId, token, key])

  if (settled?.key === key) return settled.state
  if (!token) return { kind: 'needs-join', expired: false }
  return { kind: 'loading' }
}

function networkFailure(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === NETWORK_ERROR_STATUS
}

function stateForError(workshopId: string, error: unknown): BoardSessionState {
  if (error instanceof ApiRequestError) {
    if (error.code === 'removed') {
      clearToken(workshopId)
      return { kind: 'removed' }
    }
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
