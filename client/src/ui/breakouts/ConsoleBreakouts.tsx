import { strings } from '../../i18n/strings'
import { BreakoutControls } from './BreakoutControls'
import { BreakoutHarvest } from './BreakoutHarvest'
import { BreakoutPeople } from './BreakoutPeople'
import { BreakoutRooms } from './BreakoutRooms'

/** The console's Breakouts section: rooms, assignment, open/close, message and harvest. */
export function ConsoleBreakouts() {
  return (
    <section
      className="panel-section"
      aria-labelledby="console-breakouts-heading"
      data-testid="console-breakouts"
    >
      <h2 id="console-breakouts-heading" className="panel-heading">
        {strings.breakouts.heading}
      </h2>
      <BreakoutRooms />
      <BreakoutControls />
      <BreakoutPeople />
      <BreakoutHarvest />
    </section>
  )
}
