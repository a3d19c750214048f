import { z } from 'zod'
import { takeSnapshotRequestSchema } from '@weave/shared'
import type { SnapshotService } from '../snapshots/snapshot-service.js'
import type { Route } from './router.js'

const path = (rest: string) => new RegExp(`^\\/api\\/workshops\\/([^/]+)${rest}$`)

/** Snapshots: facilitators take, list and open them (participants and observers get 403). */
export function snapshotRoutes(snapshots: SnapshotService): Route[] {
  return [
    {
      method: 'POST',
      pattern: path('\\/snapshots'),
      run: async (c) => {
        const facilitator = await c.facilitator()
        const { roomId, name } = await c.body(takeSnapshotRequestSchema)
        const workshopId = c.workshopId()
        return [
          201,
          await snapshots.take({
            workshopId,
            roomId,
            name,
            reason: 'manual',
            takenBy: facilitator.participantId,
          }),
        ]
      },
    },
    {
      method: 'GET',
      pattern: path('\\/snapshots'),
      run: async (c) => {
        await c.facilitator()
        return [200, await snapshots.list(c.workshopId())]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/snapshots\\/([a-z0-9]{6,32})\\/restore'),
      run: async (c) => {
        await c.facilitator()
        await c.body(z.strictObject({}))
        return [201, await snapshots.restore(c.workshopId(), c.params[1] ?? '')]
      },
    },
    {
      method: 'GET',
      pattern: path('\\/snapshots\\/([a-z0-9]{6,32})'),
      run: async (c) => {
        await c.facilitator()
        return [200, await snapshots.open(c.workshopId(), c.params[1] ?? '')]
      },
    },
  ]
}
