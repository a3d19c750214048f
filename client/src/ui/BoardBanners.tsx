import { ArrivalBanner } from './ArrivalBanner'
import { BoardStatus } from './BoardStatus'
import { BroadcastBanner } from './BroadcastBanner'
import { FollowBanner } from './FollowBanner'
import { OfflineBanner } from './OfflineBanner'
import { RoundBanner } from './RoundBanner'
import { VoteBanner } from './VoteBanner'
import { VoteResults } from './VoteResults'

/** What everyone should know now, stacked at the top centre of the board. */
export function BoardBanners() {
  return (
    <div className="board-banners">
      <OfflineBanner />
      <ArrivalBanner />
      <BroadcastBanner />
      <BoardStatus />
      <RoundBanner />
      <VoteBanner />
      <VoteResults />
      <FollowBanner />
    </div>
  )
}
