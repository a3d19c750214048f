import { memo, useMemo } from 'react'
import { Layer } from './konva-nodes'
import { boardRefusal, noteCanvasPosition } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useVisibleNotes } from '../hooks/use-visible-notes'
import { useCanvasWindow } from '../hooks/use-canvas-window'
import { notesInWindow } from '../geometry/canvas-window'
import { useDraftNotes } from '../hooks/use-draft-notes'
import { useLanes } from '../hooks/use-lanes'
import { useSelection } from '../hooks/use-selection'
import { useEditingNoteId } from '../hooks/use-editing-note-id'
import { usePresence } from '../hooks/use-presence'
import { useThreadDraft } from '../hooks/use-thread-draft'
import { useBoardState } from '../hooks/use-board-state'
import { useAttention } from '../hooks/use-attention'
import { useVote } from '../hooks/use-vote'
import { useMyDots } from '../hooks/use-my-dots'
import { useRooms } from '../hooks/use-rooms'
import { useFocusVisible } from '../hooks/use-focus-visible'
import { useAnonymousMine } from '../hooks/use-anonymous-mine'
import { canChangeNote } from '../commands/note-commands'
import { canVoteOn } from '../commands/vote-commands'
import { strings } from '../i18n/strings'
import { NoteNode, type RemoteEditor } from './NoteNode'

/** Every sticky note on show (shared and private), in creation order (newest on top). */
export const NotesLayer = memo(function NotesLayer() {
  const session = useSession()
  const allNotes = useVisibleNotes()
  const drafts = useDraftNotes()
  const lanes = useLanes()
  const selection = useSelection()
  const editingId = useEditingNoteId()
  const peers = usePresence()
  const draft = useThreadDraft()
  const area = useCanvasWindow()
  const selectedId = selection?.kind === 'note' ? selection.id : null
  // Off-screen notes are not mounted, except those someone is working with right now.
  const notes = useMemo(() => {
    const working = [selectedId, editingId, draft?.fromId, draft?.targetId]
    const keep = new Set(working.filter((id) => id != null))
    return notesInWindow(allNotes, lanes, area, keep)
  }, [allNotes, lanes, area, selectedId, editingId, draft?.fromId, draft?.targetId])
  const state = useBoardState()
  const { spotlight } = useAttention()
  const vote = useVote()
  const myDots = useMyDots()
  const rooms = useRooms()
  const focusVisible = useFocusVisible()
  // Also what this person may change: their anonymous notes are theirs.
  const anonymousMine = useAnonymousMine()
  // The chosen end of a thread made by keys or taps shows the ring; otherwise the focused note.
  const focusedId = draft?.picking
    ? draft.targetId
    : focusVisible && selection?.kind === 'note'
      ? selection.id
      : null
  const roomNames = useMemo(() => new Map(rooms.map((room) => [room.id, room.name])), [rooms])

  const editors = useMemo(() => {
    const byNote = new Map<string, RemoteEditor>()
    for (const peer of peers) {
      if (peer.editing) byNote.set(peer.editing, { name: peer.user.name, color: peer.user.color })
    }
    return byNote
  }, [peers])
  const privateIds = useMemo(() => new Set(drafts.map((note) => note.id)), [drafts])
  const canWeave = boardRefusal(session.principal, state) === null
  const spotlightShown = spotlight !== null && allNotes.some((note) => note.id === spotlight)

  const results = vote?.status === 'closed' ? vote.results : null
  // Until this person's dots have loaded, offer the button: the server keeps the count.
  const canAddDot = myDots ? myDots.dotsLeft > 0 : true

  return (
    <Layer>
      {notes.map((note) => {
        const position = noteCanvasPosition(note, lanes)
        const isPrivate = privateIds.has(note.id)
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
            changeable={canChangeNote(session, note)}
            canWeave={canWeave && !isPrivate}
            isPrivate={isPrivate}
            dimmed={spotlightShown && spotlight !== note.id}
            votes={results && !isPrivate ? (results[note.id] ?? 0) : null}
            voting={!isPrivate && canVoteOn(session, note)}
            myDots={myDots?.noteIds.filter((id) => id === note.id).length ?? 0}
            canAddDot={canAddDot}
            focused={focusedId === note.id}
            anonymousMine={anonymousMine.notes.has(note.id)}
            originRoom={
              note.originRoomId ? (roomNames.get(note.originRoomId) ?? strings.rooms.label) : null
            }
          />
        )
      })}
    </Layer>
  )
})
