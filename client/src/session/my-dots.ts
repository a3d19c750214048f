import type { MyDots, Vote } from '@weave/shared'
import { createValueStore, type ReadableStore, type ValueStore } from './store'

/**
 * This person's own dots in the current vote, fetched whenever a vote opens (or the page opens
 * during one) and replaced by every answer to placing or removing a dot.
 */
export function createMyDotsStore(
  vote: ReadableStore<Vote | null>,
  fetchMine: (() => Promise<MyDots>) | null,
): { dots: ValueStore<MyDots | null>; destroy: () => void } {
  const dots = createValueStore<MyDots | null>(null)
  let loadedFor: string | null = null

  function update(): void {
    const current = vote.get()
    const openId = current?.status === 'open' ? current.id : null
    if (openId === loadedFor) return
    loadedFor = openId
    dots.set(null)
    if (!openId || !fetchMine) return
    fetchMine().then(
      (mine) => {
        if (loadedFor === openId && mine.voteId === openId) dots.set(mine)
      },
      () => {
        // Not fatal: the next dot placed brings the count back.
        if (loadedFor === openId) loadedFor = null
      },
    )
  }

  const stop = vote.subscribe(update)
  update()
  return { dots, destroy: stop }
}
