import { deleteWorkshopRequestSchema, type DeleteWorkshopResponse } from '@weave/shared'
import type { WorkshopDeletion } from '../workshops/workshop-deletion.js'
import type { Route } from './router.js'

/**
 * `DELETE /api/workshops/:id` with `{ "confirm": "<title or id>" }`: facilitators of that workshop
 * delete it and everything of it (401/403 others, 404 unknown, 400 without the confirmation).
 */
export function deletionRoutes(deletion: WorkshopDeletion): Route[] {
  return [
    {
      method: 'DELETE',
      pattern: /^\/api\/workshops\/([^/]+)$/,
      run: async (c) => {
        await c.facilitator()
        const workshopId = c.workshopId()
        const { confirm } = await c.body(deleteWorkshopRequestSchema)
        await deletion.deleteConfirmed(workshopId, confirm)
        const response: DeleteWorkshopResponse = { deleted: true, workshopId }
        return [200, response]
      },
    },
  ]
}
