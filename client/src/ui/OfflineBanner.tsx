import { useStartedOffline } from '../hooks/use-started-offline'
import { strings } from '../i18n/strings'

/** Says the board came from this device, not the server, and that writing on is safe. */
export function OfflineBanner() {
  if (!useStartedOffline()) return null
  return (
    <p className="status-banner status-offline" role="status" data-testid="offline-banner">
      {strings.offline.startedOffline}
    </p>
  )
}
