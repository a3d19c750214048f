import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'

/** A moment of a room to compare: a snapshot, or the live board. */
export interface MomentOption {
  readonly key: string
  readonly label: string
}

const t = laterStrings.analysis.compare

/** Chooses the room, and the "before" and "after" moments to compare. */
export function ComparePicker(props: {
  rooms: readonly { id: string; name: string }[]
  roomId: string
  moments: readonly MomentOption[]
  before: string
  after: string
  onRoom: (roomId: string) => void
  onBefore: (key: string) => void
  onAfter: (key: string) => void
  onSwap: () => void
}) {
  const options = props.moments.map((moment) => (
    <option key={moment.key} value={moment.key}>
      {moment.label}
    </option>
  ))
  return (
    <div className="analysis-options compare-picker">
      {props.rooms.length > 1 && (
        <Field label={t.room} className="analysis-inline-field">
          {(control) => (
            <select
              {...control}
              className="input"
              value={props.roomId}
              onChange={(event) => props.onRoom(event.currentTarget.value)}
            >
              {props.rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {room.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t.before} className="analysis-inline-field">
        {(control) => (
          <select
            {...control}
            className="input"
            data-testid="compare-before"
            value={props.before}
            onChange={(event) => props.onBefore(event.currentTarget.value)}
          >
            {options}
          </select>
        )}
      </Field>
      <button type="button" className="button button-secondary compare-swap" onClick={props.onSwap}>
        {t.swap}
      </button>
      <Field label={t.after} className="analysis-inline-field">
        {(control) => (
          <select
            {...control}
            className="input"
            data-testid="compare-after"
            value={props.after}
            onChange={(event) => props.onAfter(event.currentTarget.value)}
          >
            {options}
          </select>
        )}
      </Field>
    </div>
  )
}
