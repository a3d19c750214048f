import type { Clock } from '../clock.js'

/** How long after leaving a room a participant may still send back what they wrote offline there. */
export const WRITE_BACK_WINDOW_MS = 30 * 60 * 1000

/**
 * Which rooms each participant was recently connected to. A participant moved to another room
 * while offline reconnects to the old room to deliver their edits: instead of refusing it and
 * losing the edits, the server takes them over a write-only connection
 * (sync/write-back-handler.ts), then closes it with 4412.
 */
export interface RecentRooms {
  touch(participantId: string, docName: string): void
  /** Asynchronous because in a cluster the answer may come from another instance's memory. */
  recentlyIn(participantId: string, docName: string): Promise<boolean>
}

/** Creates the (in-memory, per-instance) record of recent rooms. */
export function createRecentRooms(clock: Clock, windowMs = WRITE_BACK_WINDOW_MS): RecentRooms {
  const lastSeen = new Map<string, number>()
  const key = (participantId: string, docName: string) => `${participantId} ${docName}`
  return {
    touch(participantId, docName) {
      const now = clock.now()
      lastSeen.set(key(participantId, docName), now)
      // Keep the map small: forget what is outside the window.
      if (lastSeen.size > 10_000) {
        for (const [entry, seen] of lastSeen) if (now - seen > windowMs) lastSeen.delete(entry)
      }
    },
    async recentlyIn(participantId, docName) {
      const seen = lastSeen.get(key(participantId, docName))
      return seen !== undefined && clock.now() - seen <= windowMs
    },
  }
}
