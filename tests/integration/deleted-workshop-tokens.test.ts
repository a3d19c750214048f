import { describe, expect, it } from 'vitest'
import { CloseCode } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { useHarness } from '../helpers/harness.js'
import { openRawSocket } from '../helpers/raw-socket.js'

// An outside client holding the tokens of a workshop that was just deleted, read from
// docs/api.md ("Afterwards the old tokens get 404 unknown_workshop (sockets: 4404)").

const h = useHarness()
/** An id of the right shape that names nothing. */
const NOBODY = 'zzzzzzzzzzzzzz'
/** Routes that take no token: health, time, creating, importing and joining a workshop. */
const TOKEN_FREE = /^\/(healthz|api\/time|api\/workshops(\/import)?|api\/workshops\/[^/]+\/join)$/

/** A concrete path for a route's pattern: the workshop in the first group, unknown ids after. */
function examplePath(pattern: RegExp, workshopId: string): string {
  let group = 0
  const filled = pattern.source
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\((?:[^()]|\([^()]*\))*\)/g, (capture) => {
      if (group++ === 0) return workshopId
      return capture.includes('a-z.') ? 'json' : NOBODY
    })
    .replace(/\\(.)/g, '$1')
  if (!pattern.test(filled)) throw new Error(`no example path for ${pattern.source}`)
  return filled
}

describe("a deleted workshop's tokens", () => {
  it('[REL-36] get 404 unknown_workshop from every route and 4404 on every socket, and bring nothing of it back', async () => {
    const running = await h.start()
    const url = running.httpUrl
    const workshop = await createWorkshop(url, 'Gone soon')
    const other = await createWorkshop(url, 'Still here')
    const participant = await join(url, workshop)
    const observer = await join(url, workshop, { observer: true })
    const deleted = await fetch(`${url}/api/workshops/${workshop.workshopId}`, {
      method: 'DELETE',
      headers: {
        authorization: `Bearer ${workshop.facilitatorToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ confirm: 'Gone soon' }),
    })
    expect(deleted.status).toBe(200)
    const loadedAfterDeletion = running.server.stats().loadedRooms

    const tokens = {
      facilitator: workshop.facilitatorToken,
      participant: participant.token,
      observer: observer.token,
    }
    const wrong: string[] = []
    for (const { method, pattern } of running.server.routes) {
      const path = examplePath(pattern, workshop.workshopId)
      if (TOKEN_FREE.test(path)) continue
      for (const [role, token] of Object.entries(tokens)) {
        const res = await fetch(`${url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
          },
          ...(method === 'GET' ? {} : { body: '{}' }),
        })
        const body = (await res.json()) as { error?: { code?: string } }
        if (res.status !== 404 || body.error?.code !== 'unknown_workshop')
          wrong.push(`${role} ${method} ${path} → ${res.status} ${body.error?.code ?? ''}`)
      }
    }
    expect(wrong).toEqual([])

    // Sockets: its own documents and another workshop's, with the old token.
    for (const docName of [workshop.controlDoc, workshop.roomDoc, other.controlDoc]) {
      const socket = h.track(await openRawSocket(running.wsUrl, docName, workshop.facilitatorToken))
      expect((await socket.closed).code, docName).toBe(CloseCode.unknownDocument)
    }

    // Nothing of it was recreated: no room in memory, no document in the store.
    expect(running.server.stats().loadedRooms).toBe(loadedAfterDeletion)
    for (const docName of [workshop.controlDoc, workshop.roomDoc]) {
      const stored = await running.server.store.loadDoc(docName)
      expect(stored.updates, docName).toEqual([])
    }
    expect(await running.server.store.getWorkshop(workshop.workshopId)).toBeNull()
  })
})
