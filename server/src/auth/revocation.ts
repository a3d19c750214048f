import type { AccessStore, WorkshopStore } from '../store/types.js'
import { ServiceError } from '../service-error.js'
import type { TokenService } from './tokens.js'

/**
 * Tokens that stop working once their participant is removed or their workshop deleted, for the
 * HTTP API: every check of a token asks the store, which every instance shares, so a removal or a
 * deletion holds everywhere at once, for every route, before any handler runs (so none recreates
 * a room or a round timer of a deleted workshop). A valid token throws a 404 `unknown_workshop`
 * when its workshop is gone and a 403 `removed` when its participant was removed (rather than
 * verifying to null, a 401), so the client can say why. Room admission makes the same checks for
 * sockets (close codes 4404 and 4410).
 */
export function withRevocation(
  tokens: TokenService,
  store: AccessStore & Pick<WorkshopStore, 'getWorkshop'>,
): TokenService {
  return {
    sign: (principal, ttlSeconds) => tokens.sign(principal, ttlSeconds),
    async verify(token) {
      const principal = await tokens.verify(token)
      if (!principal) return null
      const [workshop, removed] = await Promise.all([
        store.getWorkshop(principal.workshopId),
        store.isParticipantRemoved(principal.participantId),
      ])
      if (!workshop) throw new ServiceError(404, 'unknown_workshop', 'This workshop was deleted.')
      if (removed)
        throw new ServiceError(403, 'removed', 'A facilitator removed you from this workshop.')
      return principal
    },
  }
}
