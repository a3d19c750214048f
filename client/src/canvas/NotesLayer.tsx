import { memo, useMemo } from 'react'
import { Layer } from 'react-konva'
import { noteCanvasPosition } from '@weave/shared'
import { useNotes } from '../hooks/use-notes'
import { useLanes } from '../hooks/use-lanes'
import { useSelection } from '../hooks/use-selection'
import { useEditingNoteId } from '../hooks/use-editing-note-id'
import { usePresence } from '../hooks/use-presence'
import { useThreadDraft } from '../hooks/use-thread-draft'
import { useAbilities } from '../hooks/use-role'
import { NoteNode, type RemoteEditor } from './NoteNode'

/** Every sticky note of the room, in creation order (newest on top). */
export const NotesLayer = memo(function NotesLayer() {
  const notes = useNotes()
  const lanes = useLanes()
  const selection = useSelection()
  const editingId = useEditingNoteId()
  const peers = usePresence()
  const draft = useThreadDraft()
  const { canWrite } = useAbilities()

  const editors = useMemo(() => {
    const byNote = new Map<string, RemoteEditor>()
    for (const peer of peers) {
      if (peer.editing) byNote.set(peer.editing, { name: peer.user.name, color: peer.user.color })
    }
    return byNote
  }, [peers])

  return (
    <Layer>
      {notes.map((note) => {
        const position = noteCanvasPosition(note, lanes)
        return (
          <NoteNode
            key={note.id}
            note={note}
            x={position.x}
            y={position.y}
            selected={selection?.kind === 'note' && selection.id === note.id}
            editing={editingId === note.id}
            dropTarget={draft?.targetId === note.id}
            remoteEditor={editors.get(note.id) ?? null}
            canWrite={canWrite}
          />
        )
      })}
    </Layer>
  )
})
