import { useLocation } from 'wouter'
import { createWorkshop } from '../api/api-client'
import { saveToken } from '../session/token-store'
import { Landing } from '../ui/Landing'
import { boardPath } from '../ui/links'

/** `/`: create a workshop, become its facilitator, open its board. */
export function LandingRoute() {
  const [, navigate] = useLocation()
  async function create(input: { title: string; facilitatorName?: string }): Promise<void> {
    const created = await createWorkshop(input)
    saveToken(created.workshopId, created.facilitatorToken)
    navigate(boardPath(created.workshopId))
  }
  return <Landing onCreate={create} />
}
