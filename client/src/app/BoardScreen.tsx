import { useState } from 'react'
import { useSession } from '../session/session-context'
import { BoardStage } from '../canvas/BoardStage'
import { BoardHeader } from '../ui/BoardHeader'
import { Toolbar } from '../ui/Toolbar'
import { ZoomControls } from '../ui/ZoomControls'
import { NoteEditor } from '../ui/NoteEditor'
import { ThreadEditor } from '../ui/ThreadEditor'
import { PeoplePanel } from '../ui/PeoplePanel'
import { ShareLinks } from '../ui/ShareLinks'
import { EmptyHint } from '../ui/EmptyHint'
import { FatalNotice } from '../ui/FatalNotice'
import { strings } from '../ui/strings'
import { useBoardShortcuts } from './use-board-shortcuts'

/** Wide screens show the side panel from the start; narrow ones keep the board clear. */
const PANEL_OPEN_MIN_WIDTH_PX = 900

/** The board page: header, canvas with its tools and editors, and the side panel. */
export function BoardScreen() {
  const session = useSession()
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth >= PANEL_OPEN_MIN_WIDTH_PX)
  useBoardShortcuts(session)

  return (
    <div className="board-page">
      <BoardHeader panelOpen={panelOpen} onTogglePanel={() => setPanelOpen((open) => !open)} />
      <div className="board-body">
        <main className="board-area">
          <BoardStage />
          {session.canWrite && <Toolbar />}
          <ZoomControls />
          <EmptyHint />
          <NoteEditor />
          {!panelOpen && <ThreadEditor floating />}
          {session.canWrite && <p className="board-tip">{strings.toolbar.shortcutsHint}</p>}
        </main>
        {panelOpen && (
          <aside id="side-panel" className="side-panel" aria-label={strings.panel.show}>
            <ThreadEditor floating={false} />
            <PeoplePanel />
            <ShareLinks />
          </aside>
        )}
      </div>
      <FatalNotice />
    </div>
  )
}
