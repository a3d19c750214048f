import { useCallback, useSyncExternalStore } from 'react'
import type { Note } from '@weave/shared'
import { useSession } from '../session/session-context'

/** One note by id, shared or private (undefined once it is deleted). */
export function useNote(noteId: string | null): Note | undefined {
  const { allNotes: notes } = useSession()
  const get = useCallback(
    () => (noteId ? notes.get().find((note) => note.id === noteId) : undefined),
    [notes, noteId],
  )
  return useSyncExternalStore(notes.subscribe, get, get)
}
