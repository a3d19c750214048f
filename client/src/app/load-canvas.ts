import { createModuleLoader } from './module-loader'
import { likelyDisplayMode } from '../session/display-mode'
import { onSlowLink } from '../session/link-speed'

/** The canvas's code (Konva and the board's layers): its own chunk, fetched once. */
export const canvasLoader = createModuleLoader(() =>
  import('../canvas/BoardStage').then((module) => module.BoardStage),
)

/** Loads the canvas's code. */
export function loadCanvas() {
  return canvasLoader.load()
}

/**
 * Starts loading the canvas's code now when this browser will most likely show the board as a
 * canvas (not on phones or slow links, which start on the list), so it arrives while the
 * documents connect.
 */
export function preloadCanvas(): void {
  if (likelyDisplayMode(window.innerWidth, onSlowLink()) === 'board') void loadCanvas()
}
