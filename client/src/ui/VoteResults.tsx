import { useMemo, useState } from 'react'
import { rankByVotes } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useVote } from '../hooks/use-vote'
import { useNotes } from '../hooks/use-notes'
import { select } from '../commands/selection-commands'
import { centreOnNote } from '../commands/attention-commands'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** Once a vote is closed: the notes ranked by their dots, most first; click one to go to it. */
export function VoteResults() {
  const session = useSession()
  const vote = useVote()
  const notes = useNotes()
  const [hiddenId, setHiddenId] = useState<string | null>(null)
  const ranked = useMemo(() => {
    if (vote?.status !== 'closed' || !vote.results) return []
    const byId = new Map(notes.map((note) => [note.id, note]))
    return rankByVotes(vote.results).map((entry) => ({ ...entry, note: byId.get(entry.noteId) }))
  }, [vote, notes])
  if (vote?.status !== 'closed' || !vote.results || hiddenId === vote.id) return null

  return (
    <section className="vote-results card" aria-labelledby="vote-results-heading">
      <div className="vote-results-header">
        <h2 id="vote-results-heading" className="panel-heading">
          {strings.vote.resultsHeading}
        </h2>
        <button
          type="button"
          className="button button-icon"
          aria-label={strings.vote.hideResults}
          title={strings.vote.hideResults}
          onClick={() => setHiddenId(vote.id)}
        >
          <Icon name="close" size={16} />
        </button>
      </div>
      {ranked.length === 0 && <p className="panel-hint">{strings.vote.noResults}</p>}
      <ol className="vote-results-list" data-testid="vote-results">
        {ranked.map(({ noteId, votes, note }) => (
          <li key={noteId} data-testid="vote-result" data-note-id={noteId} data-votes={votes}>
            <button
              type="button"
              className="vote-result-button"
              disabled={!note}
              onClick={() => {
                select(session, { kind: 'note', id: noteId })
                centreOnNote(session, noteId)
              }}
            >
              <span className="vote-result-text">{note?.text || strings.vote.emptyNote}</span>
              <span className="vote-result-count">{strings.vote.votes(votes)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
