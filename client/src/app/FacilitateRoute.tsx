import { useEffect } from 'react'
import { useLocation, useParams } from 'wouter'
import { loadToken, saveToken } from '../session/token-store'
import { boardPath, joinPath, readFragment } from '../ui/links'
import { MessagePage } from '../ui/MessagePage'
import { strings } from '../i18n/strings'

/** `/w/:id/facilitate#token=...`: keeps the facilitator token and opens the board. */
export function FacilitateRoute() {
  const { workshopId = '' } = useParams<{ workshopId: string }>()
  const [, navigate] = useLocation()
  useEffect(() => {
    const token = readFragment(window.location.hash).get('token')
    if (token) saveToken(workshopId, token)
    // The fragment is gone once we navigated (React may run this effect twice): use what we kept.
    const known = token ?? loadToken(workshopId)
    // Replace, so the secret does not stay in the history or the address bar.
    navigate(known ? boardPath(workshopId) : joinPath(workshopId), { replace: true })
  }, [workshopId, navigate])
  return <MessagePage message={strings.board.loading} busy />
}
