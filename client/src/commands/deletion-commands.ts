import { deleteWorkshop } from '../api/deletion-api'
import type { BoardSession } from '../session/board-session'
import { forgetWorkshop } from '../session/device-data'
import { leaveHomeNotice } from '../session/home-notice'
import { laterStrings } from '../i18n/strings-later'
import { runAction } from './api-errors'

/**
 * Deletes the workshop on the server (after the facilitator typed its title), then forgets it on
 * this device too and goes to the start page, which says it is done. False when the server
 * refused (its sentence is shown as a notice).
 */
export async function deleteWorkshopForGood(
  session: BoardSession,
  title: string,
  confirm: string,
): Promise<boolean> {
  const done = await runAction(session, () =>
    deleteWorkshop(session.workshopId, session.workshop.token, confirm),
  )
  if (!done) return false
  leaveHomeNotice(laterStrings.deletion.done(title))
  await session.workshop.localCopies.closeAll().catch(() => {})
  await forgetWorkshop(session.workshopId).catch(() => {})
  location.assign('/')
  return true
}
