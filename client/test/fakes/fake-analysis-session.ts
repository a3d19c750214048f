import type { WorkshopInfo } from '@weave/shared'
import { createAnalysisSession, type AnalysisSession } from '../../src/session/analysis-session'
import { installFakeApi, type FakeApi } from './fake-api'

/** The analysis page's session for facilitator Maya of workshop w1, over a recording fetch. */
export function createFakeAnalysis(): { readonly session: AnalysisSession; readonly api: FakeApi } {
  const api = installFakeApi()
  const info: WorkshopInfo = {
    workshopId: 'w1',
    title: 'Summit',
    role: 'facilitator',
    participantId: 'p-maya',
    displayName: 'Maya',
    sector: 'health',
    controlDocName: 'w1.control',
    lanes: [],
    rooms: [],
  }
  return { session: createAnalysisSession('w1', 'token-p-maya', info), api }
}
