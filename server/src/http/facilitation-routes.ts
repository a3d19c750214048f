import { z } from 'zod'
import {
  extendRoundRequestSchema,
  openSortingRequestSchema,
  openVoteRequestSchema,
  placeDotRequestSchema,
  revealRequestSchema,
  startRoundRequestSchema,
} from '@weave/shared'
import type { ModerationService } from '../facilitation/moderation-service.js'
import type { RoundService } from '../facilitation/round-service.js'
import type { SortingService } from '../facilitation/sorting-service.js'
import type { VoteService } from '../facilitation/vote-service.js'
import type { Route } from './router.js'

const W = '\\/api\\/workshops\\/([^/]+)'
const path = (rest: string) => new RegExp(`^${W}${rest}$`)
const emptyBody = z.strictObject({})

const ROOM = '([a-z0-9]{6,32})'
const NOTE = '([^/]{1,64})'

/**
 * Rounds (facilitators), dot votes (facilitators open and close; participants vote), sorting
 * (facilitators open and close) and moderation (facilitators hide and restore notes).
 */
export function facilitationRoutes(
  rounds: RoundService,
  votes: VoteService,
  moderation: ModerationService,
  sorting: SortingService,
): Route[] {
  return [
    {
      method: 'POST',
      pattern: path('\\/sorting'),
      run: async (c) => {
        await c.facilitator()
        return [200, await sorting.open(c.workshopId(), await c.body(openSortingRequestSchema))]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/sorting\\/close'),
      run: async (c) => {
        await c.facilitator()
        await c.body(emptyBody)
        return [200, await sorting.close(c.workshopId())]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/rooms\\/${ROOM}\\/notes\\/${NOTE}\\/hide`),
      run: async (c) => {
        const facilitator = await c.facilitator()
        await c.body(emptyBody)
        return [200, await moderation.hide(facilitator, c.params[1] ?? '', c.params[2] ?? '')]
      },
    },
    {
      method: 'GET',
      pattern: path('\\/hidden-notes'),
      run: async (c) => {
        await c.facilitator()
        return [200, await moderation.list(c.workshopId())]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/hidden-notes\\/${ROOM}\\/${NOTE}\\/restore`),
      run: async (c) => {
        await c.facilitator()
        await c.body(emptyBody)
        return [200, await moderation.restore(c.workshopId(), c.params[1] ?? '', c.params[2] ?? '')]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/rounds'),
      run: async (c) => {
        await c.facilitator()
        return [201, await rounds.start(c.workshopId(), await c.body(startRoundRequestSchema))]
      },
    },
    ...(['pause', 'resume', 'end'] as const).map((action): Route => ({
      method: 'POST',
      pattern: path(`\\/rounds\\/current\\/${action}`),
      run: async (c) => {
        await c.facilitator()
        await c.body(emptyBody)
        return [200, await rounds.act(c.workshopId(), action)]
      },
    })),
    {
      method: 'POST',
      pattern: path('\\/rounds\\/current\\/extend'),
      run: async (c) => {
        await c.facilitator()
        const { seconds } = await c.body(extendRoundRequestSchema)
        return [200, await rounds.extend(c.workshopId(), seconds)]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/rounds\\/current\\/reveal'),
      run: async (c) => {
        await c.facilitator()
        const { anonymise } = await c.body(revealRequestSchema)
        return [200, { revealed: await rounds.reveal(c.workshopId(), anonymise) }]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/votes'),
      run: async (c) => {
        await c.facilitator()
        return [201, await votes.open(c.workshopId(), await c.body(openVoteRequestSchema))]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/votes\\/current\\/close'),
      run: async (c) => {
        await c.facilitator()
        await c.body(emptyBody)
        return [200, await votes.close(c.workshopId())]
      },
    },
    {
      method: 'GET',
      pattern: path('\\/votes\\/current\\/mine'),
      run: async (c) => [200, await votes.mine(await c.member())],
    },
    {
      method: 'POST',
      pattern: path('\\/votes\\/current\\/dots'),
      run: async (c) => {
        const principal = await c.member()
        return [200, await votes.place(principal, await c.body(placeDotRequestSchema))]
      },
    },
    {
      method: 'DELETE',
      pattern: path('\\/votes\\/current\\/dots\\/([a-z0-9]{6,32})\\/([^/]{1,64})'),
      run: async (c) => {
        const principal = await c.member()
        return [
          200,
          await votes.remove(principal, { roomId: c.params[1] ?? '', noteId: c.params[2] ?? '' }),
        ]
      },
    },
  ]
}
