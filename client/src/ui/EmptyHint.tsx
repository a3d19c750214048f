import { useAllNotes } from '../hooks/use-all-notes'
import { useAbilities } from '../hooks/use-role'
import { useEverSynced } from '../hooks/use-ever-synced'
import { strings } from '../i18n/strings'

/** A friendly first step on an empty board. */
export function EmptyHint() {
  const notes = useAllNotes()
  const synced = useEverSynced()
  const { canWrite } = useAbilities()
  if (!synced || notes.length > 0) return null
  return (
    <p className="empty-hint">{canWrite ? strings.board.emptyHint : strings.board.viewOnlyHint}</p>
  )
}
