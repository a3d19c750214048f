import { setDisplayMode } from '../../commands/display-commands'
import { useSlowLinkNotice } from '../../hooks/use-slow-link-notice'
import { useSession } from '../../session/session-context'
import { strings } from '../../i18n/strings'

const t = strings.list

/** Says why a participant on a slow connection sees the list, with the way to the canvas. */
export function SlowLinkNotice() {
  const session = useSession()
  if (!useSlowLinkNotice()) return null
  return (
    <section className="slow-link-notice card" role="note" data-testid="slow-link-notice">
      <p>{t.slowLink}</p>
      <div className="slow-link-actions">
        <button
          type="button"
          className="button"
          data-testid="slow-link-show-board"
          onClick={() => setDisplayMode(session, 'board')}
        >
          {t.slowLinkShowBoard}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setDisplayMode(session, 'list')}
        >
          {t.slowLinkKeep}
        </button>
      </div>
    </section>
  )
}
