import { useState } from 'react'
import { Redirect, useParams } from 'wouter'
import { SessionContext } from '../session/session-context'
import { useBoardSession } from '../session/use-board-session'
import { MessagePage } from '../ui/MessagePage'
import { joinPath } from '../ui/links'
import { strings } from '../ui/strings'
import { BoardScreen } from './BoardScreen'

/** `/w/:id`: opens the board with the saved token, or sends the person to join first. */
export function BoardRoute() {
  const { workshopId = '' } = useParams<{ workshopId: string }>()
  const [attempt, setAttempt] = useState(0)
  const state = useBoardSession(workshopId, attempt)

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
    case 'failed':
      return (
        <MessagePage message={state.network ? strings.errors.network : strings.board.loadFailed}>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAttempt((count) => count + 1)}
          >
            {strings.board.retry}
          </button>
        </MessagePage>
      )
    case 'ready':
      return (
        <SessionContext.Provider value={state.session}>
          <BoardScreen />
        </SessionContext.Provider>
      )
  }
}
