import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { startServer, type RunningServer } from '../helpers/server.js'

/** Random JSON bodies per route, on top of the fixed hostile ones. */
const RANDOM_BODIES = Number(process.env.WEAVE_HTTP_FUZZ_RUNS ?? 25)
const SEED = Number(process.env.WEAVE_HTTP_FUZZ_SEED ?? 20261129)

let running: RunningServer
let workshop: TestWorkshop
let participantId: string

beforeAll(async () => {
  running = await startServer()
  workshop = await createWorkshop(running.httpUrl, 'HTTP fuzz')
  participantId = (await join(running.httpUrl, workshop, { name: 'Ana' })).participantId
})
afterAll(() => running.stop())

/**
 * A concrete path for a route's pattern: the first capture group is the workshop, an export
 * format gets `json`, a participant group the participant, every other id the main room (most are
 * then unknown ids of another kind: 404s, which is part of what is checked).
 */
function examplePath(pattern: RegExp): string {
  let group = 0
  const filled = pattern.source
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\((?:[^()]|\([^()]*\))*\)/g, (capture) => {
      if (group++ === 0) return workshop.workshopId
      if (capture.includes('a-z.')) return 'json'
      if (capture === '([^/]+)') return participantId
      return workshop.rooms[0]!.roomId
    })
    .replace(/\\(.)/g, '$1')
  if (!pattern.test(filled)) throw new Error(`no example path for ${pattern.source}`)
  return filled
}

/** Bodies no client sends: broken JSON, every wrong JSON type, nesting, size, wrong media type. */
const HOSTILE_BODIES: ReadonlyArray<{ name: string; body: string; type?: string }> = [
  { name: 'invalid JSON', body: '{"title":' },
  { name: 'empty', body: '' },
  { name: 'null', body: 'null' },
  { name: 'a number', body: '42' },
  { name: 'a string', body: '"hello"' },
  { name: 'an array', body: '[1,2,3]' },
  { name: 'wrong field types', body: '{"title":42,"count":"two","roomIds":{},"text":[]}' },
  { name: 'operator injection', body: '{"title":{"$gt":""},"confirm":{"$ne":null}}' },
  { name: '__proto__', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}' },
  { name: 'deep nesting', body: '['.repeat(5000) + ']'.repeat(5000) },
  { name: 'oversized', body: JSON.stringify({ title: 'x'.repeat(1024 * 1024) }) },
  { name: 'not JSON', body: 'title=hello', type: 'application/x-www-form-urlencoded' },
]

interface Answer {
  readonly route: string
  readonly input: string
  readonly status: number
  readonly text: string
}

async function send(
  method: string,
  path: string,
  input: string,
  body: string | undefined,
  type = 'application/json',
  token: string | null = workshop.facilitatorToken,
): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = type
  const res = await fetch(`${running.httpUrl}${path}`, { method, headers, body })
  return { route: `${method} ${path}`, input, status: res.status, text: await res.text() }
}

/** Every answer is a success or a 4xx whose JSON body explains itself; never a 5xx or a stack. */
function problems(answers: readonly Answer[]): string[] {
  return answers.flatMap((answer) => {
    const where = `${answer.route} (${answer.input}) → ${answer.status}`
    if (answer.status >= 500) return [`${where}: ${answer.text.slice(0, 200)}`]
    if (/\n\s+at |Error:|node_modules/.test(answer.text)) return [`${where}: leaks a stack`]
    if (answer.status < 400) return []
    try {
      const message = (JSON.parse(answer.text) as { error?: { message?: unknown } }).error?.message
      return typeof message === 'string' && message.length > 0 ? [] : [`${where}: no message`]
    } catch {
      return [`${where}: not JSON`]
    }
  })
}

describe('every API route, fed what no client sends', () => {
  it('[REL-18] answers 4xx with a clear message (or succeeds), never 5xx, for every route', async () => {
    const routes = running.server.routes
    expect(routes.length).toBeGreaterThan(40)
    const randomBodies = fc.sample(fc.json(), { numRuns: RANDOM_BODIES, seed: SEED })
    const answers: Answer[] = []
    for (const { method, pattern } of routes) {
      const path = examplePath(pattern)
      // Garbage in the query string and without a token, on every route.
      answers.push(
        await send(method, `${path}?room=..%2F..&snapshot=%00&deidentified=[]`, 'query', undefined),
      )
      answers.push(await send(method, path, 'no token', undefined, undefined, null))
      answers.push(await send(method, path, 'forged token', undefined, undefined, 'a.b.c'))
      if (method === 'GET') continue
      for (const { name, body, type } of HOSTILE_BODIES) {
        answers.push(await send(method, path, name, body, type))
      }
      for (const [i, body] of randomBodies.entries()) {
        answers.push(await send(method, path, `random JSON #${i}`, body))
      }
    }
    const statuses = new Map<number, number>()
    for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    console.log(
      `[http fuzz] ${answers.length} requests over ${routes.length} routes: ` +
        [...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${n}× ${s}`)
          .join(', '),
    )
    expect(problems(answers)).toEqual([])
    // The hostile bodies are refused, not taken: a 2xx for one of them would be a missing check.
    const taken = answers.filter(
      (a) => a.status < 300 && HOSTILE_BODIES.some((h) => h.name === a.input),
    )
    expect(taken.map((a) => `${a.route} (${a.input})`)).toEqual([])
    // The server is still fine.
    expect((await send('GET', '/healthz', 'health', undefined)).status).toBe(200)
  }, 180_000)
})
