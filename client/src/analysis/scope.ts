import type { SnapshotInfo } from '@weave/shared'

/** What the analysis page looks at: the whole workshop, one live room, or one snapshot. */
export type AnalysisScope =
  | { readonly kind: 'workshop' }
  | { readonly kind: 'room'; readonly roomId: string }
  | { readonly kind: 'snapshot'; readonly snapshotId: string }

/** The whole workshop. */
export const WORKSHOP_SCOPE: AnalysisScope = { kind: 'workshop' }

/** A string naming a scope, for caches, keys and `<select>` values. */
export function scopeKey(scope: AnalysisScope): string {
  if (scope.kind === 'room') return `room:${scope.roomId}`
  if (scope.kind === 'snapshot') return `snapshot:${scope.snapshotId}`
  return 'workshop'
}

/** The scope a key names (the whole workshop for anything unknown). */
export function scopeFromKey(key: string): AnalysisScope {
  const [kind, id] = key.split(':')
  if (kind === 'room' && id) return { kind: 'room', roomId: id }
  if (kind === 'snapshot' && id) return { kind: 'snapshot', snapshotId: id }
  return WORKSHOP_SCOPE
}

/** The scope the page's query names (`?snapshot=` wins over `?room=`). */
export function scopeFromQuery(query: URLSearchParams): AnalysisScope {
  const snapshotId = query.get('snapshot')
  if (snapshotId) return { kind: 'snapshot', snapshotId }
  const roomId = query.get('room')
  if (roomId) return { kind: 'room', roomId }
  return WORKSHOP_SCOPE
}

/** Writes a scope into a query (removing the other scope parameters). */
export function withScope(query: URLSearchParams, scope: AnalysisScope): URLSearchParams {
  const next = new URLSearchParams(query)
  next.delete('room')
  next.delete('snapshot')
  if (scope.kind === 'room') next.set('room', scope.roomId)
  if (scope.kind === 'snapshot') next.set('snapshot', scope.snapshotId)
  return next
}

/** The room a scope shows, when it shows exactly one. */
export function scopeRoomId(
  scope: AnalysisScope,
  snapshots: readonly SnapshotInfo[] | null,
): string | null {
  if (scope.kind === 'room') return scope.roomId
  if (scope.kind === 'snapshot') {
    return snapshots?.find((snapshot) => snapshot.id === scope.snapshotId)?.roomId ?? null
  }
  return null
}

/** Snapshots newest first. */
export function newestFirst(snapshots: readonly SnapshotInfo[]): SnapshotInfo[] {
  return [...snapshots].sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1))
}
