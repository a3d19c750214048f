import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkshop, describe as describeWorkshop, join, postJson } from '../helpers/api.js'
import { startServer, type RunningServer } from '../helpers/server.js'

let running: RunningServer
beforeAll(async () => {
  running = await startServer()
})
afterAll(() => running.stop())

describe('HTTP API', () => {
  it('creates a workshop with one main room, then joins as participant, anonymous and observer', async () => {
    const workshop = await createWorkshop(running.httpUrl, 'Northern BC early years summit')
    expect(workshop.rooms).toHaveLength(1)
    expect(workshop.rooms[0]).toMatchObject({
      name: 'Main room',
      docName: `${workshop.workshopId}.room.${workshop.rooms[0]!.roomId}`,
    })
    expect(workshop.joinCode).toMatch(/^[A-Z0-9]{8}$/)

    const participant = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    expect(participant.role).toBe('participant')
    const anonymous = await join(running.httpUrl, workshop, { anonymous: true })
    const observer = await join(running.httpUrl, workshop, { observer: true })
    expect(observer.role).toBe('observer')

    const info = await describeWorkshop(running.httpUrl, workshop.workshopId, participant.token)
    expect(info.status).toBe(200)
    expect(info.body).toMatchObject({
      title: 'Northern BC early years summit',
      role: 'participant',
      displayName: 'Ana',
      sector: 'health',
    })
    expect(info.body.lanes.map((lane) => lane.name)).toEqual([
      'Health',
      'Education',
      'Child care',
      'Social services',
      'Government',
      'Community & non-profit',
      'Families & caregivers',
    ])
    expect(info.body.joinCode).toBeUndefined()
    const anonInfo = await describeWorkshop(running.httpUrl, workshop.workshopId, anonymous.token)
    expect(anonInfo.body.displayName).toBeNull()
    const facilitatorInfo = await describeWorkshop(
      running.httpUrl,
      workshop.workshopId,
      workshop.facilitatorToken,
    )
    expect(facilitatorInfo.body).toMatchObject({
      role: 'facilitator',
      joinCode: workshop.joinCode,
      observerCode: workshop.observerCode,
    })
  })

  it('[REL-18] answers bad input with a 4xx and a clear message, never a 500', async () => {
    const workshop = await createWorkshop(running.httpUrl)
    const base = running.httpUrl
    const cases: Array<[string, Promise<Response>, number, RegExp]> = [
      [
        'invalid JSON',
        fetch(`${base}/api/workshops`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"title":',
        }),
        400,
        /not valid JSON/,
      ],
      [
        'wrong type',
        fetch(`${base}/api/workshops`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"title":42}',
        }),
        400,
        /title/,
      ],
      [
        'not JSON',
        fetch(`${base}/api/workshops`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'hi',
        }),
        415,
        /JSON/,
      ],
      [
        'too large',
        fetch(`${base}/api/workshops`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'x'.repeat(100_000) }),
        }),
        413,
        /larger/,
      ],
      [
        'wrong code',
        fetch(`${base}/api/workshops/${workshop.workshopId}/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ joinCode: 'ZZZZ9999', displayName: 'A', sector: 'health' }),
        }),
        403,
        /code/,
      ],
      [
        'unknown workshop',
        fetch(`${base}/api/workshops/nosuchworkshop/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ joinCode: 'ZZZZ9999', anonymous: true }),
        }),
        404,
        /no workshop/,
      ],
      [
        'no token',
        fetch(`${base}/api/workshops/${workshop.workshopId}`),
        401,
        /Join the workshop again/,
      ],
      [
        'bad token',
        fetch(`${base}/api/workshops/${workshop.workshopId}`, {
          headers: { authorization: 'Bearer abc.def.ghi' },
        }),
        401,
        /expired/,
      ],
      ['unknown route', fetch(`${base}/api/nothing`), 404, /No API route/],
      ['wrong method', fetch(`${base}/api/workshops`, { method: 'DELETE' }), 405, /not allowed/],
    ]
    for (const [label, request, status, message] of cases) {
      const res = await request
      const body = (await res.json()) as { error: { code: string; message: string } }
      expect(res.status, label).toBe(status)
      expect(body.error.message, label).toMatch(message)
    }
    const other = await createWorkshop(running.httpUrl)
    const token = (await join(running.httpUrl, other)).token
    expect((await describeWorkshop(running.httpUrl, workshop.workshopId, token)).status).toBe(403)
  })

  it('[REL-19] reports health and sets security headers', async () => {
    const res = await fetch(`${running.httpUrl}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect((await postJson(`${running.httpUrl}/api/workshops`, { title: '  ' })).status).toBe(400)
  })
})
