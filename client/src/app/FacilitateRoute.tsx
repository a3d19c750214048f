import { useEffect } from 'react'
import { useLocation, useParams } from 'wouter'
import { saveToken } from '../session/token-store'
import { boardPath, joinPath, readFragment } from '../ui/links'
import { MessagePage } from '../ui/MessagePage'
import { strings } from '../ui/strings'

/** `/w/:id/facilitate#token=...`: keeps the facilitator token and opens the board. */
export function FacilitateRoute() {
  const { workshopId = '' } = useParams<{ workshopId: string }>()
  const [, navigate] = useLocation()
  useEffect(() => {
    const token = readFragment(window.location.hash).get('token')
    if (token) saveToken(workshopId, token)
    // Replace, so the secret does not stay in the history or the address bar.
    navigate(token ? boardPath(workshopId) : joinPath(workshopId), { replace: true })
  }, [workshopId, navigate])
  return <MessagePage message={strings.board.loading} busy />
}
