import type { ParticipantInfo, RoomEntry } from '@weave/shared'
import { findSector } from '@weave/shared'
import { strings } from '../../i18n/strings'

/** The drag data type of a person dragged between rooms in the console. */
export const PERSON_DRAG_TYPE = 'application/x-weave-participant'

/**
 * One person in the console's breakout list, with a select to move them by hand and a button to
 * remove them from the workshop (after a confirmation).
 */
export function PersonRow(props: {
  person: ParticipantInfo
  roomId: string
  rooms: readonly RoomEntry[]
  onMove: (roomId: string) => void
  onRemove: () => void
}) {
  const { person, roomId, rooms } = props
  const name = person.name ?? strings.breakouts.anonymous
  const sector = findSector(person.sector)
  return (
    <li
      className="breakout-person"
      data-participant-id={person.participantId}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(PERSON_DRAG_TYPE, person.participantId)
        event.dataTransfer.effectAllowed = 'move'
      }}
    >
      <span
        className="sector-dot"
        style={{ background: sector?.accentColor ?? '#9ca3af' }}
        aria-hidden="true"
      />
      <span className="breakout-person-name">
        {name}
        {sector && <span className="breakout-person-sector"> · {sector.name}</span>}
      </span>
      <select
        className="input input-compact"
        data-testid={`move-${person.participantId}`}
        aria-label={strings.breakouts.moveLabel(name)}
        value={roomId}
        onChange={(event) => props.onMove(event.currentTarget.value)}
      >
        {roomId === '' && <option value="">{strings.breakouts.unassigned}</option>}
        {rooms.map((room) => (
          <option key={room.id} value={room.id}>
            {room.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-small button-danger"
        data-testid={`remove-${person.participantId}`}
        aria-label={strings.breakouts.removeLabel(name)}
        onClick={() => {
          if (window.confirm(strings.breakouts.confirmRemove(name))) props.onRemove()
        }}
      >
        {strings.breakouts.remove}
      </button>
    </li>
  )
}
