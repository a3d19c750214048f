import { useEffect, useRef, useState } from 'react'
import { useSession } from '../session/session-context'
import { useUnsentEdits } from '../hooks/use-unsent-edits'
import { leaveWorkshop } from '../commands/leave-commands'
import { strings } from '../i18n/strings'

const t = strings.leave

/**
 * "Leave" in the board header, and the question it asks: leaving deletes what this device keeps
 * of the workshop, so it is confirmed, with a warning when notes written here are not sent yet.
 */
export function LeaveButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button button-ghost leave-button"
        data-testid="leave-button"
        aria-label={t.buttonLabel}
        title={t.buttonLabel}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t.button}
      </button>
      {open && <LeaveDialog onClose={() => setOpen(false)} />}
    </>
  )
}

/** A modal dialog: focus stays inside; Escape or "Stay" closes it and focus goes back. */
function LeaveDialog(props: { onClose: () => void }) {
  const session = useSession()
  const unsent = useUnsentEdits()
  const [state, setState] = useState<'asking' | 'leaving' | 'failed'>('asking')
  const ref = useRef<HTMLDialogElement>(null)
  const { onClose } = props

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement
    dialog.showModal()
    return () => {
      dialog.close()
      if (opener instanceof HTMLElement) opener.focus({ preventScroll: true })
    }
  }, [])

  function leave(): void {
    setState('leaving')
    leaveWorkshop(session).catch(() => setState('failed'))
  }

  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby="leave-heading"
      aria-describedby="leave-body"
      data-testid="leave-dialog"
      data-unsent={unsent}
      onClose={onClose}
    >
      <h2 id="leave-heading" className="dialog-title">
        {unsent ? t.unsentHeading : t.heading}
      </h2>
      <p id="leave-body">{unsent ? t.unsentBody : t.body}</p>
      {state === 'failed' && (
        <p role="alert" className="leave-failed">
          {t.failed}
        </p>
      )}
      <div className="leave-actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="leave-stay"
          disabled={state === 'leaving'}
          onClick={onClose}
        >
          {unsent ? t.wait : t.stay}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="leave-confirm"
          disabled={state === 'leaving'}
          onClick={leave}
        >
          {state === 'leaving' ? t.leaving : unsent ? t.leaveAnyway : t.confirm}
        </button>
      </div>
    </dialog>
  )
}
