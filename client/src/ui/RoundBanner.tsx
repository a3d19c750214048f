import { useState } from 'react'
import { remainingMs, roundIncludesRoom } from '@weave/shared'
import { useSession } from '../session/session-context'
import { useRound } from '../hooks/use-round'
import { useServerNow } from '../hooks/use-server-now'
import { useClockReady } from '../hooks/use-clock-ready'
import { formatCountdown } from './countdown'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/**
 * The current reflection round for everyone: title, prompt, one countdown in server time (so it
 * agrees across clocks), how people write, paused and "time's up" states.
 */
export function RoundBanner() {
  const session = useSession()
  const round = useRound()
  const now = useServerNow(round?.status === 'running')
  const [hiddenId, setHiddenId] = useState<string | null>(null)
  // A countdown from an unmeasured clock could be minutes off: wait the moment it takes.
  const clockReady = useClockReady()
  if (!clockReady || !round || !roundIncludesRoom(round, session.roomId) || hiddenId === round.id)
    return null

  const ended = round.status === 'ended'
  const left = remainingMs(round, now)
  const facilitator = session.info.role === 'facilitator'
  const mode =
    round.mode === 'private'
      ? round.revealedAt !== null
        ? strings.round.revealed
        : facilitator
          ? strings.round.privateFacilitator
          : strings.round.private
      : strings.round.open
  return (
    <section
      className={`round-banner round-${round.status}`}
      data-testid="round-banner"
      data-status={round.status}
      aria-label={strings.round.label}
    >
      <div className="round-text">
        {round.title && <h2 className="round-title">{round.title}</h2>}
        <p className="round-prompt" data-testid="round-prompt">
          {round.prompt}
        </p>
        <p className={`round-mode round-mode-${round.mode}`} data-testid="round-mode">
          {round.mode === 'private' && (
            <Icon name={round.revealedAt === null ? 'lock' : 'eye'} size={15} />
          )}
          {mode}
        </p>
      </div>
      <div className="round-clock">
        <span
          className="round-countdown"
          role="timer"
          aria-live="off"
          aria-label={strings.round.countdownLabel}
          data-testid="round-countdown"
        >
          {formatCountdown(left)}
        </span>
        {round.status === 'paused' && <span className="round-state">{strings.round.paused}</span>}
        {(ended || left === 0) && round.revealedAt === null && (
          <span className="round-state">{strings.round.timesUp}</span>
        )}
      </div>
      {ended && (
        <button
          type="button"
          className="button button-icon round-hide"
          aria-label={strings.round.hide}
          title={strings.round.hide}
          onClick={() => setHiddenId(round.id)}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </section>
  )
}
