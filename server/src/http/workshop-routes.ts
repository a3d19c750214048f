import { createWorkshopRequestSchema, joinRequestSchema } from '@weave/shared'
import type { Clock } from '../clock.js'
import type { WorkshopService } from '../workshops/workshop-service.js'
import type { Route } from './router.js'

/** Health, time, and the workshop routes: create, join, describe. */
export function workshopRoutes(workshops: WorkshopService, clock: Clock): Route[] {
  return [
    { method: 'GET', pattern: /^\/healthz$/, run: async () => [200, { ok: true }] },
    { method: 'GET', pattern: /^\/api\/time$/, run: async () => [200, { now: clock.now() }] },
    {
      method: 'POST',
      pattern: /^\/api\/workshops$/,
      run: async (c) => [201, await workshops.create(await c.body(createWorkshopRequestSchema))],
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/join$/,
      run: async (c) => [
        200,
        await workshops.join(c.workshopId(), await c.body(joinRequestSchema)),
      ],
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([^/]+)$/,
      run: async (c) => [200, await workshops.describe(c.workshopId(), await c.principal())],
    },
  ]
}
