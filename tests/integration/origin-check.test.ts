import { describe, expect, it } from 'vitest'
import { loadConfig } from '@weave/server'
import { createWorkshop } from '../helpers/api.js'
import { useHarness } from '../helpers/harness.js'
import { attempt } from '../helpers/tickets.js'

const harness = useHarness()

const FOREIGN = 'https://evil.example'
const ALLOWED = 'https://board.example.org'

describe('browser origins: sync upgrades checked, CORS closed by default', () => {
  it('[REL-34] refuses an upgrade from a foreign Origin with 403; same origin and no Origin pass', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const url = `${running.wsUrl}/${workshop.roomDoc}?token=${workshop.facilitatorToken}`
    const own = new URL(running.httpUrl).origin
    expect(await attempt(url, { Origin: FOREIGN })).toEqual({ outcome: 'refused', status: 403 })
    expect(await attempt(url, { Origin: 'null' })).toEqual({ outcome: 'refused', status: 403 })
    // A look-alike: same host name, another port.
    expect(await attempt(url, { Origin: 'http://127.0.0.1:1' })).toEqual({
      outcome: 'refused',
      status: 403,
    })
    expect(await attempt(url, { Origin: ALLOWED })).toEqual({ outcome: 'refused', status: 403 })
    expect(await attempt(url, { Origin: own })).toEqual({ outcome: 'greeted' })
    // Behind a reverse proxy that passes the public host on.
    const proxied = { Origin: 'https://weave.example.org', 'X-Forwarded-Host': 'weave.example.org' }
    expect(await attempt(url, proxied)).toEqual({ outcome: 'greeted' })
    expect(await attempt(url)).toEqual({ outcome: 'greeted' })
  })

  it('[REL-34] lets allow-listed origins (WEAVE_ALLOWED_ORIGINS) open sockets', async () => {
    const running = await harness.start({ allowedOrigins: [ALLOWED] })
    const workshop = await createWorkshop(running.httpUrl)
    const url = `${running.wsUrl}/${workshop.roomDoc}?token=${workshop.facilitatorToken}`
    expect(await attempt(url, { Origin: ALLOWED })).toEqual({ outcome: 'greeted' })
    expect(await attempt(url, { Origin: `${ALLOWED}:8443` })).toEqual({
      outcome: 'refused',
      status: 403,
    })
    expect(await attempt(url, { Origin: FOREIGN })).toEqual({ outcome: 'refused', status: 403 })
  })

  it('[REL-34] grants no CORS by default: no Access-Control-Allow-Origin, preflights refused', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const api = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const get = await fetch(api, {
      headers: { Origin: FOREIGN, authorization: `Bearer ${workshop.facilitatorToken}` },
    })
    expect(get.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${running.httpUrl}/api/connect-tickets`, {
      method: 'OPTIONS',
      headers: {
        Origin: FOREIGN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })
    expect(preflight.ok).toBe(false)
    for (const header of [
      'access-control-allow-origin',
      'access-control-allow-methods',
      'access-control-allow-headers',
      'access-control-allow-credentials',
    ])
      expect(preflight.headers.get(header)).toBeNull()
  })

  it('[REL-34] grants CORS to allow-listed origins only', async () => {
    const running = await harness.start({ allowedOrigins: [ALLOWED] })
    const preflight = (origin: string) =>
      fetch(`${running.httpUrl}/api/connect-tickets`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      })
    const granted = await preflight(ALLOWED)
    expect(granted.status).toBe(204)
    expect(granted.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(granted.headers.get('access-control-allow-headers')).toContain('authorization')
    expect((await preflight(FOREIGN)).headers.get('access-control-allow-origin')).toBeNull()
    const health = await fetch(`${running.httpUrl}/healthz`, { headers: { Origin: ALLOWED } })
    expect(health.headers.get('access-control-allow-origin')).toBe(ALLOWED)
  })

  it('reads WEAVE_ALLOWED_ORIGINS as a comma-separated list of origins', () => {
    expect(
      loadConfig({ WEAVE_ALLOWED_ORIGINS: 'https://a.example, http://b.example:8080' })
        .allowedOrigins,
    ).toEqual(['https://a.example', 'http://b.example:8080'])
    expect(loadConfig({}).allowedOrigins).toEqual([])
    expect(() => loadConfig({ WEAVE_ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(
      /WEAVE_ALLOWED_ORIGINS/,
    )
  })
})
