import type { Principal, RemoveParticipantResponse } from '@weave/shared'
import type { Clock } from '../clock.js'
import type { Store } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/**
 * Removing someone from a workshop: recorded in the store first (so their token and tickets stop
 * working on every instance), then their live connections are closed here and, through the
 * fan-out, on the other instances.
 */
export interface RemovalService {
  remove(facilitator: Principal, participantId: string): Promise<RemoveParticipantResponse>
}

/** Creates the removal service. */
export function createRemovalService(deps: {
  store: Store
  clock: Clock
  /** Closes the participant's connections on this instance; returns how many. */
  closeLocal: (participantId: string) => number
  /** Asks the other instances to close theirs (absent when running alone). */
  announce?: (participantId: string) => void
}): RemovalService {
  return {
    async remove(facilitator, participantId) {
      const participant = await deps.store.getParticipant(participantId)
      if (!participant || participant.workshopId !== facilitator.workshopId)
        throw new ServiceError(404, 'unknown_participant', 'That person is not in this workshop.')
      // Facilitators are not removed this way: one facilitator must not lock out another.
      if (participant.role === 'facilitator')
        throw new ServiceError(403, 'forbidden', 'Facilitators cannot be removed.')
      await deps.store.removeParticipant(participant.workshopId, participantId, deps.clock.now())
      const closedConnections = deps.closeLocal(participantId)
      deps.announce?.(participantId)
      return { participantId, closedConnections }
    },
  }
}
