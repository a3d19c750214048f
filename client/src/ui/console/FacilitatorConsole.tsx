import { ConsoleBreakouts } from '../breakouts/ConsoleBreakouts'
import { ConsoleAttention } from './ConsoleAttention'
import { ConsoleDangerZone } from './ConsoleDangerZone'
import { ConsoleLanes } from './ConsoleLanes'
import { ConsoleModeration } from './ConsoleModeration'
import { ConsolePhase } from './ConsolePhase'
import { ConsolePlan } from './ConsolePlan'
import { ConsoleRound } from './ConsoleRound'
import { ConsoleSnapshots } from './ConsoleSnapshots'
import { ConsoleVote } from './ConsoleVote'
import { SectorCounts } from './SectorCounts'

/**
 * The facilitator's side panel: phase, rounds and plan, vote, attention, moderation, snapshots
 * and analysis, lanes, sectors; deleting the workshop last, in its own danger zone.
 */
export function FacilitatorConsole() {
  return (
    <div className="console" data-testid="console-panel">
      <section className="panel-section">
        <ConsolePhase />
      </section>
      <ConsoleRound />
      <ConsolePlan />
      <ConsoleBreakouts />
      <ConsoleVote />
      <ConsoleAttention />
      <ConsoleModeration />
      <ConsoleSnapshots />
      <SectorCounts />
      <ConsoleLanes />
      {/* Last and apart: nothing else in the console is this final. */}
      <ConsoleDangerZone />
    </div>
  )
}
