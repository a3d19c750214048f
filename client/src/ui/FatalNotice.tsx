import { CloseCode } from '@weave/shared'
import { leaveWorkshop } from '../commands/leave-commands'
import { useFatalCloseCode } from '../hooks/use-fatal-close'
import { useSession } from '../session/session-context'
import { joinPath } from './links'
import { strings } from '../i18n/strings'

function messageFor(code: number): string {
  if (code === CloseCode.forbidden) return strings.fatal.forbidden
  if (code === CloseCode.unknownDocument) return strings.fatal.unknown
  if (code === CloseCode.removed) return strings.fatal.removed
  if (code === CloseCode.workshopDeleted) return strings.fatal.deleted
  return strings.fatal.expired
}

/** Shown when the server ends the connection for good (expired invitation, unknown board...). */
export function FatalNotice() {
  const code = useFatalCloseCode()
  const session = useSession()
  const { workshopId } = session
  if (code === null) return null
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="fatal-message">
      <div className="card overlay-card">
        <p id="fatal-message" className="overlay-message" data-testid="fatal-message">
          {messageFor(code)}
        </p>
        {/* Joining again is no way back for someone a facilitator removed. */}
        {code !== CloseCode.unknownDocument &&
          code !== CloseCode.removed &&
          code !== CloseCode.workshopDeleted && (
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
        {code === CloseCode.workshopDeleted || code === CloseCode.removed ? (
          // Nothing of a deleted workshop, or of one you were removed from, should stay here.
          <button
            type="button"
            className="button button-primary"
            data-testid="fatal-forget"
            onClick={() => void leaveWorkshop(session)}
          >
            {strings.fatal.forgetAndGoHome}
          </button>
        ) : (
          <a className="button button-ghost" href="/">
            {strings.board.goHome}
          </a>
        )}
      </div>
    </div>
  )
}
