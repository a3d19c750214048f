import type { BoardSession } from '../session/board-session'

/** Tells screen reader users something, politely (throttled, repeats dropped). */
export function announce(session: BoardSession, text: string): void {
  session.workshop.announcer.say(text)
}

/** Says what keyboard focus is on now, at once (it replaces the previous description). */
export function describeFocus(session: BoardSession, text: string): void {
  session.workshop.announcer.describe(text)
}
