import { useEffect } from 'react'
import type { BoardSession } from '../session/board-session'
import { redo, undo } from '../commands/history-commands'
import { removeSelection } from '../commands/selection-delete'
import { select, startEditing } from '../commands/selection-commands'
import { addNoteInLane } from '../commands/lane-moves'
import { showShortcuts, toggleFollow, voteOnFocused } from '../commands/keyboard-actions'
import { fitToContent, zoomIn, zoomOut } from '../commands/view-commands'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

/** Enter and Space belong to the button or link that has focus. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement
}

/**
 * Keyboard shortcuts on the board page (ignored while typing in a field, and for keys the canvas
 * already used): undo/redo, delete the selection, Enter to edit the selected note, N for a new
 * note, V to vote, F to follow, ? for the shortcuts sheet, +/-/0 to zoom, Escape to deselect.
 * `list` is true while the board is shown as a list: only the page-wide keys work then.
 */
export function useBoardShortcuts(session: BoardSession, list: boolean): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || isTyping(event.target) || event.altKey) return
      if (session.view.shortcutsOpen.get()) return
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && key === 'z') {
        event.preventDefault()
        if (event.shiftKey) redo(session)
        else undo(session)
        return
      }
      if (mod && key === 'y') {
        event.preventDefault()
        redo(session)
        return
      }
      if (mod) return
      if (key === '?') {
        event.preventDefault()
        showShortcuts(session, true)
      } else if (key === 'f') {
        toggleFollow(session)
      }
      if (list) return
      const selection = session.view.selection.get()
      if ((key === 'delete' || key === 'backspace') && selection) {
        event.preventDefault()
        removeSelection(session)
      } else if (key === 'enter' && selection?.kind === 'note' && !isControl(event.target)) {
        event.preventDefault()
        startEditing(session, selection.id)
      } else if (key === 'escape') {
        select(session, null)
      } else if (key === 'n' && session.canWrite) {
        event.preventDefault()
        void addNoteInLane(session)
      } else if (key === 'v') {
        void voteOnFocused(session, event.shiftKey)
      } else if (key === '+' || key === '=') {
        zoomIn(session)
      } else if (key === '-') {
        zoomOut(session)
      } else if (key === '0') {
        fitToContent(session)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [session, list])
}
