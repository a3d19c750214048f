import { z } from 'zod'
import {
  assignRequestSchema,
  broadcastRequestSchema,
  createRoomsRequestSchema,
  freeMovementRequestSchema,
  harvestRequestSchema,
  moveRequestSchema,
  renameRoomRequestSchema,
} from '@weave/shared'
import type { BreakoutService } from '../breakouts/breakout-service.js'
import type { Route } from './router.js'

const path = (rest: string) => new RegExp(`^\\/api\\/workshops\\/([^/]+)${rest}$`)
const ROOM = '([a-z0-9]{6,32})'
const emptyBody = z.strictObject({})

/** Breakout rooms, assignment, moves, messages and harvest: all for facilitators. */
export function breakoutRoutes(
  breakouts: BreakoutService,
  harvest: (workshopId: string, request: z.infer<typeof harvestRequestSchema>) => Promise<unknown>,
): Route[] {
  return [
    {
      method: 'POST',
      pattern: path('\\/rooms'),
      run: async (c) => {
        await c.facilitator()
        return [
          201,
          await breakouts.createRooms(c.workshopId(), await c.body(createRoomsRequestSchema)),
        ]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/rooms\\/${ROOM}\\/rename`),
      run: async (c) => {
        await c.facilitator()
        const { name } = await c.body(renameRoomRequestSchema)
        return [200, await breakouts.renameRoom(c.workshopId(), c.params[1] ?? '', name)]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/rooms\\/${ROOM}\\/close`),
      run: async (c) => {
        await c.facilitator()
        await c.body(emptyBody)
        return [200, await breakouts.closeRoom(c.workshopId(), c.params[1] ?? '')]
      },
    },
    {
      method: 'GET',
      pattern: path('\\/participants'),
      run: async (c) => {
        await c.facilitator()
        return [200, await breakouts.participants(c.workshopId())]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/breakouts\\/assign'),
      run: async (c) => {
        await c.facilitator()
        const { mode, seed } = await c.body(assignRequestSchema)
        return [200, { assignments: await breakouts.assign(c.workshopId(), mode, seed) }]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/breakouts\\/move'),
      run: async (c) => {
        await c.facilitator()
        const { participantId, roomId } = await c.body(moveRequestSchema)
        await breakouts.move(c.workshopId(), participantId, roomId)
        return [200, {}]
      },
    },
    ...(['open', 'close'] as const).map((action): Route => ({
      method: 'POST',
      pattern: path(`\\/breakouts\\/${action}`),
      run: async (c) => {
        await c.facilitator()
        await c.body(emptyBody)
        return [
          200,
          await breakouts.setBreakout(c.workshopId(), {
            status: action === 'open' ? 'open' : 'closed',
          }),
        ]
      },
    })),
    {
      method: 'POST',
      pattern: path('\\/breakouts\\/free-movement'),
      run: async (c) => {
        await c.facilitator()
        const { allowed } = await c.body(freeMovementRequestSchema)
        return [200, await breakouts.setBreakout(c.workshopId(), { freeMovement: allowed })]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/breakouts\\/message'),
      run: async (c) => {
        await c.facilitator()
        const { text } = await c.body(broadcastRequestSchema)
        return [
          200,
          await breakouts.setBreakout(c.workshopId(), { message: { text, at: Date.now() } }),
        ]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/harvest'),
      run: async (c) => {
        await c.facilitator()
        return [200, await harvest(c.workshopId(), await c.body(harvestRequestSchema))]
      },
    },
  ]
}
