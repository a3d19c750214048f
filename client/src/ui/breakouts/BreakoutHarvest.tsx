import { useState } from 'react'
import {
  clearPicks,
  harvestNotes,
  harvestPicked,
  togglePick,
} from '../../commands/breakout-commands'
import { useCurrentRoom, useHarvestPicks, useRooms } from '../../hooks/use-rooms'
import { useSelection } from '../../hooks/use-selection'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'
import { CountInput } from './CountInput'

/** Most notes per room the server takes for "top N". */
const MAX_TOP_PER_ROOM = 50

/** Copy notes from the breakout rooms into the main room: all, the top-voted, or the selected. */
export function BreakoutHarvest() {
  const session = useSession()
  const rooms = useRooms()
  const current = useCurrentRoom()
  const selection = useSelection()
  const picks = useHarvestPicks()
  const [perRoom, setPerRoom] = useState(3)
  const t = strings.breakouts
  const hasBreakoutRooms = rooms.some((room) => room.position > 0)
  const selectedNote =
    !current.main && selection?.kind === 'note' && !session.drafts.has(selection.id)
      ? selection.id
      : null
  const isPicked = picks.some((p) => p.roomId === session.roomId && p.noteId === selectedNote)
  return (
    <div className="breakout-block">
      <h3 className="console-subheading">{t.harvest}</h3>
      <p className="panel-hint">{t.harvestHint}</p>
      <button
        type="button"
        className="button button-secondary"
        data-testid="harvest-all"
        disabled={!hasBreakoutRooms}
        onClick={() => void harvestNotes(session, { mode: 'all' })}
      >
        {t.harvestAll}
      </button>
      <form
        className="breakout-row"
        onSubmit={(event) => {
          event.preventDefault()
          void harvestNotes(session, { mode: 'top', perRoom })
        }}
      >
        <CountInput
          label={t.harvestTopN}
          max={MAX_TOP_PER_ROOM}
          value={perRoom}
          onChange={setPerRoom}
          testId="harvest-top-n"
        />
        <button
          type="submit"
          className="button button-small"
          data-testid="harvest-top"
          disabled={!hasBreakoutRooms}
        >
          {t.harvestTop}
        </button>
      </form>
      <p className="panel-hint">{t.pickHint}</p>
      <div className="breakout-row">
        <button
          type="button"
          className="button button-small"
          data-testid="harvest-pick"
          disabled={selectedNote === null}
          onClick={() => selectedNote && togglePick(session, selectedNote)}
        >
          {isPicked ? t.unpick : t.pick}
        </button>
        <span className="panel-hint" data-testid="harvest-picked" data-count={picks.length}>
          {t.picked(picks.length)}
        </span>
      </div>
      <div className="breakout-row">
        <button
          type="button"
          className="button button-secondary button-small"
          data-testid="harvest-selected"
          disabled={picks.length === 0}
          onClick={() => void harvestPicked(session)}
        >
          {t.harvestPicked}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="harvest-clear"
          disabled={picks.length === 0}
          onClick={() => clearPicks(session)}
        >
          {t.clearPicks}
        </button>
      </div>
    </div>
  )
}
