import { useMemo } from 'react'
import { useLocation, useParams } from 'wouter'
import type { JoinRequest } from '@weave/shared'
import { joinWorkshop } from '../api/api-client'
import { saveToken } from '../session/token-store'
import { JoinForm } from '../ui/JoinForm'
import { Logo } from '../ui/icons'
import { boardPath, readFragment } from '../ui/links'
import { strings } from '../i18n/strings'
import { loadInvitation, saveInvitation, type JoinInvitation } from '../session/invitation-store'

/** `/w/:id/join#code=...` or `#observer=...`: say who you are and open the board. */
export function JoinRoute() {
  const { workshopId = '' } = useParams<{ workshopId: string }>()
  const [, navigate] = useLocation()
  const expired = readFragment(window.location.hash).get('expired') === '1'
  const invitation = useMemo<JoinInvitation>(() => {
    const fragment = readFragment(window.location.hash)
    const fromLink = { joinCode: fragment.get('code'), observerCode: fragment.get('observer') }
    if (fromLink.joinCode || fromLink.observerCode) {
      saveInvitation(workshopId, fromLink)
      return fromLink
    }
    // Coming back after an invitation expired: reuse the code from the original link.
    return loadInvitation(workshopId) ?? { joinCode: null, observerCode: null }
  }, [workshopId])

  async function join(request: JoinRequest): Promise<void> {
    const joined = await joinWorkshop(workshopId, request)
    saveToken(workshopId, joined.token)
    navigate(boardPath(workshopId))
  }

  return (
    <main className="page page-center">
      <div className="page-brand">
        <Logo />
        <span className="page-brand-name">{strings.appName}</span>
      </div>
      <JoinForm
        invitation={invitation}
        notice={expired ? strings.fatal.expired : null}
        onJoin={join}
      />
    </main>
  )
}
