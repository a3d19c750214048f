import type { Clock } from '../clock.js'
import {
  createRecentRooms,
  WRITE_BACK_WINDOW_MS,
  type RecentRooms,
} from '../admission/recent-rooms.js'
import type { RedisFanout } from './redis-fanout.js'

/**
 * Which rooms participants were recently in, shared by every instance: a participant moved while
 * offline may reconnect to their old room through another instance than the one they left it on,
 * and should still be able to send back what they wrote there. Kept in Redis keys that expire
 * with the write-back window, and in this instance's memory (which answers while Redis is away).
 */
export function createSharedRecentRooms(
  fanout: RedisFanout,
  clock: Clock,
  windowMs = WRITE_BACK_WINDOW_MS,
): RecentRooms {
  const local = createRecentRooms(clock, windowMs)
  const key = (participantId: string, docName: string) => `recent:${participantId}:${docName}`
  return {
    touch(participantId, docName) {
      local.touch(participantId, docName)
      fanout.remember(key(participantId, docName), windowMs)
    },
    async recentlyIn(participantId, docName) {
      return (
        (await local.recentlyIn(participantId, docName)) ||
        fanout.recalls(key(participantId, docName))
      )
    },
  }
}
