import { useConnectionStatus } from '../hooks/use-connection-status'
import { useFatalCloseCode } from '../hooks/use-fatal-close'
import type { ConnectionStatus } from '../session/connection'
import { strings } from './strings'

/** The names the badge (and the browser tests) use for each status. */
const BADGE_STATUS = {
  online: 'online',
  connecting: 'reconnecting',
  offline: 'offline',
} as const satisfies Record<ConnectionStatus, string>

/** Online, reconnecting, offline (edits made offline are kept and sent later) or closed. */
export function ConnectionBadge() {
  const connection = BADGE_STATUS[useConnectionStatus()]
  // Closed for good (removed, deleted, expired): "edits kept" would promise what cannot happen.
  const status = useFatalCloseCode() === null ? connection : 'closed'
  return (
    <div
      className={`connection-badge connection-${status}`}
      data-testid="connection-status"
      data-status={status}
      role="status"
      aria-label={`${strings.connection.label}: ${strings.connection[status]}`}
    >
      <span className="connection-dot" aria-hidden="true" />
      {strings.connection[status]}
    </div>
  )
}
