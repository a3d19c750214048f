import type { ParticipantInfo, RoomEntry } from '@weave/shared'
import { assignParticipants, moveParticipant } from '../../commands/breakout-commands'
import { removeParticipant } from '../../commands/removal-commands'
import { useParticipants } from '../../hooks/use-participants'
import { useAssignments, useRooms } from '../../hooks/use-rooms'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'
import { PERSON_DRAG_TYPE, PersonRow } from './PersonRow'

/** Where each person is assigned now: the live control document first, then the server's list. */
function groupByRoom(
  people: readonly ParticipantInfo[],
  rooms: readonly RoomEntry[],
  assignments: Readonly<Record<string, string>>,
): { room: RoomEntry | null; people: ParticipantInfo[] }[] {
  const open = rooms.filter((room) => !room.closed)
  const groups = new Map<string | null, ParticipantInfo[]>(open.map((room) => [room.id, []]))
  const unassigned: ParticipantInfo[] = []
  for (const person of people) {
    const roomId = assignments[person.participantId] ?? person.roomId
    const group = roomId ? groups.get(roomId) : undefined
    ;(group ?? unassigned).push(person)
  }
  return [
    ...open.map((room) => ({ room, people: groups.get(room.id) ?? [] })),
    ...(unassigned.length > 0 ? [{ room: null, people: unassigned }] : []),
  ]
}

/**
 * Assign everyone (sector-balanced or at random) and move people by hand, room by room: with the
 * select beside each name, or by dragging the name onto another room.
 */
export function BreakoutPeople() {
  const session = useSession()
  const rooms = useRooms()
  const assignments = useAssignments()
  const { participants, refresh } = useParticipants()
  const t = strings.breakouts
  const open = rooms.filter((room) => !room.closed)
  const hasBreakoutRooms = open.some((room) => room.position > 0)
  const groups = groupByRoom(participants, rooms, assignments)

  async function assign(mode: 'balanced' | 'random'): Promise<void> {
    await assignParticipants(session, mode)
    await refresh()
  }

  return (
    <div className="breakout-block">
      <div className="breakout-row">
        <span className="breakout-label">{t.assign}</span>
        <button
          type="button"
          className="button button-secondary button-small"
          data-testid="assign-balanced"
          disabled={!hasBreakoutRooms}
          onClick={() => void assign('balanced')}
        >
          {t.balanced}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="assign-random"
          disabled={!hasBreakoutRooms}
          onClick={() => void assign('random')}
        >
          {t.random}
        </button>
      </div>
      <h3 className="console-subheading">{t.people}</h3>
      <div className="breakout-groups" data-testid="breakout-people">
        {groups.map(({ room, people }) => (
          <div
            key={room?.id ?? 'unassigned'}
            className="breakout-group"
            data-testid="breakout-group"
            data-room-id={room?.id ?? ''}
            onDragOver={(event) => {
              if (room && event.dataTransfer.types.includes(PERSON_DRAG_TYPE)) {
                event.preventDefault()
              }
            }}
            onDrop={(event) => {
              const participantId = event.dataTransfer.getData(PERSON_DRAG_TYPE)
              if (!room || !participantId) return
              event.preventDefault()
              void moveParticipant(session, participantId, room.id).then(refresh)
            }}
          >
            <h4 className="breakout-group-name">
              {room ? room.name : t.unassigned}
              <span className="panel-count">{people.length}</span>
            </h4>
            {people.length === 0 ? (
              <p className="panel-hint">{t.nobody}</p>
            ) : (
              <ul className="breakout-people">
                {people.map((person) => (
                  <PersonRow
                    key={person.participantId}
                    person={person}
                    roomId={room?.id ?? ''}
                    rooms={open}
                    onMove={async (roomId) => {
                      await moveParticipant(session, person.participantId, roomId)
                      await refresh()
                    }}
                    onRemove={async () => {
                      await removeParticipant(session, person)
                      await refresh()
                    }}
                  />
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </div>
  )
}
