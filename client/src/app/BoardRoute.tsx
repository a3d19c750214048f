import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { Redirect, useParams } from 'wouter'
import { useStore } from '../hooks/use-store'
import type { RoomNavigator } from '../session/room-navigator'
import { NavigatorContext, SessionContext } from '../session/session-context'
import { useBoardSession } from '../session/use-board-session'
import { MessagePage } from '../ui/MessagePage'
import { Notice } from '../ui/Notice'
import { joinPath } from '../ui/links'
import { strings } from '../i18n/strings'
import { BoardScreen } from './BoardScreen'
import { preloadCanvas } from './load-canvas'

/** `/w/:id`: opens the board with the saved token, or sends the person to join first. */
export function BoardRoute() {
  const { workshopId = '' } = useParams<{ workshopId: string }>()
  const [attempt, setAttempt] = useState(0)
  const state = useBoardSession(workshopId, attempt)
  const [notice, setNotice] = useState<string | null>(null)
  // The server refused a change: drop this copy of the board and open it afresh.
  const reload = useCallback((reason: string) => {
    setNotice(reason ? strings.notice.refusedUpdate(reason) : strings.notice.refusedGeneric)
    setAttempt((count) => count + 1)
  }, [])
  const dismiss = useCallback(() => setNotice(null), [])
  // While the board's documents connect (waiting on the network), fetch the canvas's code.
  useEffect(preloadCanvas, [])
  return (
    <>
      {screenFor(state, workshopId, reload, () => setAttempt((count) => count + 1))}
      {notice && (
        <div className="notice-host">
          <Notice message={notice} onDismiss={dismiss} />
        </div>
      )}
    </>
  )
}

function screenFor(
  state: ReturnType<typeof useBoardSession>,
  workshopId: string,
  reload: (reason: string) => void,
  retry: () => void,
): ReactNode {
  switch (state.kind) {
    case 'loading':
      return <MessagePage message={strings.board.loading} busy />
    case 'needs-join':
      return <Redirect to={joinPath(workshopId, state.expired ? 'expired=1' : undefined)} replace />
    case 'not-found':
      return (
        <MessagePage message={strings.board.notFound}>
          <a className="button button-primary" href="/">
            {strings.board.goHome}
          </a>
        </MessagePage>
      )
    case 'removed':
      return (
        <MessagePage message={strings.fatal.removed}>
          <a className="button button-primary" href="/">
            {strings.board.goHome}
          </a>
        </MessagePage>
      )
    case 'failed':
      return (
        <MessagePage message={state.network ? strings.errors.network : strings.board.loadFailed}>
          <button type="button" className="button button-primary" onClick={retry}>
            {strings.board.retry}
          </button>
        </MessagePage>
      )
    case 'ready':
      return <OpenBoard navigator={state.navigator} onRefused={reload} />
  }
}

/** The board of whichever room the navigator has open now. */
function OpenBoard(props: { navigator: RoomNavigator; onRefused: (reason: string) => void }) {
  const session = useStore(props.navigator.session)
  return (
    <NavigatorContext.Provider value={props.navigator}>
      <SessionContext.Provider value={session}>
        <BoardScreen onRefused={props.onRefused} />
      </SessionContext.Provider>
    </NavigatorContext.Provider>
  )
}
