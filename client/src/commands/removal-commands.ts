import type { ParticipantInfo } from '@weave/shared'
import * as api from '../api/access-api'
import type { BoardSession } from '../session/board-session'
import { strings } from '../i18n/strings'
import { runAction } from './api-errors'

/** Removes someone from the workshop (facilitators); says so in a notice when it worked. */
export async function removeParticipant(
  session: BoardSession,
  person: ParticipantInfo,
): Promise<void> {
  const result = await runAction(session, () =>
    api.removeParticipant(session.workshopId, session.token, person.participantId),
  )
  if (result) {
    session.view.notice.set(strings.breakouts.removed(person.name ?? strings.breakouts.anonymous))
  }
}
