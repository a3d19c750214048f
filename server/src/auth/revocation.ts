import type { AccessStore } from '../store/types.js'
import { ServiceError } from '../service-error.js'
import type { TokenService } from './tokens.js'

/**
 * Tokens that stop working once their participant is removed, for the HTTP API: every check of a
 * token asks the store, which every instance shares, so a removal holds everywhere at once. A
 * removed participant's valid token throws a 403 `removed` (rather than verifying to null, a 401)
 * so the client can say why. Room admission makes the same check for sockets (close code 4410).
 */
export function withRevocation(tokens: TokenService, store: AccessStore): TokenService {
  return {
    sign: (principal, ttlSeconds) => tokens.sign(principal, ttlSeconds),
    async verify(token) {
      const principal = await tokens.verify(token)
      if (principal && (await store.isParticipantRemoved(principal.participantId)))
        throw new ServiceError(403, 'removed', 'A facilitator removed you from this workshop.')
      return principal
    },
  }
}
