import { visitRoom } from '../commands/room-commands'
import { useBreakout, useCurrentRoom, useRooms } from '../hooks/use-rooms'
import { useAbilities } from '../hooks/use-role'
import { useNavigator } from '../session/session-context'
import { strings } from '../i18n/strings'
import { Field } from './Field'

/**
 * The room this page shows, in the header; facilitators (and everyone while free movement is on)
 * can go to another room from here.
 */
export function RoomSwitcher() {
  const navigator = useNavigator()
  const rooms = useRooms()
  const current = useCurrentRoom()
  const breakout = useBreakout()
  const { role } = useAbilities()
  const open = rooms.filter((room) => !room.closed)
  const free = breakout.status === 'open' && breakout.freeMovement && role === 'participant'
  const canSwitch = (role !== 'participant' || free) && open.length > 1
  const name = current.main ? current.name || strings.rooms.mainRoom : current.name
  return (
    <div className="room-switcher">
      <span
        className={`room-badge${current.main ? '' : ' room-badge-breakout'}`}
        data-testid="room-name"
        data-room-id={current.id}
        title={strings.rooms.label}
      >
        {name}
      </span>
      {canSwitch && (
        <Field label={strings.rooms.switcher} labelClassName="visually-hidden" bare>
          {(control) => (
            <select
              {...control}
              className="input input-compact"
              data-testid="room-switcher"
              value=""
              onChange={(event) => {
                if (event.currentTarget.value) visitRoom(navigator, event.currentTarget.value)
              }}
            >
              <option value="">{strings.rooms.switcher}…</option>
              {open.map((room) => (
                <option key={room.id} value={room.id} disabled={room.id === current.id}>
                  {room.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  )
}
