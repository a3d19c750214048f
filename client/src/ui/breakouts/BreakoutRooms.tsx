import { useState } from 'react'
import { closeRoom, createRooms } from '../../commands/breakout-commands'
import { useRooms } from '../../hooks/use-rooms'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'
import { RoomItem } from './RoomItem'

/** Largest number of rooms made in one go (the server's limit). */
const MAX_ROOMS_AT_ONCE = 50

/** Create N breakout rooms; rename and close them. */
export function BreakoutRooms() {
  const session = useSession()
  const rooms = useRooms()
  const [count, setCount] = useState(4)
  const t = strings.breakouts
  const breakoutRooms = rooms.filter((room) => room.position > 0 && !room.closed)
  return (
    <div className="breakout-block">
      <form
        className="breakout-row"
        onSubmit={(event) => {
          event.preventDefault()
          void createRooms(session, count)
        }}
      >
        <label className="breakout-inline">
          <span>{t.count}</span>
          <input
            type="number"
            className="input input-compact input-number"
            data-testid="breakout-count"
            min={1}
            max={MAX_ROOMS_AT_ONCE}
            value={count}
            onChange={(event) =>
              setCount(
                Math.max(1, Math.min(MAX_ROOMS_AT_ONCE, event.currentTarget.valueAsNumber || 1)),
              )
            }
          />
        </label>
        <button type="submit" className="button button-secondary" data-testid="breakout-create">
          {t.create}
        </button>
      </form>
      {breakoutRooms.length === 0 ? (
        <p className="panel-hint">{t.noRooms}</p>
      ) : (
        <ul className="breakout-rooms" aria-label={t.rooms}>
          {breakoutRooms.map((room) => (
            <RoomItem
              key={`${room.id}:${room.name}`}
              room={room}
              onClose={() => {
                if (window.confirm(t.confirmClose(room.name))) void closeRoom(session, room.id)
              }}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
