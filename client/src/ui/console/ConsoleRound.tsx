import { useState } from 'react'
import { remainingMs } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { useRound } from '../../hooks/use-round'
import { useServerNow } from '../../hooks/use-server-now'
import { changeRound, extendRound, revealRound } from '../../commands/round-commands'
import { formatCountdown } from '../countdown'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'
import { RoundStartForm } from './RoundStartForm'

/** Seconds added by the "+1 min" button. */
const EXTEND_SECONDS = 60

/** The current round's timer controls and reveal, and a way to start a round now. */
export function ConsoleRound() {
  const session = useSession()
  const round = useRound()
  const now = useServerNow(round?.status === 'running')
  const [anonymous, setAnonymous] = useState(false)
  const [revealed, setRevealed] = useState<string | null>(null)
  const t = laterStrings.console.round
  const live = round !== null && round.status !== 'ended'
  const canReveal = round?.mode === 'private' && round.revealedAt === null

  async function reveal(): Promise<void> {
    const result = await revealRound(session, anonymous)
    if (result && typeof result === 'object' && 'revealed' in result) {
      setRevealed(t.revealed(Number(result.revealed)))
    }
  }

  return (
    <section className="panel-section" aria-labelledby="console-round-heading">
      <h2 id="console-round-heading" className="panel-heading">
        {t.heading}
        {round && (
          <span className="panel-count" data-testid="console-round-status">
            {t.status[round.status]} · {formatCountdown(remainingMs(round, now))}
          </span>
        )}
      </h2>
      {round ? (
        <p className="console-round-prompt">{round.title || round.prompt}</p>
      ) : (
        <p className="panel-hint">{t.none}</p>
      )}
      {live && (
        <div className="button-row">
          {round.status === 'running' ? (
            <button
              type="button"
              className="button button-secondary button-small"
              data-testid="round-pause"
              onClick={() => void changeRound(session, 'pause')}
            >
              <Icon name="pause" size={16} />
              {t.pause}
            </button>
          ) : (
            <button
              type="button"
              className="button button-secondary button-small"
              data-testid="round-resume"
              onClick={() => void changeRound(session, 'resume')}
            >
              <Icon name="play" size={16} />
              {t.resume}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary button-small"
            data-testid="round-extend"
            onClick={() => void extendRound(session, EXTEND_SECONDS)}
          >
            {t.extend}
          </button>
          <button
            type="button"
            className="button button-secondary button-small button-danger"
            data-testid="round-end"
            onClick={() => void changeRound(session, 'end')}
          >
            <Icon name="stop" size={16} />
            {t.end}
          </button>
        </div>
      )}
      {canReveal && (
        <div className="console-reveal">
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="reveal-anonymous"
              checked={anonymous}
              onChange={(event) => setAnonymous(event.currentTarget.checked)}
            />
            {t.revealAnonymous}
          </label>
          <button
            type="button"
            className="button button-primary"
            data-testid="reveal-button"
            onClick={() => void reveal()}
          >
            <Icon name="eye" size={16} />
            {t.reveal}
          </button>
        </div>
      )}
      {revealed && <p className="panel-hint">{revealed}</p>}
      <RoundStartForm />
    </section>
  )
}
