import { useSession } from '../session/session-context'
import { useBoardState } from '../hooks/use-board-state'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** Why the board cannot be changed right now: the workshop is closed, or the board is locked. */
export function BoardStatus() {
  const { info } = useSession()
  const state = useBoardState()
  if (state.phase === 'closed') {
    return (
      <p className="status-banner status-closed" data-testid="closed-badge">
        <Icon name="lock" size={16} />
        {strings.phase.closedBadge}
      </p>
    )
  }
  if (state.boardLocked && info.role !== 'observer') {
    return (
      <p className="status-banner status-locked" data-testid="board-locked">
        <Icon name="lock" size={16} />
        {strings.phase.boardLocked}
      </p>
    )
  }
  return null
}
