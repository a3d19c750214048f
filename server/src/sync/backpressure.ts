import type { WebSocket } from 'ws'
import type { FrameKind } from '../wire/frames.js'

/**
 * Limits on what one client may have queued (sent by the server, not yet taken by the network).
 * Past `maxBufferedBytes` / PRESENCE_SKIP_SHARE, presence frames (cursors, who's here) are skipped
 * for that client: presence is the bulk of a large room's traffic (175 people moving cursors is
 * ~140 kB/s per client, three times a 400 kbit/s link) and each frame carries the latest state, so
 * a skipped one is replaced by the next, and a slow client sees cursors move less often instead
 * of falling further and further behind. Past `maxBufferedBytes` (WEAVE_MAX_BUFFERED_BYTES,
 * 16 MiB), the client is not keeping up even with the board: it is closed (4408) and reconnects,
 * syncing only what it lacks, instead of the server holding an ever-growing queue (a 30-minute
 * soak with lagging clients grew the server by 1 GB/hour before these limits).
 */
export const PRESENCE_SKIP_SHARE = 256

/**
 * Sends frames to one client within the limits above; `tooSlow` is called (for each frame that
 * finds the queue over `maxBufferedBytes`) to close the connection.
 */
export function createSender(
  ws: WebSocket,
  maxBufferedBytes: number,
  tooSlow: () => void,
): (frame: Uint8Array, kind: FrameKind) => void {
  const presenceLimit = maxBufferedBytes / PRESENCE_SKIP_SHARE
  return (frame, kind) => {
    if (ws.readyState !== ws.OPEN) return
    if (ws.bufferedAmount > maxBufferedBytes) return tooSlow()
    if (kind === 'presence' && ws.bufferedAmount > presenceLimit) return
    ws.send(frame, { binary: true })
  }
}
