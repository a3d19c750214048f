import { z } from 'zod'
import {
  BOARD_START_TICKETS_HEADER,
  BOARD_START_TYPE,
  connectTicketRequestSchema,
  ID_PATTERN,
} from '@weave/shared'
import type { ConnectTickets } from '../auth/connect-tickets.js'
import type { RemovalService } from '../facilitation/removal-service.js'
import type { BoardStartService } from '../workshops/board-start.js'
import { ServiceError } from '../service-error.js'
import { BinaryBody } from './respond.js'
import type { Route } from './router.js'

const emptyBody = z.strictObject({})

/**
 * Opening documents: connect tickets and a board page's start (anyone with a token), and removing
 * participants (facilitators).
 */
export function accessRoutes(
  tickets: ConnectTickets,
  removal: RemovalService,
  boardStart: BoardStartService,
): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([^/]+)\/start$/,
      run: async (c) => {
        const { body, tickets } = await boardStart.start(await c.member())
        const headers = { [BOARD_START_TICKETS_HEADER]: tickets.join(' ') }
        return [200, new BinaryBody(body, BOARD_START_TYPE, headers)]
      },
    },
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
