import { useEffect } from 'react'
import { useWorkshopTitle } from '../hooks/use-workshop-title'
import { useAbilities } from '../hooks/use-role'
import { ConnectionBadge } from './ConnectionBadge'
import { PhaseBadge } from './PhaseBadge'
import { RoomSwitcher } from './RoomSwitcher'
import { RoundFilterSelect } from './RoundFilterSelect'
import { Icon, Logo } from './icons'
import { strings } from './strings'

/** The bar across the top: the workshop title, view-only badge, connection and panel toggle. */
export function BoardHeader(props: { panelOpen: boolean; onTogglePanel: () => void }) {
  const title = useWorkshopTitle() || strings.board.untitled
  const { canWrite } = useAbilities()

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
      <RoundFilterSelect />
      <ConnectionBadge />
      <button
        type="button"
        className="button button-secondary"
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
