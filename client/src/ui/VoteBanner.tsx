import { useVote } from '../hooks/use-vote'
import { useMyDots } from '../hooks/use-my-dots'
import { useAbilities } from '../hooks/use-role'
import { useCoarsePointer } from '../hooks/use-coarse-pointer'
import { useDisplayMode } from '../hooks/use-display-mode'
import { strings } from '../i18n/strings'

/** While a vote is open: how many dots each person places, and how many this person has left. */
export function VoteBanner() {
  const vote = useVote()
  const mine = useMyDots()
  const { role } = useAbilities()
  const touch = useCoarsePointer()
  const list = useDisplayMode() === 'list'
  const hint = list ? strings.vote.hintList : touch ? strings.vote.hintTouch : strings.vote.hint
  if (vote?.status !== 'open' || role === 'observer') return null
  const left = mine?.dotsLeft ?? vote.dotsPerPerson
  return (
    <section className="status-banner vote-banner" data-testid="vote-banner">
      <span className="vote-banner-text">{strings.vote.banner(vote.dotsPerPerson)}</span>
      <span className="vote-dots-left">
        <span className="vote-dot" aria-hidden="true" />
        <span data-testid="dots-left">{left}</span> {strings.vote.dotsLeft}
      </span>
      <span className="status-hint">{hint}</span>
    </section>
  )
}
