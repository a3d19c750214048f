import type { Codebook, SnapshotInfo, WorkshopExport, WorkshopInfo } from '@weave/shared'
import * as api from '../api/analysis-api'
import { scopeKey, type AnalysisScope } from '../analysis/scope'
import { laterStrings } from '../i18n/strings-later'
import { createResource, type ResourceStore } from './resource'
import { createValueStore, type ValueStore } from './store'

/** A short message about the last action (announced politely; errors stand out). */
export interface AnalysisNotice {
  readonly id: number
  readonly text: string
  readonly error: boolean
}

/**
 * What the analysis page works with: the facilitator's token, the workshop's snapshots and
 * codebook, and the JSON exports it has fetched (one per scope and naming mode). No Yjs here:
 * everything comes from the HTTP API.
 */
export interface AnalysisSession {
  readonly workshopId: string
  readonly token: string
  readonly info: WorkshopInfo
  readonly snapshots: ResourceStore<readonly SnapshotInfo[]>
  readonly codebook: ResourceStore<Codebook>
  /** The export of a scope; the same store for the same scope and naming mode. */
  readonly exportOf: (scope: AnalysisScope, deidentified: boolean) => ResourceStore<WorkshopExport>
  readonly notice: ValueStore<AnalysisNotice | null>
  /** Shows a notice. */
  readonly say: (text: string, error?: boolean) => void
}

/** Creates the analysis page's session for a facilitator. */
export function createAnalysisSession(
  workshopId: string,
  token: string,
  info: WorkshopInfo,
): AnalysisSession {
  const t = laterStrings.analysis.errors
  const exports = new Map<string, ResourceStore<WorkshopExport>>()
  const notice = createValueStore<AnalysisNotice | null>(null)
  let noticeId = 0
  return {
    workshopId,
    token,
    info,
    snapshots: createResource<readonly SnapshotInfo[]>(
      () => api.listSnapshots(workshopId, token),
      t.snapshots,
    ),
    codebook: createResource(() => api.fetchCodebook(workshopId, token), t.codebook),
    exportOf(scope, deidentified) {
      const key = `${scopeKey(scope)}|${deidentified ? 'deid' : 'names'}`
      let store = exports.get(key)
      if (!store) {
        store = createResource(
          () => api.fetchExport(workshopId, token, scope, deidentified),
          t.export,
        )
        exports.set(key, store)
      }
      return store
    },
    notice,
    say(text, error = false) {
      noticeId += 1
      notice.set({ id: noticeId, text, error })
    },
  }
}
