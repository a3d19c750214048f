import { laterStrings } from '../../i18n/strings-later'

/** What a view shows while its data loads, or when loading failed (with a way to try again). */
export function LoadState(props: {
  loading: boolean
  error: string | null
  onRetry: () => void
  message?: string
}) {
  if (props.error && !props.loading) {
    return (
      <div className="analysis-empty" role="alert">
        <p>{props.error}</p>
        <button type="button" className="button button-secondary" onClick={props.onRetry}>
          {laterStrings.analysis.retry}
        </button>
      </div>
    )
  }
  return (
    <div className="analysis-empty" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <p>{props.message ?? laterStrings.analysis.loadingData}</p>
    </div>
  )
}
