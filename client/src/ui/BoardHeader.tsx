import { useEffect } from 'react'
import { useSession } from '../session/session-context'
import { useWorkshopTitle } from '../hooks/use-workshop-title'
import { useAbilities } from '../hooks/use-role'
import { useDisplayMode } from '../hooks/use-display-mode'
import { showShortcuts } from '../commands/keyboard-actions'
import { DisplayToggle } from './DisplayToggle'
import { ConnectionBadge } from './ConnectionBadge'
import { LeaveButton } from './LeaveDialog'
import { PhaseBadge } from './PhaseBadge'
import { RoomSwitcher } from './RoomSwitcher'
import { RoundFilterSelect } from './RoundFilterSelect'
import { Icon, Logo } from './icons'
import { strings } from '../i18n/strings'

/**
 * The bar across the top: the workshop title, room, view-only badge, Board / List, shortcuts,
 * connection and panel toggle. It wraps onto more lines rather than overflow (high zoom, phones).
 */
export function BoardHeader(props: { panelOpen: boolean; onTogglePanel: () => void }) {
  const session = useSession()
  const title = useWorkshopTitle() || strings.board.untitled
  const { canWrite } = useAbilities()
  const list = useDisplayMode() === 'list'

  useEffect(() => {
    document.title = `${title} – ${strings.appName}`
    return () => {
      document.title = strings.appName
    }
  }, [title])

  return (
    <header className="board-header">
      <a className="brand" href="/" aria-label={strings.board.goHome}>
        <Logo />
      </a>
      <h1 className="board-title" data-testid="workshop-title">
        {title}
      </h1>
      <PhaseBadge />
      <RoomSwitcher />
      {!canWrite && (
        <span
          className="view-only-badge"
          data-testid="view-only"
          title={strings.board.viewOnlyHint}
        >
          <Icon name="eye" size={16} />
          {strings.board.viewOnly}
        </span>
      )}
      <div className="header-spacer" />
      <DisplayToggle />
      <RoundFilterSelect />
      <ConnectionBadge />
      <LeaveButton />
      {!list && (
        <button
          type="button"
          className="button button-ghost button-icon shortcuts-button"
          data-testid="shortcuts-button"
          aria-label={strings.access.shortcuts.open}
          title={strings.access.shortcuts.open}
          onClick={() => showShortcuts(session, true)}
        >
          <span aria-hidden="true" className="shortcuts-mark">
            ?
          </span>
        </button>
      )}
      <button
        type="button"
        className="button button-secondary panel-toggle"
        aria-expanded={props.panelOpen}
        aria-label={props.panelOpen ? strings.panel.hide : strings.panel.show}
        aria-controls="side-panel"
        onClick={props.onTogglePanel}
      >
        <Icon name="people" />
        <span className="hide-narrow">
          {props.panelOpen ? strings.panel.hide : strings.panel.show}
        </span>
      </button>
    </header>
  )
}
