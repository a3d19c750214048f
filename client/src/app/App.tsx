import { Route, Switch } from 'wouter'
import { LandingRoute } from './LandingRoute'
import { JoinRoute } from './JoinRoute'
import { FacilitateRoute } from './FacilitateRoute'
import { BoardRoute } from './BoardRoute'
import { NotFound } from '../ui/NotFound'

/** The app's pages. */
export function App() {
  return (
    <Switch>
      <Route path="/" component={LandingRoute} />
      <Route path="/w/:workshopId/join" component={JoinRoute} />
      <Route path="/w/:workshopId/facilitate" component={FacilitateRoute} />
      <Route path="/w/:workshopId" component={BoardRoute} />
      <Route component={NotFound} />
    </Switch>
  )
}
