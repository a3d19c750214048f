import type { BoardSession } from '../session/board-session'
import { centreOnNote, fromSharedView, toSharedView } from './attention-commands'
import { throttle } from '../session/throttle'

/** A leading facilitator's view is published at most this often (about 5 per second). */
const LEAD_INTERVAL_MS = 200
/** A summon older than this (server time) when it arrives is history, not a call to come. */
const SUMMON_FRESH_MS = 60_000

/**
 * Keeps this person's view in line with the facilitator's guidance: publishes the view while
 * leading "follow me", follows the leader's view (until the person moves on their own), jumps once
 * to each new summon and centres once on each new spotlight. Returns a function that stops it.
 */
export function installAttentionSync(session: BoardSession): () => void {
  const { control, view, peers, awareness } = session
  const me = session.info.participantId
  let attention = control.attention.get()
  let leading = false

  const publish = throttle(() => {
    awareness.setLocalStateField('viewport', toSharedView(view.viewport.get()))
  }, LEAD_INTERVAL_MS)

  function followLeader(): void {
    const follow = control.attention.get().follow
    if (!follow || follow.participantId === me || !view.following.get()) return
    const leader = peers.get().find((peer) => peer.user.participantId === follow.participantId)
    if (leader?.viewport) view.viewport.set(fromSharedView(leader.viewport))
  }

  function onAttention(): void {
    const previous = attention
    const next = control.attention.get()
    attention = next
    // What was already there when the board opened is not news: only later changes move views.
    const fresh = session.connection.everSynced.get()
    const nowLeading = next.follow?.participantId === me
    if (nowLeading !== leading) {
      leading = nowLeading
      if (leading) publish()
      else {
        publish.cancel()
        awareness.setLocalStateField('viewport', null)
      }
    }
    if (next.follow?.participantId !== previous.follow?.participantId) {
      view.following.set(next.follow !== null && next.follow.participantId !== me)
      followLeader()
    }
    const summon = next.summon
    const recent = summon !== null && session.clock.now() - summon.at < SUMMON_FRESH_MS
    if (fresh && recent && summon.at !== previous.summon?.at) {
      view.following.set(false)
      view.viewport.set(fromSharedView(summon.viewport))
    }
    if (fresh && next.spotlight && next.spotlight !== previous.spotlight) {
      centreOnNote(session, next.spotlight)
    }
  }

  const stops = [
    control.attention.subscribe(onAttention),
    peers.subscribe(followLeader),
    view.following.subscribe(followLeader),
    view.viewport.subscribe(() => {
      if (leading) publish()
    }),
  ]
  // Joining while someone leads: follow them from the start.
  if (attention.follow && attention.follow.participantId !== me) view.following.set(true)
  return () => {
    publish.cancel()
    stops.forEach((stop) => stop())
  }
}
