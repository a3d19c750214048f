import { useMemo } from 'react'
import type { SnapshotInfo } from '@weave/shared'
import { scopeGroups, type ScopeGroup } from '../analysis/scope-groups'
import { useAnalysis } from '../session/analysis-context'
import { useAnalysisQuery } from './use-analysis-query'
import { useSnapshots } from './use-snapshots'

/** The rooms of the workshop, each with its snapshots, for choosing what to look at. */
export function useScopeGroups(): readonly ScopeGroup[] {
  const { info } = useAnalysis()
  const snapshots = useSnapshots().data
  return useMemo(() => scopeGroups(info.rooms, snapshots ?? []), [info.rooms, snapshots])
}

/** What the page looks at, in words: the room (if one) and the snapshot (if one). */
export interface ScopeDetails {
  readonly kind: 'workshop' | 'room' | 'snapshot'
  readonly roomId: string | null
  readonly roomName: string | null
  readonly snapshot: SnapshotInfo | null
  /** True while a `?snapshot=` names a snapshot the list does not (yet) hold. */
  readonly pending: boolean
}

/** The current scope with its room and snapshot looked up. */
export function useScopeDetails(): ScopeDetails {
  const { scope } = useAnalysisQuery()
  const groups = useScopeGroups()
  const snapshots = useSnapshots()
  return useMemo(() => {
    if (scope.kind === 'workshop') {
      return { kind: 'workshop', roomId: null, roomName: null, snapshot: null, pending: false }
    }
    if (scope.kind === 'room') {
      const group = groups.find((candidate) => candidate.roomId === scope.roomId)
      return {
        kind: 'room',
        roomId: scope.roomId,
        roomName: group?.roomName ?? null,
        snapshot: null,
        pending: false,
      }
    }
    const snapshot = snapshots.data?.find((candidate) => candidate.id === scope.snapshotId) ?? null
    const group = groups.find((candidate) => candidate.roomId === snapshot?.roomId)
    return {
      kind: 'snapshot',
      roomId: snapshot?.roomId ?? null,
      roomName: group?.roomName ?? null,
      snapshot,
      pending: snapshot === null && snapshots.data === null,
    }
  }, [scope, groups, snapshots.data])
}
