import { useSession } from '../session/session-context'
import { useAttention } from '../hooks/use-attention'
import { useFollowing } from '../hooks/use-following'
import { followAgain, stopFollowing } from '../commands/attention-commands'
import { strings } from '../i18n/strings'

/** "Following Jordan — Stop following", or a way back after looking around on one's own. */
export function FollowBanner() {
  const session = useSession()
  const { follow } = useAttention()
  const following = useFollowing()
  if (!follow) return null
  if (follow.participantId === session.info.participantId) {
    return (
      <section className="status-banner follow-banner" data-testid="leading-banner">
        {strings.follow.you}
      </section>
    )
  }
  return (
    <section
      className="status-banner follow-banner"
      data-testid="following-banner"
      data-following={following}
    >
      <span>
        {following ? strings.follow.following(follow.name) : strings.follow.leading(follow.name)}
      </span>
      <button
        type="button"
        className="button button-secondary button-small"
        data-testid={following ? 'stop-following' : 'follow-again'}
        onClick={() => (following ? stopFollowing(session) : followAgain(session))}
      >
        {following ? strings.follow.stop : strings.follow.again}
      </button>
    </section>
  )
}
