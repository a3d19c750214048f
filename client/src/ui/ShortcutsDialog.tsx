import { useEffect, useRef } from 'react'
import { useSession } from '../session/session-context'
import { useShortcutsOpen } from '../hooks/use-shortcuts-open'
import { showShortcuts } from '../commands/keyboard-actions'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

const t = strings.access.shortcuts

/**
 * The keyboard shortcuts sheet (`?`): a modal dialog, so focus stays inside it (the page behind is
 * inert); Escape or Close shuts it and focus goes back to where it was.
 */
export function ShortcutsDialog() {
  const session = useSession()
  const open = useShortcutsOpen()
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    const opener = document.activeElement
    dialog.showModal()
    return () => {
      dialog.close()
      if (opener instanceof HTMLElement) opener.focus({ preventScroll: true })
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-heading"
      data-testid="shortcuts-dialog"
      onClose={() => showShortcuts(session, false)}
    >
      {open && (
        <>
          <div className="dialog-header">
            <h2 id="shortcuts-heading" className="dialog-title">
              {t.heading}
            </h2>
            <button
              type="button"
              className="button button-icon"
              aria-label={t.close}
              title={t.close}
              onClick={() => showShortcuts(session, false)}
            >
              <Icon name="close" />
            </button>
          </div>
          <p className="panel-hint">{t.intro}</p>
          {t.groups.map((group) => (
            <table key={group.heading} className="shortcuts-table">
              <caption>{group.heading}</caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t.keyHeader}</th>
                  <th scope="col">{t.actionHeader}</th>
                </tr>
              </thead>
              <tbody>
                {group.rows.map(([keys, action]) => (
                  <tr key={keys}>
                    <th scope="row">
                      <kbd>{keys}</kbd>
                    </th>
                    <td>{action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      )}
    </dialog>
  )
}
