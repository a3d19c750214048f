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

/** Lane colours with white header text at WCAG AA contrast (the sector accents and a grey). */
export const LANE_SWATCHES = [
  '#1d4ed8',
  '#a16207',
  '#be185d',
  '#15803d',
  '#6d28d9',
  '#c2410c',
  '#0e7490',
  '#475569',
] as const satisfies readonly (keyof typeof laterStrings.console.lanes.swatches)[]

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
          {LANE_SWATCHES.map((color) => (
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
        <button
          type="button"
          className="button button-icon button-small"
          aria-label={t.left}
          title={t.left}
          disabled={index === 0}
          onClick={() => shiftLane(session, lane.id, -1)}
        >
          <Icon name="left" size={16} />
        </button>
        <button
          type="button"
          className="button button-icon button-small"
          aria-label={t.right}
          title={t.right}
          disabled={index === count - 1}
          onClick={() => shiftLane(session, lane.id, 1)}
        >
          <Icon name="right" size={16} />
        </button>
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
