import { useConnectionStatus } from '../hooks/use-connection-status'
import { useEverSynced } from '../hooks/use-ever-synced'
import { useFatalCloseCode } from '../hooks/use-fatal-close'
import type { ConnectionStatus } from '../session/connection'
import { strings } from '../i18n/strings'

/** The names the badge (and the browser tests) use for each status. */
const BADGE_STATUS = {
  online: 'online',
  connecting: 'reconnecting',
  offline: 'offline',
} as const satisfies Record<ConnectionStatus, string>

/**
 * Online, connecting (the first time: the board may already show, from the page's start
 * request), reconnecting, offline (edits made offline are kept and sent later) or closed.
 */
export function ConnectionBadge() {
  const current = BADGE_STATUS[useConnectionStatus()]
  const everSynced = useEverSynced()
  const connection = current === 'reconnecting' && !everSynced ? 'connecting' : current
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
