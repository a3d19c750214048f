import { useState } from 'react'
import {
  broadcastMessage,
  setBreakoutsOpen,
  setFreeMovement,
} from '../../commands/breakout-commands'
import { useBreakout, useRooms } from '../../hooks/use-rooms'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'

/** Longest broadcast message (the server's limit). */
const MAX_MESSAGE_CHARS = 280

/** Open breakouts / bring everyone back, free movement, and a message to every room. */
export function BreakoutControls() {
  const session = useSession()
  const breakout = useBreakout()
  const rooms = useRooms()
  const [text, setText] = useState('')
  const t = strings.breakouts
  const isOpen = breakout.status === 'open'
  const hasBreakoutRooms = rooms.some((room) => room.position > 0 && !room.closed)
  return (
    <div className="breakout-block">
      <p className="panel-hint" data-testid="breakout-status" data-status={breakout.status}>
        {isOpen ? t.status.open : t.status.closed}
      </p>
      <div className="breakout-row">
        {isOpen ? (
          <button
            type="button"
            className="button button-primary"
            data-testid="breakouts-close"
            onClick={() => void setBreakoutsOpen(session, false)}
          >
            {t.close}
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            data-testid="breakouts-open"
            disabled={!hasBreakoutRooms}
            onClick={() => void setBreakoutsOpen(session, true)}
          >
            {t.open}
          </button>
        )}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="free-movement"
          checked={breakout.freeMovement}
          onChange={(event) => void setFreeMovement(session, event.currentTarget.checked)}
        />
        {t.freeMovement}
      </label>
      <form
        className="breakout-row"
        onSubmit={async (event) => {
          event.preventDefault()
          if (await broadcastMessage(session, text.trim())) setText('')
        }}
      >
        <input
          className="input input-compact"
          data-testid="broadcast-text"
          aria-label={t.message}
          placeholder={t.messagePlaceholder}
          maxLength={MAX_MESSAGE_CHARS}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <button
          type="submit"
          className="button button-secondary"
          data-testid="broadcast-send"
          disabled={!text.trim()}
        >
          {t.send}
        </button>
      </form>
    </div>
  )
}
