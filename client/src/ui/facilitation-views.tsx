import { lazy, Suspense } from 'react'
import { strings } from '../i18n/strings'

// Only facilitators see the console and the overview of rooms: their code (about a fifth of the
// board's) is fetched when first shown, so participants on a slow connection never download it.
const FacilitatorConsole = lazy(() =>
  import('./console/FacilitatorConsole').then((module) => ({ default: module.FacilitatorConsole })),
)
const Overview = lazy(() =>
  import('./overview/Overview').then((module) => ({ default: module.Overview })),
)

const loading = <p className="panel-loading">{strings.board.loading}</p>

/** The facilitator console, loaded on first show. */
export function LazyConsole() {
  return (
    <Suspense fallback={loading}>
      <FacilitatorConsole />
    </Suspense>
  )
}

/** The overview of every room (facilitators), loaded on first show. */
export function LazyOverview(props: { full: boolean }) {
  return (
    <Suspense fallback={loading}>
      <Overview full={props.full} />
    </Suspense>
  )
}
