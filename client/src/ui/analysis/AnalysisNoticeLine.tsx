import { useEffect } from 'react'
import { useAnalysisNotice } from '../../hooks/use-analysis-notice'
import { useAnalysis } from '../../session/analysis-context'
import { Icon } from '../icons'
import { strings } from '../../i18n/strings'

/** How long a success message stays; errors stay until dismissed. */
const NOTICE_MS = 6000

/** The last action's result (saved, applied, downloaded), or what went wrong. */
export function AnalysisNoticeLine() {
  const session = useAnalysis()
  const notice = useAnalysisNotice()
  useEffect(() => {
    if (!notice || notice.error) return
    const timer = window.setTimeout(() => session.notice.set(null), NOTICE_MS)
    return () => window.clearTimeout(timer)
  }, [notice, session])
  return (
    <div className="notice-host" role="status" aria-live="polite">
      {notice && (
        <div
          className={notice.error ? 'notice notice-error' : 'notice'}
          role={notice.error ? 'alert' : undefined}
          data-testid="analysis-notice"
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="button button-icon notice-close"
            aria-label={strings.notice.dismiss}
            onClick={() => session.notice.set(null)}
          >
            <Icon name="close" size={16} />
          </button>
        </div>
      )}
    </div>
  )
}
