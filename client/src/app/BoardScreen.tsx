import { useCallback, useEffect, useState } from 'react'
import { useSession } from '../session/session-context'
import { useRefused } from '../hooks/use-refused'
import { useNotice } from '../hooks/use-notice'
import { installAttentionSync } from '../commands/attention-sync'
import { dismissNotice } from '../commands/preference-commands'
import { BoardStage } from '../canvas/BoardStage'
import { BoardHeader } from '../ui/BoardHeader'
import { Toolbar } from '../ui/Toolbar'
import { ZoomControls } from '../ui/ZoomControls'
import { NoteEditor } from '../ui/NoteEditor'
import { ThreadEditor } from '../ui/ThreadEditor'
import { SidePanel } from '../ui/SidePanel'
import { EmptyHint } from '../ui/EmptyHint'
import { FatalNotice } from '../ui/FatalNotice'
import { BoardBanners } from '../ui/BoardBanners'
import { Notice } from '../ui/Notice'
import { Overview } from '../ui/overview/Overview'
import { useOverviewFull } from '../hooks/use-overview'
import { strings } from '../ui/strings'
import { useBoardShortcuts } from './use-board-shortcuts'

/** Wide screens show the side panel from the start; narrow ones keep the board clear. */
const PANEL_OPEN_MIN_WIDTH_PX = 900

/**
 * The board page: header, canvas with its tools, banners and editors, and the side panel.
 * `onRefused` is called when the server refused a change: the board must be opened afresh.
 */
export function BoardScreen(props: { onRefused: (reason: string) => void }) {
  const session = useSession()
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth >= PANEL_OPEN_MIN_WIDTH_PX)
  const refused = useRefused()
  const notice = useNotice()
  const overviewFull = useOverviewFull() && session.info.role === 'facilitator'
  const { onRefused } = props
  useBoardShortcuts(session)
  useEffect(() => installAttentionSync(session), [session])
  useEffect(() => {
    if (refused !== null) onRefused(refused)
  }, [refused, onRefused])
  const onDismissNotice = useCallback(() => dismissNotice(session), [session])

  return (
    <div className="board-page">
      <BoardHeader panelOpen={panelOpen} onTogglePanel={() => setPanelOpen((open) => !open)} />
      <div className="board-body">
        <main className="board-area" key={session.roomId}>
          <BoardStage />
          {session.canWrite && <Toolbar />}
          <BoardBanners />
          <ZoomControls />
          <EmptyHint />
          <NoteEditor />
          {!panelOpen && <ThreadEditor floating />}
          {session.canWrite && <p className="board-tip">{strings.toolbar.shortcutsHint}</p>}
          <Notice message={notice} onDismiss={onDismissNotice} />
          {overviewFull && <Overview full />}
        </main>
        {panelOpen && <SidePanel />}
      </div>
      <FatalNotice />
    </div>
  )
}
