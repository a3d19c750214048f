import { memo } from 'react'
import { findSector, noteColorForSector, type Lane, type MyDots, type Vote } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { canChangeNote } from '../../commands/note-commands'
import { canVoteOn } from '../../commands/vote-commands'
import { useAnonymousMine } from '../../hooks/use-anonymous-mine'
import { strings } from '../../i18n/strings'
import type { ListNote } from './list-model'
import { NoteActions } from './NoteActions'
import { ThreadLinks } from './ThreadLinks'

const t = strings.list

/**
 * One note in the list: its text, who wrote it (and their sector, in words), its round, its dots,
 * the notes it is connected to, and buttons for everything that can be done with it.
 */
export const ListNoteItem = memo(function ListNoteItem(props: {
  item: ListNote
  lanes: readonly Lane[]
  vote: Vote | null
  myDots: MyDots | null
}) {
  const { item, lanes, vote } = props
  const { note } = item
  const session = useSession()
  // Also what this person may change: their anonymous notes are theirs.
  const anonymousMine = useAnonymousMine().notes.has(note.id)
  const textId = `list-note-${note.id}`
  const isPrivate = session.drafts.has(note.id)
  const sector = findSector(note.authorSector)?.name
  const author =
    note.authorName ?? (anonymousMine ? strings.anonymous.you : strings.access.anonymous)
  const results = vote?.status === 'closed' && !isPrivate ? vote.results : null
  const mine = props.myDots?.noteIds.filter((id) => id === note.id).length ?? 0
  const voting = canVoteOn(session, note)
  return (
    <li
      className="list-note"
      data-testid="list-note"
      data-note-id={note.id}
      style={{ borderLeftColor: note.color ?? noteColorForSector(note.authorSector) }}
    >
      <p id={textId} className={note.text ? 'list-note-text' : 'list-note-text list-note-empty'}>
        {note.text || strings.access.emptyNote}
      </p>
      <p className="list-note-meta">
        <span>{t.by(sector ? `${author}, ${sector}` : author)}</span>
        {item.roundTitle && <span>{t.round(item.roundTitle)}</span>}
        {results && <span data-testid="list-note-votes">{t.votes(results[note.id] ?? 0)}</span>}
        {voting && <span data-testid="list-note-my-dots">{t.yourDots(mine)}</span>}
      </p>
      {isPrivate && <p className="list-note-private">{t.privateNote}</p>}
      <ThreadLinks links={item.links} textId={textId} />
      <NoteActions
        item={item}
        lanes={lanes}
        textId={textId}
        changeable={canChangeNote(session, note)}
        voting={voting}
        canAddDot={props.myDots ? props.myDots.dotsLeft > 0 : true}
        mine={mine}
      />
    </li>
  )
})
