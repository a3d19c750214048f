import { useState } from 'react'
import { useSession } from '../../session/session-context'
import { useLanes } from '../../hooks/use-lanes'
import { addLaneNamed } from '../../commands/workshop-commands'
import { Icon } from '../icons'
import { laterStrings } from '../../i18n/strings-later'
import { SWATCHES } from '../swatches'
import { LaneItem } from './LaneItem'

/** The lanes: add, rename, recolour, reorder, lock and remove. */
export function ConsoleLanes() {
  const session = useSession()
  const lanes = useLanes()
  const [name, setName] = useState('')
  const t = laterStrings.console.lanes
  return (
    <section className="panel-section" aria-labelledby="console-lanes-heading">
      <h2 id="console-lanes-heading" className="panel-heading">
        {t.heading}
      </h2>
      <ul className="lane-list">
        {lanes.map((lane, index) => (
          <LaneItem
            key={`${lane.id}:${lane.name}`}
            lane={lane}
            index={index}
            count={lanes.length}
          />
        ))}
      </ul>
      <form
        className="copy-row"
        onSubmit={(event) => {
          event.preventDefault()
          const swatch = SWATCHES[lanes.length % SWATCHES.length] ?? '#475569'
          addLaneNamed(session, name, swatch)
          setName('')
        }}
      >
        <input
          className="input"
          data-testid="lane-new-name"
          aria-label={t.name}
          placeholder={t.newName}
          maxLength={60}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <button
          type="submit"
          className="button button-secondary"
          data-testid="lane-add"
          disabled={!name.trim()}
        >
          <Icon name="plus" size={16} />
          {t.add}
        </button>
      </form>
    </section>
  )
}
