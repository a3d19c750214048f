import { useSession } from '../session/session-context'
import { useRoundFilter } from '../hooks/use-round-filter'
import { useRoundHistory } from '../hooks/use-round-history'
import { setRoundFilter } from '../commands/round-filter'
import type { RoundFilter } from '../session/view-state'
import { strings } from '../i18n/strings'
import { Field } from './Field'

function valueOf(filter: RoundFilter): string {
  return filter.kind === 'round' ? `round:${filter.roundId}` : filter.kind
}

function filterOf(value: string): RoundFilter {
  if (value.startsWith('round:')) return { kind: 'round', roundId: value.slice('round:'.length) }
  return value === 'current' ? { kind: 'current' } : { kind: 'all' }
}

/** Shows all notes, the current round's, or one past round's (once there have been rounds). */
export function RoundFilterSelect() {
  const session = useSession()
  const filter = useRoundFilter()
  const rounds = useRoundHistory()
  if (rounds.length === 0 && filter.kind === 'all') return null
  return (
    <div className="round-filter">
      <Field
        label={strings.filter.label}
        labelClassName="round-filter-label hide-narrow-visually"
        bare
      >
        {(control) => (
          <select
            {...control}
            className="input input-compact"
            data-testid="round-filter"
            value={valueOf(filter)}
            onChange={(event) => setRoundFilter(session, filterOf(event.currentTarget.value))}
          >
            <option value="all">{strings.filter.all}</option>
            <option value="current">{strings.filter.current}</option>
            {[...rounds].reverse().map((round) => (
              <option key={round.id} value={`round:${round.id}`}>
                {strings.filter.round(round.title || round.prompt.slice(0, 40))}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  )
}
