import { useEffect } from 'react'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** How long a notice stays before it fades away by itself. */
const NOTICE_MS = 6000

/** A short message at the bottom of the board (a refused change...), gone after a moment. */
export function Notice(props: { message: string | null; onDismiss: () => void }) {
  const { message, onDismiss } = props
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(onDismiss, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [message, onDismiss])
  if (!message) return null
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{message}</span>
      <button
        type="button"
        className="button button-icon notice-close"
        aria-label={strings.notice.dismiss}
        onClick={onDismiss}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  )
}
