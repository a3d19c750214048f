import { useSession } from '../session/session-context'
import { useViewport } from '../hooks/use-viewport'
import { fitToContent, zoomIn, zoomOut } from '../commands/view-commands'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** Zoom out, the zoom level, zoom in and fit-to-content. */
export function ZoomControls() {
  const session = useSession()
  const { scale } = useViewport()
  return (
    <div className="zoom-controls" role="group" aria-label={strings.toolbar.fitLabel}>
      <button
        type="button"
        className="button button-icon"
        data-testid="zoom-out"
        aria-label={strings.toolbar.zoomOut}
        title={strings.toolbar.zoomOut}
        onClick={() => zoomOut(session)}
      >
        <Icon name="minus" />
      </button>
      <output className="zoom-level" aria-live="polite">
        {Math.round(scale * 100)}%
      </output>
      <button
        type="button"
        className="button button-icon"
        data-testid="zoom-in"
        aria-label={strings.toolbar.zoomIn}
        title={strings.toolbar.zoomIn}
        onClick={() => zoomIn(session)}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="button button-ghost"
        data-testid="zoom-fit"
        title={strings.toolbar.fitLabel}
        onClick={() => fitToContent(session)}
      >
        <Icon name="fit" />
        {strings.toolbar.fit}
      </button>
    </div>
  )
}
