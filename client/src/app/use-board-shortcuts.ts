import { useEffect } from 'react'
import type { BoardSession } from '../session/board-session'
import { redo, undo } from '../commands/history-commands'
import { removeSelection } from '../commands/selection-delete'
import { select, startEditing } from '../commands/selection-commands'
import { addNoteInView } from '../commands/note-commands'
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

/**
 * Keyboard shortcuts on the board (ignored while typing in a field): undo/redo, delete the
 * selection, Enter to edit the selected note, N for a new note, +/-/0 to zoom, Escape to deselect.
 */
export function useBoardShortcuts(session: BoardSession): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (isTyping(event.target) || event.altKey) return
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
      const selection = session.view.selection.get()
      if ((key === 'delete' || key === 'backspace') && selection) {
        event.preventDefault()
        removeSelection(session)
      } else if (key === 'enter' && selection?.kind === 'note') {
        event.preventDefault()
        startEditing(session, selection.id)
      } else if (key === 'escape') {
        select(session, null)
      } else if (key === 'n' && session.canWrite) {
        event.preventDefault()
        addNoteInView(session)
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
  }, [session])
}
