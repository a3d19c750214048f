import { useSession } from '../../session/session-context'
import { useAttention } from '../../hooks/use-attention'
import { useSelection } from '../../hooks/use-selection'
import {
  followMe,
  hideCursors,
  lockBoard,
  spotlight,
  summonEveryone,
} from '../../commands/attention-commands'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'

function Toggle(props: {
  testId: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <label className="checkbox toggle">
      <input
        type="checkbox"
        role="switch"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      {props.label}
    </label>
  )
}

/** Guiding attention: lock, follow me, summon, hide cursors, spotlight. */
export function ConsoleAttention() {
  const session = useSession()
  const attention = useAttention()
  const selection = useSelection()
  const me = session.info.participantId
  const selectedNote = selection?.kind === 'note' ? selection.id : null
  const t = laterStrings.console.attention
  return (
    <section className="panel-section" aria-labelledby="console-attention-heading">
      <h2 id="console-attention-heading" className="panel-heading">
        {t.heading}
      </h2>
      <Toggle
        testId="lock-board"
        label={t.lockBoard}
        checked={attention.boardLocked}
        onChange={(on) => lockBoard(session, on)}
      />
      <Toggle
        testId="follow-me"
        label={t.followMe}
        checked={attention.follow?.participantId === me}
        onChange={(on) => followMe(session, on)}
      />
      <Toggle
        testId="hide-cursors"
        label={t.hideCursors}
        checked={attention.hideCursors}
        onChange={(on) => hideCursors(session, on)}
      />
      <button
        type="button"
        className="button button-secondary"
        data-testid="summon"
        onClick={() => summonEveryone(session)}
      >
        <Icon name="people" size={16} />
        {t.summon}
      </button>
      {attention.spotlight ? (
        <button
          type="button"
          className="button button-secondary"
          data-testid="spotlight"
          aria-pressed="true"
          onClick={() => spotlight(session, null)}
        >
          <Icon name="target" size={16} />
          {t.clearSpotlight}
        </button>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          data-testid="spotlight"
          aria-pressed="false"
          disabled={!selectedNote}
          title={selectedNote ? undefined : t.selectFirst}
          onClick={() => spotlight(session, selectedNote)}
        >
          <Icon name="target" size={16} />
          {t.spotlight}
        </button>
      )}
    </section>
  )
}
