import { useMemo } from 'react'
import { analysisLanes, diffRooms, type ExportRoom, type WorkshopExport } from '@weave/shared'
import { noteRowOf } from '../../../analysis/note-rows'
import type { AnalysisScope } from '../../../analysis/scope'
import { useExportOf } from '../../../hooks/use-export'
import { strings } from '../../../i18n/strings'
import { LoadState } from '../LoadState'
import { DiffView } from './DiffView'

/** Loads both moments and shows what changed from the first to the second. */
export function CompareResult(props: {
  before: AnalysisScope
  after: AnalysisScope
  deidentified: boolean
}) {
  const before = useExportOf(props.before, props.deidentified)
  const after = useExportOf(props.after, props.deidentified)
  const beforeRoom = before.data?.rooms[0]
  const afterRoom = after.data?.rooms[0]
  if (!before.data || !after.data) {
    const failed = before.error ? before : after
    return (
      <LoadState
        loading={before.loading || after.loading}
        error={failed.error}
        onRetry={() => void failed.reload()}
      />
    )
  }
  if (!beforeRoom || !afterRoom)
    return <p className="analysis-empty">{strings.errors.unexpected}</p>
  return (
    <Diff
      before={{ exp: before.data, room: beforeRoom }}
      after={{ exp: after.data, room: afterRoom }}
    />
  )
}

interface Side {
  readonly exp: WorkshopExport
  readonly room: ExportRoom
}

function Diff(props: { before: Side; after: Side }) {
  const { before, after } = props
  const diff = useMemo(() => diffRooms(before.room, after.room), [before.room, after.room])
  const lanes = useMemo(() => analysisLanes(after.exp.lanes), [after.exp.lanes])
  const rowOf = useMemo(
    () => ({
      before: (note: ExportRoom['notes'][number]) =>
        noteRowOf(before.exp, lanes.laneOf, before.room, note),
      after: (note: ExportRoom['notes'][number]) =>
        noteRowOf(after.exp, lanes.laneOf, after.room, note),
    }),
    [before, after, lanes],
  )
  const laneName = (laneId: string) => lanes.laneOf({ laneId }).name
  return (
    <DiffView
      diff={diff}
      rowOf={rowOf}
      laneName={laneName}
      beforeRoom={before.room}
      afterRoom={after.room}
      lanes={after.exp.lanes}
    />
  )
}
