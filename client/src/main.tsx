import './csp-safe-validation'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, boardRoute } from './app/App'
import { locale } from './i18n/i18n'
import { boardWorkshopId } from './session/early-requests'
import './styles.css'
import './styles-rooms.css'
import './styles-access.css'
import './styles-list.css'
import './styles-offline.css'

document.documentElement.lang = locale
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
// A board page's route code was preloaded: let it in before the first render (see lazy-ready.tsx).
const boardPage = boardWorkshopId(location.pathname) !== null
void (boardPage ? boardRoute.load().catch(() => {}) : Promise.resolve()).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
