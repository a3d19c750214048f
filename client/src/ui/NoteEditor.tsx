import { useEffect, useLayoutEffect, useRef } from 'react'
import { NOTE_TEXT_MAX_LENGTH } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useEditingNoteId } from '../hooks/use-editing-note-id'
import { useNote } from '../hooks/use-note'
import { useLanes } from '../hooks/use-lanes'
import { useViewport } from '../hooks/use-viewport'
import { editText } from '../commands/note-commands'
import { stopEditing } from '../commands/selection-commands'
import { canvasToScreen, noteRect } from '../geometry/viewport-math'
import { focusBoardCanvas } from '../canvas/board-focus'
import { transformOffset } from './caret'
import { strings } from '../i18n/strings'

/** Must match the canvas note's text metrics (canvas/theme.ts) so the text does not jump. */
const PADDING_PX = 12
const META_HEIGHT_PX = 26

/**
 * Typing in a note: a textarea laid exactly over the note on the canvas, scaled with the zoom.
 * Local typing is written to the note; others' typing flows in while keeping the caret in place.
 */
export function NoteEditor() {
  const session = useSession()
  const noteId = useEditingNoteId()
  const note = useNote(noteId)
  const lanes = useLanes()
  const viewport = useViewport()
  const ref = useRef<HTMLTextAreaElement>(null)
  const text = note?.text

  useEffect(() => {
    // The note was deleted (by someone else, or undone) while being edited.
    if (noteId && !note) stopEditing(session)
  }, [session, noteId, note])

  useEffect(() => {
    const area = ref.current
    if (!area) return
    area.focus({ preventScroll: true })
    area.setSelectionRange(area.value.length, area.value.length)
  }, [noteId])

  useLayoutEffect(() => {
    const area = ref.current
    if (!area || text === undefined || area.value === text) return
    const { selectionStart, selectionEnd, selectionDirection, value } = area
    area.value = text
    area.setSelectionRange(
      transformOffset(value, text, selectionStart),
      transformOffset(value, text, selectionEnd),
      selectionDirection ?? undefined,
    )
  }, [text])

  if (!noteId || !note) return null
  const rect = noteRect(note, lanes)
  const topLeft = canvasToScreen(viewport, rect)
  const hintTop = topLeft.y + rect.height * viewport.scale + 8
  return (
    <>
      <textarea
        key={noteId}
        ref={ref}
        className="note-editor"
        data-testid="note-editor"
        data-note-id={noteId}
        aria-label={strings.note.editorLabel}
        aria-describedby="note-editor-hint"
        placeholder={strings.note.placeholder}
        maxLength={NOTE_TEXT_MAX_LENGTH}
        defaultValue={note.text}
        style={{
          left: topLeft.x,
          top: topLeft.y,
          width: rect.width,
          height: rect.height - META_HEIGHT_PX + PADDING_PX / 2,
          padding: PADDING_PX,
          transform: `scale(${viewport.scale})`,
        }}
        onInput={(event) => editText(session, noteId, event.currentTarget.value)}
        onBlur={() => stopEditing(session)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            stopEditing(session)
            // Back to the board, on the same note, to carry on from the keyboard.
            focusBoardCanvas()
          }
        }}
      />
      <p
        id="note-editor-hint"
        className="note-editor-hint"
        style={{ left: topLeft.x, top: hintTop }}
      >
        {strings.note.doneHint}
      </p>
    </>
  )
}
