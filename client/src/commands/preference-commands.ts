import type { BoardSession } from '../session/board-session'

/** Posts this person's next notes without their name (or with it again). */
export function setPostAnonymously(session: BoardSession, anonymous: boolean): void {
  session.view.postAnonymously.set(anonymous)
}

/** Lets go of the current notice. */
export function dismissNotice(session: BoardSession): void {
  session.view.notice.set(null)
}
