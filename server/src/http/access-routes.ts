import { z } from 'zod'
import { connectTicketRequestSchema, ID_PATTERN } from '@weave/shared'
import type { ConnectTickets } from '../auth/connect-tickets.js'
import type { RemovalService } from '../facilitation/removal-service.js'
import { ServiceError } from '../workshops/workshop-service.js'
import type { Route } from './router.js'

const emptyBody = z.strictObject({})

/** Connect tickets (anyone with a token) and removing participants (facilitators). */
export function accessRoutes(tickets: ConnectTickets, removal: RemovalService): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/connect-tickets$/,
      run: async (c) => {
        const principal = await c.principal()
        const { docName } = await c.body(connectTicketRequestSchema)
        return [201, await tickets.issue(principal, docName ?? null)]
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/participants\/([^/]+)\/remove$/,
      run: async (c) => {
        const facilitator = await c.facilitator()
        await c.body(emptyBody)
        const participantId = c.params[1] ?? ''
        if (!ID_PATTERN.test(participantId))
          throw new ServiceError(404, 'unknown_participant', 'That person is not in this workshop.')
        return [200, await removal.remove(facilitator, participantId)]
      },
    },
  ]
}
