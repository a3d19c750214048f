import { useState } from 'react'
import { closeRoom, createRooms } from '../../commands/breakout-commands'
import { useRooms } from '../../hooks/use-rooms'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'
import { CountInput } from './CountInput'
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
        <CountInput
          label={t.count}
          max={MAX_ROOMS_AT_ONCE}
          value={count}
          onChange={setCount}
          testId="breakout-count"
        />
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
