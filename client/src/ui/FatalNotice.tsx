import { CloseCode } from '@weave/shared'
import { useFatalCloseCode } from '../hooks/use-fatal-close'
import { useSession } from '../session/session-context'
import { joinPath } from './links'
import { strings } from './strings'

function messageFor(code: number): string {
  if (code === CloseCode.forbidden) return strings.fatal.forbidden
  if (code === CloseCode.unknownDocument) return strings.fatal.unknown
  return strings.fatal.expired
}

/** Shown when the server ends the connection for good (expired invitation, unknown board...). */
export function FatalNotice() {
  const code = useFatalCloseCode()
  const { workshopId } = useSession()
  if (code === null) return null
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="fatal-message">
      <div className="card overlay-card">
        <p id="fatal-message" className="overlay-message" data-testid="fatal-message">
          {messageFor(code)}
        </p>
        {code !== CloseCode.unknownDocument && (
          <a
            className="button button-primary"
            href={joinPath(
              workshopId,
              code === CloseCode.unauthenticated ? 'expired=1' : undefined,
            )}
          >
            {strings.fatal.joinAgain}
          </a>
        )}
        <a className="button button-ghost" href="/">
          {strings.board.goHome}
        </a>
      </div>
    </div>
  )
}
