import { Logo } from './icons'
import { strings } from '../i18n/strings'

/** Any address the app does not know. */
export function NotFound() {
  return (
    <main className="page page-center">
      <div className="card message-card">
        <Logo />
        <h1 className="form-heading">{strings.notFoundPage.heading}</h1>
        <p>{strings.notFoundPage.body}</p>
        <a className="button button-primary" href="/">
          {strings.board.goHome}
        </a>
      </div>
    </main>
  )
}
