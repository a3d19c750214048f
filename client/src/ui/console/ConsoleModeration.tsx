import { useCallback, useEffect, useState } from 'react'
import type { HiddenNote } from '@weave/shared'
import { hideNote, listHiddenNotes, restoreHiddenNote } from '../../commands/moderation-commands'
import { useSelection } from '../../hooks/use-selection'
import { useSession } from '../../session/session-context'
import { laterStrings } from '../../i18n/strings-later'

/** Hide the selected note from everyone, and put hidden notes back. */
export function ConsoleModeration() {
  const session = useSession()
  const selection = useSelection()
  const [hidden, setHidden] = useState<readonly HiddenNote[]>([])
  const text = laterStrings.console.moderation
  const selectedNote =
    selection?.kind === 'note' && !session.drafts.has(selection.id) ? selection.id : null

  const refresh = useCallback(async () => {
    const list = await listHiddenNotes(session)
    if (list) setHidden(list)
  }, [session])

  useEffect(() => {
    let live = true
    void listHiddenNotes(session).then((list) => {
      if (live && list) setHidden(list)
    })
    return () => {
      live = false
    }
  }, [session])

  return (
    <section className="panel-section" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading" className="panel-heading">
        {text.heading}
      </h2>
      <p className="panel-hint">{text.hideHint}</p>
      <button
        type="button"
        className="button"
        data-testid="hide-note"
        disabled={selectedNote === null}
        onClick={async () => {
          if (selectedNote && (await hideNote(session, selectedNote))) await refresh()
        }}
      >
        {text.hideSelected}
      </button>
      {hidden.length === 0 ? (
        <p className="panel-hint">{text.hiddenNone}</p>
      ) : (
        <ul className="hidden-notes">
          {hidden.map((item) => (
            <li key={`${item.roomId}/${item.note.id}`} data-testid="hidden-note">
              <span className="hidden-note-text">{item.note.text || '…'}</span>
              <button
                type="button"
                className="button button-small"
                data-testid="restore-note"
                onClick={async () => {
                  if (await restoreHiddenNote(session, item)) await refresh()
                }}
              >
                {text.restore}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
