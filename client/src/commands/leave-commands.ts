import type { BoardSession } from '../session/board-session'
import { forgetWorkshop } from '../session/device-data'

/**
 * Log out on this device (a shared computer at a library or a clinic): closes the board copies,
 * deletes them and everything else Weave kept for the workshop here (token, invitation, saved
 * description), then loads the start page, which also closes every connection. Edits not sent
 * yet are lost: the dialog asks first (see `useUnsentEdits`).
 */
export async function leaveWorkshop(session: BoardSession): Promise<void> {
  await session.workshop.localCopies.closeAll()
  await forgetWorkshop(session.workshopId)
  location.assign('/')
}
