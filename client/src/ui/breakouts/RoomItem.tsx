import { useState } from 'react'
import type { RoomEntry } from '@weave/shared'
import { renameRoom } from '../../commands/breakout-commands'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'

/** One breakout room in the console: its name (edit in place) and a close button. */
export function RoomItem(props: { room: RoomEntry; onClose: () => void }) {
  const { room } = props
  const session = useSession()
  const [name, setName] = useState(room.name)
  const t = strings.breakouts
  function save(): void {
    const trimmed = name.trim()
    if (trimmed && trimmed !== room.name) void renameRoom(session, room.id, trimmed)
    else setName(room.name)
  }
  return (
    <li className="breakout-room" data-testid="breakout-room" data-room-id={room.id}>
      <input
        className="input input-compact"
        aria-label={t.rename}
        data-testid={`rename-${room.id}`}
        value={name}
        maxLength={60}
        onChange={(event) => setName(event.currentTarget.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur()
          if (event.key === 'Escape') setName(room.name)
        }}
      />
      <button
        type="button"
        className="button button-small"
        data-testid={`close-room-${room.id}`}
        onClick={props.onClose}
      >
        {t.closeRoom}
      </button>
    </li>
  )
}
