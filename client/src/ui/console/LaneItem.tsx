import { useState } from 'react'
import type { Lane } from '@weave/shared'
import { useSession } from '../../session/session-context'
import {
  lockLane,
  recolourLaneTo,
  removeLaneById,
  renameLaneTo,
  shiftLane,
} from '../../commands/workshop-commands'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'
import { SWATCHES } from '../swatches'
import { ShiftButtons } from './ShiftButtons'

/** One lane in the console: name, colour swatches, order, lock and remove. */
export function LaneItem(props: { lane: Lane; index: number; count: number }) {
  const { lane, index, count } = props
  const session = useSession()
  const [name, setName] = useState(lane.name)
  const t = laterStrings.console.lanes
  return (
    <li className="lane-item" data-lane-id={lane.id}>
      <div className="lane-item-row">
        <span className="lane-swatch" style={{ background: lane.color }} aria-hidden="true" />
        <input
          className="input input-compact"
          aria-label={t.name}
          value={name}
          maxLength={60}
          onChange={(event) => setName(event.currentTarget.value)}
          onBlur={() => (name.trim() ? renameLaneTo(session, lane.id, name) : setName(lane.name))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur()
          }}
        />
        <label className="checkbox lane-lock" title={t.lock(lane.name)}>
          <input
            type="checkbox"
            data-testid={`lock-lane-${lane.id}`}
            aria-label={t.lock(lane.name)}
            checked={lane.locked}
            onChange={(event) => lockLane(session, lane.id, event.currentTarget.checked)}
          />
          <Icon name={lane.locked ? 'lock' : 'unlock'} size={16} />
        </label>
      </div>
      <div className="lane-item-row">
        <span className="swatches" role="radiogroup" aria-label={t.colour(lane.name)}>
          {SWATCHES.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={lane.color === color}
              aria-label={t.swatches[color]}
              title={t.swatches[color]}
              className="swatch"
              style={{ background: color }}
              onClick={() => recolourLaneTo(session, lane.id, color)}
            />
          ))}
        </span>
        <ShiftButtons
          index={index}
          count={count}
          back={{ label: t.left, icon: 'left' }}
          on={{ label: t.right, icon: 'right' }}
          onShift={(by) => shiftLane(session, lane.id, by)}
        />
        <button
          type="button"
          className="button button-icon button-small button-danger"
          aria-label={`${t.remove} ${lane.name}`}
          title={t.remove}
          data-testid={`lane-remove-${lane.id}`}
          onClick={() => {
            if (window.confirm(t.confirmRemove(lane.name))) removeLaneById(session, lane.id)
          }}
        >
          <Icon name="trash" size={16} />
        </button>
      </div>
    </li>
  )
}
