import { useSession } from '../session/session-context'
import { useHistory } from '../hooks/use-history'
import { useSelection } from '../hooks/use-selection'
import { usePostAnonymously } from '../hooks/use-post-anonymously'
import { addNoteInView } from '../commands/note-commands'
import { redo, undo } from '../commands/history-commands'
import { canRemoveSelection, removeSelection } from '../commands/selection-delete'
import { boardChangeRefusal } from '../commands/note-policy'
import { useBoardState } from '../hooks/use-board-state'
import { setPostAnonymously } from '../commands/preference-commands'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'

/** The main board tools: add a note, undo, redo, delete what is selected. */
export function Toolbar() {
  const session = useSession()
  const history = useHistory()
  const selection = useSelection()
  const anonymous = usePostAnonymously()
  // Read so the buttons follow locks and phase changes.
  useBoardState()
  const locked = boardChangeRefusal(session) !== null
  return (
    <div className="toolbar" role="toolbar" aria-label={strings.toolbar.label}>
      <button
        type="button"
        className="button button-primary"
        data-testid="add-note"
        disabled={locked}
        onClick={() => void addNoteInView(session)}
      >
        <Icon name="note" />
        {strings.toolbar.addNote}
      </button>
      {/* Facilitators are named: only participants' anonymous notes go through the server. */}
      {session.author.name !== null && session.info.role === 'participant' && (
        <label className="checkbox toolbar-check" title={strings.anonymous.hint}>
          <input
            type="checkbox"
            data-testid="post-anonymously"
            checked={anonymous}
            disabled={locked}
            aria-label={strings.anonymous.label}
            onChange={(event) => setPostAnonymously(session, event.currentTarget.checked)}
          />
          <span className="hide-narrow">{strings.anonymous.label}</span>
        </label>
      )}
      <span className="toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="button button-ghost"
        data-testid="undo"
        aria-label={strings.toolbar.undo}
        disabled={locked || !history.canUndo}
        title={`${strings.toolbar.undo} (${MOD}Z)`}
        onClick={() => undo(session)}
      >
        <Icon name="undo" />
        <span className="hide-narrow">{strings.toolbar.undo}</span>
      </button>
      <button
        type="button"
        className="button button-ghost"
        data-testid="redo"
        aria-label={strings.toolbar.redo}
        disabled={locked || !history.canRedo}
        title={`${strings.toolbar.redo} (${MOD}Shift+Z)`}
        onClick={() => redo(session)}
      >
        <Icon name="redo" />
        <span className="hide-narrow">{strings.toolbar.redo}</span>
      </button>
      {selection && canRemoveSelection(session) && (
        <>
          <span className="toolbar-divider" aria-hidden="true" />
          <button
            type="button"
            className="button button-ghost button-danger"
            data-testid="delete-selected"
            aria-label={strings.toolbar.deleteSelected}
            onClick={() => removeSelection(session)}
          >
            <Icon name="trash" />
            <span className="hide-narrow">{strings.toolbar.deleteSelected}</span>
          </button>
        </>
      )}
    </div>
  )
}
