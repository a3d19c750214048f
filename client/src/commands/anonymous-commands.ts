import {
  clampCoordinate,
  NOTE_TEXT_MAX_LENGTH,
  THREAD_LABEL_MAX_LENGTH,
  type AnonymousNoteChange,
  type AnonymousThreadChange,
} from '@weave/shared'
import { ApiRequestError, NETWORK_ERROR_STATUS } from '../api/api-client'
import type { BoardSession } from '../session/board-session'
import type { ReadableStore } from '../session/store'
import { strings } from '../i18n/strings'

/** Typed text goes to the server this long after the last keystroke (and when the note closes). */
export const TEXT_SEND_DELAY_MS = 400

const t = strings.anonymous

/** The server said no (a board rule, not the connection): trying again will not help. */
function isRefusal(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500
}

function isOffline(session: BoardSession, error: unknown): boolean {
  if (session.connection.status.get() === 'offline') return true
  return error instanceof ApiRequestError && error.status === NETWORK_ERROR_STATUS
}

/** Says why an anonymous write did not happen; `textKept`: typed text waits for the next try. */
function explainFailure(session: BoardSession, error: unknown, textKept = false): void {
  let message: string = strings.errors.unexpected
  if (isRefusal(error)) message = t.notSaved(error.message)
  else if (textKept) message = t.textKept
  else if (isOffline(session, error)) message = t.offline
  else if (error instanceof ApiRequestError) message = t.notSaved(error.message)
  session.view.notice.set(message)
}

/**
 * Undo takes back only what was written from this device; the server's writes of anonymous notes
 * are not among them, so the history ends here rather than silently skip over them.
 */
function endUndoHistory(session: BoardSession): void {
  session.undoManager.clear()
}

/** False (with a notice) while the connection is down: anonymous writing needs the server. */
function connected(session: BoardSession): boolean {
  if (session.connection.status.get() !== 'offline') return true
  session.view.notice.set(t.offline)
  return false
}

/** Runs `run` once the record the server wrote has reached this page (at once if it has). */
export function whenShown(
  records: ReadableStore<readonly { readonly id: string }[]>,
  id: string,
  run: () => void,
): void {
  const shown = () => records.get().some((record) => record.id === id)
  if (shown()) return run()
  const stop = records.subscribe(() => {
    if (!shown()) return
    stop()
    run()
  })
}

/** Posts a note through the server, without a name; its id, or null (the reason is shown). */
export async function postAnonymousNote(
  session: BoardSession,
  spot: { laneId: string; x: number; y: number },
  text: string,
): Promise<string | null> {
  if (!connected(session)) return null
  try {
    const id = await session.anonymous.writer.createNote({ ...spot, text })
    endUndoHistory(session)
    return id
  } catch (error) {
    explainFailure(session, error)
    return null
  }
}

/**
 * Changes one of my anonymous notes: shown at once, written by the server. `typing` text waits
 * for the next keystroke. On failure a move or resize goes back; typed text stays while the
 * editor is open (or the connection is to blame), and is sent again.
 */
export function changeAnonymousNote(
  session: BoardSession,
  noteId: string,
  change: AnonymousNoteChange,
  typing = false,
): void {
  const { notes } = session.anonymous.writer
  const { x, y, text } = change
  // As the board stores it, so that the change is seen to have arrived.
  const stored: AnonymousNoteChange = {
    ...change,
    ...(x !== undefined && y !== undefined && { x: clampCoordinate(x), y: clampCoordinate(y) }),
    ...(text !== undefined && { text: text.slice(0, NOTE_TEXT_MAX_LENGTH) }),
  }
  notes.change(noteId, stored, typing ? TEXT_SEND_DELAY_MS : 0).then(
    () => endUndoHistory(session),
    (error: unknown) => {
      const typed = text !== undefined
      const editing = session.view.editingNoteId.get() === noteId
      if (typed && isRefusal(error) && !editing) notes.discard(noteId)
      explainFailure(session, error, typed && !isRefusal(error))
    },
  )
}

/**
 * Sends the text typed in one of my anonymous notes now (the editor is closing). True when it is
 * written, or was let go: after a refusal the text stays once (the editor stays open, with a
 * notice); closing again lets it go. False while it could not be sent: it stays, and the editor
 * stays open.
 */
export async function finishAnonymousText(session: BoardSession, noteId: string): Promise<boolean> {
  const { notes } = session.anonymous.writer
  const refusedBefore = notes.keeps(noteId)
  try {
    await notes.flush(noteId)
    return true
  } catch (error) {
    if (isRefusal(error) && refusedBefore) {
      notes.discard(noteId)
      explainFailure(session, error)
      return true
    }
    session.view.notice.set(isRefusal(error) ? t.textRefused(error.message) : t.textKept)
    return false
  }
}

/** Deletes one of my anonymous notes (gone at once; back, with the reason, if refused). */
export function deleteAnonymousNote(session: BoardSession, noteId: string): void {
  session.anonymous.writer.deleteNote(noteId).then(
    () => endUndoHistory(session),
    (error: unknown) => explainFailure(session, error),
  )
}

/** Weaves a thread through the server; its id, or null (the reason is shown). */
export async function weaveAnonymously(
  session: BoardSession,
  from: string,
  to: string,
): Promise<string | null> {
  if (!connected(session)) return null
  try {
    const id = await session.anonymous.writer.createThread({ from, to })
    endUndoHistory(session)
    return id
  } catch (error) {
    explainFailure(session, error)
    return null
  }
}

/** Relabels a thread through the server (a typed label waits for the next keystroke). */
export function changeAnonymousThread(
  session: BoardSession,
  threadId: string,
  change: AnonymousThreadChange,
  typing = false,
): void {
  const stored =
    change.label === undefined
      ? change
      : { ...change, label: change.label.slice(0, THREAD_LABEL_MAX_LENGTH) }
  session.anonymous.writer.threads.change(threadId, stored, typing ? TEXT_SEND_DELAY_MS : 0).then(
    () => endUndoHistory(session),
    // The label goes back to what the board has, and the notice says why.
    (error: unknown) => explainFailure(session, error),
  )
}

/** Cuts a thread through the server (gone at once; back, with the reason, if refused). */
export function deleteAnonymousThread(session: BoardSession, threadId: string): void {
  session.anonymous.writer.deleteThread(threadId).then(
    () => endUndoHistory(session),
    (error: unknown) => explainFailure(session, error),
  )
}
