import { z } from 'zod'
import { TITLE_MAX_LENGTH } from './api.js'

/**
 * `DELETE /api/workshops/:id` body: `confirm` must be the workshop's title (as stored, compared
 * after trimming) or its id, so a stray or replayed request cannot wipe a workshop.
 */
export const deleteWorkshopRequestSchema = z.strictObject({
  confirm: z.string().trim().min(1, 'must not be empty').max(TITLE_MAX_LENGTH),
})
/** `DELETE /api/workshops/:id` body. */
export type DeleteWorkshopRequest = z.infer<typeof deleteWorkshopRequestSchema>

/** `DELETE /api/workshops/:id` → 200. */
export interface DeleteWorkshopResponse {
  readonly deleted: true
  readonly workshopId: string
}

/** True when `confirm` names the workshop: its title (trimmed) or its id. */
export function confirmsWorkshop(
  confirm: string,
  workshop: { id: string; title: string },
): boolean {
  const given = confirm.trim()
  return given === workshop.id || given === workshop.title.trim()
}
