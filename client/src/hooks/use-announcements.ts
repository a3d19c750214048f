import type { Announcement } from '../session/announcer'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/** The latest workshop announcement for screen reader users (round started, vote closed...). */
export function useAnnouncement(): Announcement | null {
  return useStore(useSession().workshop.announcer.current)
}

/** The latest description of what keyboard focus is on. */
export function useFocusDescription(): Announcement | null {
  return useStore(useSession().workshop.announcer.focus)
}
