import { useCoarsePointer } from '../hooks/use-coarse-pointer'
import { strings } from '../i18n/strings'

/** A one-line tip in the corner of the board: how to weave, with a mouse or a finger. */
export function BoardTip() {
  const touch = useCoarsePointer()
  return (
    <p className="board-tip">{touch ? strings.toolbar.touchHint : strings.toolbar.shortcutsHint}</p>
  )
}
