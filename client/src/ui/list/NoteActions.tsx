import { useEffect, useId, useRef, useState } from 'react'
import type { Lane } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { deleteFromList, dotFromList, saveFromList } from '../../commands/list-commands'
import { strings } from '../../i18n/strings'
import type { ListNote } from './list-model'
import { ConnectForm } from './ConnectForm'
import { MoveForm } from './MoveForm'
import { NoteForm } from './NoteForm'

const t = strings.list

type Panel = 'edit' | 'move' | 'connect'

/**
 * A note's buttons in the list: edit, move to another lane, connect to another note, delete, and
 * give or take back a dot. Edit, move and connect open a small form under the buttons.
 */
export function NoteActions(props: {
  item: ListNote
  lanes: readonly Lane[]
  textId: string
  changeable: boolean
  voting: boolean
  canAddDot: boolean
  mine: number
}) {
  const { item, textId, changeable } = props
  const { note } = item
  const session = useSession()
  const id = useId()
  const [panel, setPanel] = useState<Panel | null>(null)
  const editButton = useRef<HTMLButtonElement>(null)
  const moveButton = useRef<HTMLButtonElement>(null)
  const connectButton = useRef<HTMLButtonElement>(null)
  const returnTo = useRef<Panel | null>(null)
  const canConnect = session.canWrite && !session.drafts.has(note.id)

  useEffect(() => {
    // A form closed: focus goes back to the button that opened it.
    const opener = { edit: editButton, move: moveButton, connect: connectButton }
    if (panel === null && returnTo.current) opener[returnTo.current].current?.focus()
    returnTo.current = null
  }, [panel])

  function close(): void {
    returnTo.current = panel
    setPanel(null)
  }

  function toggle(which: Panel) {
    return {
      type: 'button' as const,
      className: 'button button-secondary button-small',
      'aria-expanded': panel === which,
      'aria-controls': panel === which ? `${id}-panel` : undefined,
      'aria-describedby': textId,
      'data-testid': `list-${which}`,
      onClick: () => setPanel(panel === which ? null : which),
    }
  }

  if (!changeable && !canConnect && !props.voting) return null
  return (
    <div className="list-actions">
      <div
        className="list-action-buttons"
        role="group"
        aria-label={t.actionsFor(note.text || strings.access.emptyNote)}
      >
        {changeable && (
          <button ref={editButton} {...toggle('edit')}>
            {t.edit}
          </button>
        )}
        {changeable && (
          <button ref={moveButton} {...toggle('move')}>
            {t.move}
          </button>
        )}
        {canConnect && (
          <button ref={connectButton} {...toggle('connect')}>
            {t.connect}
          </button>
        )}
        {changeable && (
          <button
            type="button"
            className="button button-ghost button-danger button-small"
            aria-describedby={textId}
            data-testid="list-delete"
            onClick={() => deleteFromList(session, note.id)}
          >
            {t.delete}
          </button>
        )}
        {props.voting && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-describedby={textId}
            data-testid="list-dot-give"
            disabled={!props.canAddDot}
            onClick={() => void dotFromList(session, note.id, false)}
          >
            {t.dotGive}
          </button>
        )}
        {props.voting && props.mine > 0 && (
          <button
            type="button"
            className="button button-ghost button-small"
            aria-describedby={textId}
            data-testid="list-dot-take"
            onClick={() => void dotFromList(session, note.id, true)}
          >
            {t.dotTake}
          </button>
        )}
      </div>
      {panel && (
        <div id={`${id}-panel`} className="list-action-panel">
          {panel === 'edit' && (
            <NoteForm
              label={t.editLabel}
              submitLabel={t.save}
              initialText={note.text}
              autoFocus
              onCancel={close}
              onSubmit={(text) => {
                saveFromList(session, note.id, text)
                close()
                return true
              }}
            />
          )}
          {panel === 'move' && <MoveForm item={item} lanes={props.lanes} onDone={close} />}
          {panel === 'connect' && <ConnectForm item={item} onDone={close} />}
        </div>
      )}
    </div>
  )
}
