import type { DeleteWorkshopRequest, DeleteWorkshopResponse } from '@weave/shared'
import { request } from './api-client'

/** `DELETE /api/workshops/:id`: deletes the workshop and everything of it (facilitators only). */
export function deleteWorkshop(
  workshopId: string,
  token: string,
  confirm: string,
): Promise<DeleteWorkshopResponse> {
  const body: DeleteWorkshopRequest = { confirm }
  return request(`/api/workshops/${encodeURIComponent(workshopId)}`, {
    method: 'DELETE',
    body,
    token,
  })
}
