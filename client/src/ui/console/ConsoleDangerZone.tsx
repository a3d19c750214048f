import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { deleteWorkshopForGood } from '../../commands/deletion-commands'
import { useWorkshopTitle } from '../../hooks/use-workshop-title'
import { useSession } from '../../session/session-context'
import { laterStrings } from '../../i18n/strings-later'
import { Field } from '../Field'

const t = laterStrings.deletion

/**
 * The console's danger zone: deleting the whole workshop, behind a plain warning and the title
 * typed out (the server checks the title too).
 */
export function ConsoleDangerZone() {
  const session = useSession()
  const title = useWorkshopTitle()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const matches = typed.trim() !== '' && typed.trim() === title.trim()

  function close(): void {
    setOpen(false)
    setTyped('')
    // Back to the button that opened the form, so keyboard users keep their place.
    requestAnimationFrame(() => opener.current?.focus())
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation()
      close()
    }
  }

  return (
    <section
      className="panel-section danger-zone"
      aria-labelledby={`${id}-heading`}
      data-testid="console-danger-zone"
    >
      <h2 id={`${id}-heading`} className="panel-heading">
        {t.heading}
      </h2>
      <p id={`${id}-warning`} className="danger-zone-warning">
        {t.warning}
      </p>
      {!open ? (
        <button
          ref={opener}
          type="button"
          className="button button-danger-solid"
          aria-expanded={false}
          data-testid="delete-workshop-open"
          onClick={() => setOpen(true)}
        >
          {t.open}
        </button>
      ) : (
        <form
          className="console-form"
          onKeyDown={onKeyDown}
          onSubmit={async (event) => {
            event.preventDefault()
            if (!matches || busy) return
            setBusy(true)
            if (!(await deleteWorkshopForGood(session, title, typed.trim()))) setBusy(false)
          }}
        >
          <Field
            label={t.confirmLabel(title)}
            describedBy={`${id}-warning`}
            hint={typed.trim() !== '' && !matches ? t.mismatch : ''}
            hintLive
            bare
          >
            {(control) => (
              <input
                {...control}
                className="input"
                data-testid="delete-workshop-confirm"
                autoComplete="off"
                autoFocus
                value={typed}
                onChange={(event) => setTyped(event.currentTarget.value)}
              />
            )}
          </Field>
          <div className="console-actions">
            <button
              type="submit"
              className="button button-danger-solid"
              data-testid="delete-workshop-submit"
              disabled={!matches || busy}
            >
              {busy ? t.deleting : t.confirm}
            </button>
            <button type="button" className="button button-ghost" disabled={busy} onClick={close}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
