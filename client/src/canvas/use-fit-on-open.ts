import { useEffect, useRef } from 'react'
import type { BoardSession } from '../session/board-session'
import type { ScreenSize, Viewport } from '../geometry/viewport-math'

/**
 * Fits the board on screen as soon as the canvas has a size, and once more when the documents
 * have synced (notes may have arrived) unless the person has already moved the view.
 */
export function useFitOnOpen(
  session: BoardSession,
  screen: ScreenSize,
  synced: boolean,
  fit: (session: BoardSession) => void,
): void {
  const fitted = useRef<{ viewport: Viewport; synced: boolean } | null>(null)
  const hasSize = screen.width > 0 && screen.height > 0

  useEffect(() => {
    if (!hasSize) return
    const last = fitted.current
    if (last && (last.synced || !synced)) return
    if (last && last.viewport !== session.view.viewport.get()) return
    fit(session)
    fitted.current = { viewport: session.view.viewport.get(), synced }
  }, [session, hasSize, synced, fit])
}
