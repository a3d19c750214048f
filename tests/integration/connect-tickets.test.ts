import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '@weave/shared'
import { createTicketSocket } from '../../client/src/session/ticket-socket.js'
import { createWorkshop, join } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'
import { attempt, fetchTicket } from '../helpers/tickets.js'
import { waitForEvent } from '../helpers/wait.js'

const harness = useHarness()

describe('connect tickets (no token in the sync URL)', () => {
  it('[REL-32] opens a document once: the same URL a second time is refused with 4401', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const { token } = await join(running.httpUrl, workshop)
    const { ticket } = await fetchTicket(running.httpUrl, token, workshop.roomDoc)
    const url = `${running.wsUrl}/${workshop.roomDoc}?ticket=${ticket}`
    expect(await attempt(url)).toEqual({ outcome: 'greeted' })
    expect(await attempt(url)).toEqual({ outcome: 'closed', code: CloseCode.unauthenticated })
  })

  it('[REL-32] refuses an expired ticket (the lifetime is WEAVE_CONNECT_TICKET_TTL_SECONDS)', async () => {
    let offsetMs = 0
    const clock = { now: () => Date.now() + offsetMs }
    const running = await harness.start({ connectTicketTtlSeconds: 30 }, { clock })
    const workshop = await createWorkshop(running.httpUrl)
    const { token } = await join(running.httpUrl, workshop)
    const fresh = await fetchTicket(running.httpUrl, token, workshop.roomDoc)
    const stale = await fetchTicket(running.httpUrl, token, workshop.roomDoc)
    expect(stale.expiresAt - clock.now()).toBeLessThanOrEqual(30_000)
    const at = (ticket: string) => `${running.wsUrl}/${workshop.roomDoc}?ticket=${ticket}`
    offsetMs = 29_000
    expect(await attempt(at(fresh.ticket))).toEqual({ outcome: 'greeted' })
    offsetMs = 30_001
    expect(await attempt(at(stale.ticket))).toEqual({
      outcome: 'closed',
      code: CloseCode.unauthenticated,
    })
  })

  it('[REL-32] keeps a ticket to its workshop and its document; needs a valid token; hashes it', async () => {
    const running = await harness.start()
    const a = await createWorkshop(running.httpUrl, 'A')
    const b = await createWorkshop(running.httpUrl, 'B')
    const { token } = await join(running.httpUrl, a)
    // Issued for any of A's documents: B's room is still refused.
    const anyOfA = await fetchTicket(running.httpUrl, token)
    expect(await attempt(`${running.wsUrl}/${b.roomDoc}?ticket=${anyOfA.ticket}`)).toEqual({
      outcome: 'closed',
      code: CloseCode.forbidden,
    })
    // Issued for B's room with A's token: refused all the same.
    const forB = await fetchTicket(running.httpUrl, token, b.roomDoc)
    expect(await attempt(`${running.wsUrl}/${b.roomDoc}?ticket=${forB.ticket}`)).toEqual({
      outcome: 'closed',
      code: CloseCode.forbidden,
    })
    // Issued for A's room: A's control document is another document.
    const forRoom = await fetchTicket(running.httpUrl, token, a.roomDoc)
    expect(await attempt(`${running.wsUrl}/${a.controlDoc}?ticket=${forRoom.ticket}`)).toEqual({
      outcome: 'closed',
      code: CloseCode.unauthenticated,
    })
    const noToken = await call(`${running.httpUrl}/api/connect-tickets`, 'POST', null, {})
    expect(noToken.status).toBe(401)
    const forged = await call(`${running.httpUrl}/api/connect-tickets`, 'POST', `${token}x`, {})
    expect(forged.status).toBe(401)
    // Only a hash is kept: the ticket itself is nowhere in the database file.
    const kept = await fetchTicket(running.httpUrl, token, a.roomDoc)
    await running.stop() // flushes the WAL; stopping again after the test is harmless
    const files = fs.readdirSync(running.dataDir).filter((f) => f.startsWith('weave.sqlite'))
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(running.dataDir, file))
      expect(bytes.includes(Buffer.from(kept.ticket))).toBe(false)
    }
  })

  it('[REL-32] the browser socket fetches a fresh ticket for every connect and reconnect', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const { token } = await join(running.httpUrl, workshop)
    const urls: string[] = []
    class Recording extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        urls.push(String(url))
        super(url, protocols)
      }
    }
    const TicketSocket = createTicketSocket(
      async () => (await fetchTicket(running.httpUrl, token, workshop.roomDoc)).ticket,
      Recording as unknown as typeof globalThis.WebSocket,
    )
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(running.wsUrl, workshop.roomDoc, doc, {
      WebSocketPolyfill: TicketSocket,
      disableBc: true,
      maxBackoffTime: 200,
    })
    const syncedTimes = (n: number) => {
      let count = 0
      return waitForEvent(
        `sync ${n}`,
        (onChange) => {
          const on = (synced: boolean) => {
            if (synced) count++
            onChange()
          }
          provider.on('sync', on)
          return () => provider.off('sync', on)
        },
        () => count >= n,
      )
    }
    try {
      const first = syncedTimes(1)
      await first
      // The socket drops: y-websocket reconnects by itself, and the class fetches a new ticket.
      const second = syncedTimes(1)
      provider.ws?.close()
      await second
      expect(urls).toHaveLength(2)
      expect(new Set(urls).size).toBe(2)
      for (const url of urls) {
        expect(url).toMatch(/\?ticket=[A-Za-z0-9_-]{43}$/)
        expect(url).not.toContain('token=')
      }
    } finally {
      provider.destroy()
      doc.destroy()
    }
  })

  it('still accepts ?token= from API clients (documented in docs/protocol.md)', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const { token } = await join(running.httpUrl, workshop)
    expect(await attempt(`${running.wsUrl}/${workshop.roomDoc}?token=${token}`)).toEqual({
      outcome: 'greeted',
    })
  })
})
