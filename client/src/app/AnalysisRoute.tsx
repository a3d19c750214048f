import { useMemo, useState } from 'react'
import { Link, useParams } from 'wouter'
import type { WorkshopInfo } from '@weave/shared'
import { useWorkshopInfo } from '../hooks/use-workshop-info'
import { AnalysisContext } from '../session/analysis-context'
import { createAnalysisSession } from '../session/analysis-session'
import { loadToken } from '../session/token-store'
import { AnalysisPage } from '../ui/analysis/AnalysisPage'
import { boardPath } from '../ui/links'
import { MessagePage } from '../ui/MessagePage'
import { strings } from '../i18n/strings'
import { laterStrings } from '../i18n/strings-later'
// The analysis page's own styles come with its code, not with every page.
import '../styles-analysis.css'

const t = laterStrings.analysis

/** `/w/:id/analysis`: snapshots, coding, counts, the weave matrix and exports (facilitators). */
export function AnalysisRoute() {
  const { workshopId = '' } = useParams<{ workshopId: string }>()
  const [token] = useState(() => loadToken(workshopId))
  if (!token) {
    return (
      <MessagePage message={t.noToken}>
        <Link href={boardPath(workshopId)} className="button button-secondary">
          {t.backToBoard}
        </Link>
      </MessagePage>
    )
  }
  return <FacilitatorGate workshopId={workshopId} token={token} />
}

function FacilitatorGate(props: { workshopId: string; token: string }) {
  const { workshopId, token } = props
  const { info, retry } = useWorkshopInfo(workshopId, token)
  const back = (
    <Link href={boardPath(workshopId)} className="button button-secondary">
      {t.backToBoard}
    </Link>
  )
  if (info.data?.role === 'facilitator') {
    return <Analysis workshopId={workshopId} token={token} info={info.data} />
  }
  if (info.data) return <MessagePage message={t.notFacilitator}>{back}</MessagePage>
  if (info.error && !info.loading) {
    return (
      <MessagePage message={info.error}>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={retry}>
            {t.retry}
          </button>
          {back}
        </div>
      </MessagePage>
    )
  }
  return <MessagePage message={strings.analysisPage.loading} busy />
}

function Analysis(props: { workshopId: string; token: string; info: WorkshopInfo }) {
  const { workshopId, token, info } = props
  const session = useMemo(
    () => createAnalysisSession(workshopId, token, info),
    [workshopId, token, info],
  )
  return (
    <AnalysisContext.Provider value={session}>
      <AnalysisPage />
    </AnalysisContext.Provider>
  )
}
