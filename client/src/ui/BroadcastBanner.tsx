import { dismissBroadcast } from '../commands/room-commands'
import { useBreakout, useDismissedMessageAt } from '../hooks/use-rooms'
import { useNavigator } from '../session/session-context'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** The facilitators' message to every room ("2 minutes left"), until closed or replaced. */
export function BroadcastBanner() {
  const navigator = useNavigator()
  const { message } = useBreakout()
  const dismissedAt = useDismissedMessageAt()
  if (!message || message.at === dismissedAt) return null
  return (
    <section
      className="status-banner broadcast-banner"
      role="status"
      data-testid="broadcast-message"
      data-at={message.at}
    >
      <span className="broadcast-from">{strings.rooms.broadcastFrom}</span>
      <span className="broadcast-text">{message.text}</span>
      <button
        type="button"
        className="button button-icon banner-close"
        data-testid="broadcast-dismiss"
        aria-label={strings.notice.dismiss}
        onClick={() => dismissBroadcast(navigator, message.at)}
      >
        <Icon name="close" size={16} />
      </button>
    </section>
  )
}
