import { Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type Konva from 'konva'
import { useNavigator, useSession } from '../session/session-context'
import { useRefused } from '../hooks/use-refused'
import { useNotice } from '../hooks/use-notice'
import { useDisplayMode } from '../hooks/use-display-mode'
import { installAttentionSync } from '../commands/attention-sync'
import { installCursorPrivacy } from '../commands/cursor-privacy'
import { installArrivalAnnouncements, installEventAnnouncements } from '../commands/announce-events'
import { dismissNotice } from '../commands/preference-commands'
import { installDebugHandle } from '../canvas/debug-handle'
import { BOARD_CANVAS_ID } from '../canvas/board-focus'
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
import { LazyOverview } from '../ui/facilitation-views'
import { SlowLinkNotice } from '../ui/list/SlowLinkNotice'
import { ShortcutsDialog } from '../ui/ShortcutsDialog'
import { LiveRegions } from '../ui/LiveRegions'
import { FirstVisitHint } from '../ui/FirstVisitHint'
import { SkipLink } from '../ui/SkipLink'
import { BoardTip } from '../ui/BoardTip'
import { BOARD_LIST_ID, ListView } from '../ui/list/ListView'
import { useOverviewFull } from '../hooks/use-overview'
import { strings } from '../i18n/strings'
import { useBoardShortcuts } from './use-board-shortcuts'
import { canvasLoader } from './load-canvas'
import { lazyReady } from './lazy-ready'
import { useOfflineShell } from './offline-shell'

// The canvas (Konva) is its own chunk: the list view, and so phones and slow connections that
// start there, never wait for it.
const BoardStage = lazyReady(canvasLoader)

/** Wide screens show the side panel from the start; narrow ones keep the board clear. */
const PANEL_OPEN_MIN_WIDTH_PX = 900

/**
 * The board page: header, the board (a canvas with its tools, or the same board as a list),
 * banners and editors, and the side panel. `onRefused` is called when the server refused a
 * change: the board must be opened afresh.
 */
export function BoardScreen(props: { onRefused: (reason: string) => void }) {
  const session = useSession()
  const navigator = useNavigator()
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth >= PANEL_OPEN_MIN_WIDTH_PX)
  const refused = useRefused()
  const notice = useNotice()
  const list = useDisplayMode() === 'list'
  const overviewFull = useOverviewFull() && session.info.role === 'facilitator'
  const stageRef = useRef<Konva.Stage | null>(null)
  const onStage = useCallback((stage: Konva.Stage | null) => {
    stageRef.current = stage
  }, [])
  const { onRefused } = props
  const { announcer } = session.workshop
  useBoardShortcuts(session, list)
  useOfflineShell()
  useEffect(() => installAttentionSync(session), [session])
  useEffect(() => installCursorPrivacy(session), [session])
  useEffect(() => installEventAnnouncements(session), [session])
  useEffect(() => installArrivalAnnouncements(navigator, announcer.say), [navigator, announcer])
  useEffect(() => installDebugHandle(() => stageRef.current, session), [session])
  useEffect(() => {
    if (refused !== null) onRefused(refused)
  }, [refused, onRefused])
  const onDismissNotice = useCallback(() => dismissNotice(session), [session])

  return (
    <div className="board-page">
      <SkipLink targetId={list ? BOARD_LIST_ID : BOARD_CANVAS_ID} />
      <BoardHeader panelOpen={panelOpen} onTogglePanel={() => setPanelOpen((open) => !open)} />
      <div className="board-body">
        {list ? (
          <main className="list-area" key={session.roomId} tabIndex={-1}>
            <BoardBanners />
            <SlowLinkNotice />
            <FirstVisitHint list />
            <ListView />
            <Notice message={notice} onDismiss={onDismissNotice} />
            {overviewFull && <LazyOverview full />}
          </main>
        ) : (
          <main className="board-area" key={session.roomId} tabIndex={-1}>
            <Suspense fallback={<p className="board-loading">{strings.board.loading}</p>}>
              <BoardStage onStage={onStage} />
            </Suspense>
            {session.canWrite && <Toolbar />}
            <BoardBanners />
            <ZoomControls />
            <EmptyHint />
            <NoteEditor />
            {!panelOpen && <ThreadEditor floating />}
            <FirstVisitHint list={false} />
            {session.canWrite && <BoardTip />}
            <Notice message={notice} onDismiss={onDismissNotice} />
            {overviewFull && <LazyOverview full />}
          </main>
        )}
        {panelOpen && <SidePanel />}
      </div>
      <FatalNotice />
      <ShortcutsDialog />
      <LiveRegions />
    </div>
  )
}
