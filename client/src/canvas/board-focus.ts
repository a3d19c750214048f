/** The id of the board canvas element (it takes keyboard focus). */
export const BOARD_CANVAS_ID = 'board-canvas'

/** Puts keyboard focus back on the board canvas (after editing a note, closing a dialog). */
export function focusBoardCanvas(): void {
  document.getElementById(BOARD_CANVAS_ID)?.focus({ preventScroll: true })
}
