import { lazy, Suspense } from 'react'
import { lazyReady } from './lazy-ready'
import { createModuleLoader } from './module-loader'
import { Route, Switch } from 'wouter'
import { LandingRoute } from './LandingRoute'
import { JoinRoute } from './JoinRoute'
import { FacilitateRoute } from './FacilitateRoute'
import { NotFound } from '../ui/NotFound'
import { MessagePage } from '../ui/MessagePage'
import { strings } from '../i18n/strings'

// The board (Konva, Yjs) loads only when a board is opened: the start and join pages stay light
// for people on slow connections.
// Its code is preloaded with the page (vite.config.ts), so main.tsx waits for it on a board page
// and the first render needs no fallback.
export const boardRoute = createModuleLoader(() =>
  import('./BoardRoute').then((module) => module.BoardRoute),
)
const BoardRoute = lazyReady(boardRoute)
// The analysis page is for facilitators after (or between) sessions: its own chunk, no canvas.
const AnalysisRoute = lazy(() =>
  import('./AnalysisRoute').then((module) => ({ default: module.AnalysisRoute })),
)

/** The app's pages. */
export function App() {
  return (
    <Switch>
      <Route path="/" component={LandingRoute} />
      <Route path="/w/:workshopId/join" component={JoinRoute} />
      <Route path="/w/:workshopId/facilitate" component={FacilitateRoute} />
      <Route path="/w/:workshopId/analysis">
        <Suspense fallback={<MessagePage message={strings.analysisPage.loading} busy />}>
          <AnalysisRoute />
        </Suspense>
      </Route>
      <Route path="/w/:workshopId">
        <Suspense fallback={<MessagePage message={strings.board.loading} busy />}>
          <BoardRoute />
        </Suspense>
      </Route>
      <Route component={NotFound} />
    </Switch>
  )
}
