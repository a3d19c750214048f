import { useState } from 'react'
import { MAX_DOTS_PER_PERSON } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { useVote } from '../../hooks/use-vote'
import { useRound } from '../../hooks/use-round'
import { closeVote, openVote } from '../../commands/vote-commands'
import { laterStrings } from '../../i18n/strings-later'
import { Field } from '../Field'

const DEFAULT_DOTS = 3

/** Opens a dot vote (dots per person, over all notes or this round's), and closes it. */
export function ConsoleVote() {
  const session = useSession()
  const vote = useVote()
  const round = useRound()
  const [dots, setDots] = useState(String(DEFAULT_DOTS))
  const [scope, setScope] = useState<'all' | 'round'>('all')
  const t = laterStrings.console.vote
  const isOpen = vote?.status === 'open'

  function open(): void {
    const dotsPerPerson = Math.min(Math.max(Math.round(Number(dots)) || 1, 1), MAX_DOTS_PER_PERSON)
    const roundId = scope === 'round' && round ? round.id : null
    void openVote(session, dotsPerPerson, roundId)
  }

  return (
    <section className="panel-section" aria-labelledby="console-vote-heading">
      <h2 id="console-vote-heading" className="panel-heading">
        {t.heading}
      </h2>
      {isOpen ? (
        <>
          <p className="panel-hint">{t.isOpen(vote.dotsPerPerson)}</p>
          <button
            type="button"
            className="button button-primary"
            data-testid="vote-close"
            onClick={() => void closeVote(session)}
          >
            {t.close}
          </button>
        </>
      ) : (
        <>
          <div className="field-row">
            <Field label={t.dots}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  data-testid="vote-dots"
                  type="number"
                  min={1}
                  max={MAX_DOTS_PER_PERSON}
                  value={dots}
                  onChange={(event) => setDots(event.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t.scope}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  data-testid="vote-scope"
                  value={scope}
                  onChange={(event) =>
                    setScope(event.currentTarget.value === 'round' ? 'round' : 'all')
                  }
                >
                  <option value="all">{t.allNotes}</option>
                  <option value="round" disabled={!round}>
                    {t.roundNotes}
                  </option>
                </select>
              )}
            </Field>
          </div>
          <button
            type="button"
            className="button button-primary"
            data-testid="vote-open"
            onClick={open}
          >
            {t.open}
          </button>
        </>
      )}
    </section>
  )
}
