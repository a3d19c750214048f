import { useSession } from '../session/session-context'
import { useDisplayMode } from '../hooks/use-display-mode'
import { setDisplayMode } from '../commands/display-commands'
import type { DisplayMode } from '../session/display-mode'
import { strings } from '../i18n/strings'

const t = strings.list
const MODES: readonly { mode: DisplayMode; label: string }[] = [
  { mode: 'board', label: t.board },
  { mode: 'list', label: t.list },
]

/** "Board / List": the canvas, or the same board as an accessible list. */
export function DisplayToggle() {
  const session = useSession()
  const current = useDisplayMode()
  return (
    <div className="display-toggle" role="group" aria-label={t.toggleLabel}>
      {MODES.map(({ mode, label }) => (
        <button
          key={mode}
          type="button"
          className="display-toggle-button"
          aria-pressed={current === mode}
          data-testid={`display-${mode}`}
          onClick={() => setDisplayMode(session, mode)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}
