import { describe, expect, it } from 'vitest'
import { API_ERROR_CODES, CloseCode } from '@weave/shared'
import { createWorkshop } from '../helpers/api.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { openRawSocket } from '../helpers/raw-socket.js'

// An outside client that puts percent-escapes no decoder accepts (`%zz`, an overlong `%C0%AE`, a
// lone `%`) where docs/api.md and docs/protocol.md expect an id or a document name.

const h = useHarness()
const MALFORMED = ['%zz', '%C0%AE', '%']

describe('malformed percent-escapes', () => {
  it('[API-5] in a path get the 404 of the id they stand for, never a 500', async () => {
    const running = await h.start()
    const workshop = await createWorkshop(running.httpUrl)
    const api = `${running.httpUrl}/api/workshops`
    const token = workshop.facilitatorToken
    for (const bad of MALFORMED) {
      for (const [method, path] of [
        ['GET', ''],
        ['DELETE', ''],
        ['GET', '/start'],
        ['GET', '/codebook'],
        ['POST', '/rounds'],
      ] as const) {
        const answer = await call(
          `${api}/${bad}${path}`,
          method,
          token,
          method === 'GET' ? undefined : {},
        )
        expect(answer, `${method} ${bad}${path}`).toMatchObject({
          status: 404,
          body: { error: { code: 'unknown_workshop' } },
        })
      }
      const join = await call(`${api}/${bad}/join`, 'POST', null, { joinCode: 'x' })
      expect(join.status, `join ${bad}`).toBeLessThan(500)
      const remove = await call(
        `${api}/${workshop.workshopId}/participants/${bad}/remove`,
        'POST',
        token,
        {},
      )
      expect(remove, `remove ${bad}`).toMatchObject({
        status: 404,
        body: { error: { code: 'unknown_participant' } },
      })
      const dots = await call(
        `${api}/${workshop.workshopId}/votes/current/dots/${workshop.rooms[0]!.roomId}/${bad}`,
        'DELETE',
        token,
      )
      expect(dots.status, `dots ${bad}`).toBeLessThan(500)
      expect(API_ERROR_CODES).toContain((dots.body as { error: { code: string } }).error.code)
    }
  })

  it('[PRO-6] in a document name close the socket with 4404 on connect, not 1011', async () => {
    const running = await h.start()
    const workshop = await createWorkshop(running.httpUrl)
    const names = [
      ...MALFORMED,
      `${workshop.workshopId}.room.%zz`,
      `${workshop.workshopId}.control%`,
      `${workshop.workshopId}.room.%C0%AE`,
    ]
    for (const name of names) {
      const socket = h.track(await openRawSocket(running.wsUrl, name, workshop.facilitatorToken))
      expect((await socket.closed).code, name).toBe(CloseCode.unknownDocument)
    }
  })
})
