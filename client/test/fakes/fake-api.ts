import { vi } from 'vitest'

/** One request a command sent, as the server would have received it. */
export interface RecordedRequest {
  readonly method: string
  /** The path with its query, as given to fetch (`/api/workshops/w1/votes`). */
  readonly path: string
  /** The JSON body, parsed (undefined when none was sent). */
  readonly body: unknown
  /** The bearer token, or null when none was sent. */
  readonly token: string | null
}

/** What the fake server answers: JSON with a status, or a raw Response (downloads). */
export type FakeReply = { readonly status?: number; readonly json?: unknown } | Response

type Responder = (request: RecordedRequest) => FakeReply

/**
 * The HTTP API as commands see it, through `fetch`: every request is recorded, and each route
 * answers what the test said (`answer`, `refuse`). A route nobody set up answers 501 with a
 * sentence naming it, so a forgotten answer shows up in the notice a test reads.
 */
export interface FakeApi {
  readonly requests: RecordedRequest[]
  /**
   * Answers a route (`METHOD path`, e.g. `POST /api/workshops/w1/votes`) with this JSON body and
   * 200, or with what `reply` returns for each request; the latest answer wins.
   */
  readonly answer: (route: string, reply: unknown | Responder) => void
  /** The route fails as the server does: `status` with `{ error: { code, message } }`. */
  readonly refuse: (route: string, status: number, code: string, message: string) => void
  /** While true, every request fails before reaching the server (fetch rejects). */
  readonly unreachable: (down: boolean) => void
  /** The requests sent to one route, oldest first. */
  readonly sentTo: (route: string) => RecordedRequest[]
  /** Resolves once every request sent so far is answered and what awaited it has run. */
  readonly settled: () => Promise<void>
}

/** `{ error: { code, message } }`, the body of every API error. */
export function apiError(status: number, code: string, message: string): FakeReply {
  return { status, json: { error: { code, message } } }
}

function headerOf(init: RequestInit | undefined, name: string): string | null {
  const headers = (init?.headers ?? {}) as Record<string, string>
  return headers[name] ?? null
}

/** Lets promise callbacks queued by answered requests run (one macrotask turn). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Installs a fake `fetch` for the test (undo with `vi.unstubAllGlobals()` after each test) and
 * returns its recorder.
 */
export function installFakeApi(): FakeApi {
  const requests: RecordedRequest[] = []
  const routes = new Map<string, Responder>()
  const pending = new Set<Promise<unknown>>()
  let down = false

  function respond(request: RecordedRequest): Response {
    const route = `${request.method} ${request.path}`
    const responder = routes.get(route)
    const reply = responder
      ? responder(request)
      : apiError(501, 'fake_unanswered', `No fake answer for ${route}.`)
    if (reply instanceof Response) return reply
    const status = reply.status ?? 200
    const body = reply.json === undefined ? null : JSON.stringify(reply.json)
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } })
  }

  const fakeFetch = (input: string | URL, init?: RequestInit): Promise<Response> => {
    const authorization = headerOf(init, 'Authorization')
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      path: String(input),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      token: authorization?.replace(/^Bearer /, '') ?? null,
    }
    requests.push(request)
    const answered = down
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve().then(() => respond(request))
    const tracked = answered.catch(() => undefined)
    pending.add(tracked)
    void tracked.then(() => pending.delete(tracked))
    return answered
  }
  vi.stubGlobal('fetch', fakeFetch)

  return {
    requests,
    answer(route, reply) {
      routes.set(
        route,
        typeof reply === 'function' ? (reply as Responder) : () => ({ json: reply }),
      )
    },
    refuse(route, status, code, message) {
      routes.set(route, () => apiError(status, code, message))
    },
    unreachable(value) {
      down = value
    },
    sentTo: (route) => requests.filter((request) => `${request.method} ${request.path}` === route),
    async settled() {
      // Answers may lead to further requests (a reload after a save): wait until none is left.
      do {
        await Promise.all([...pending])
        await nextTurn()
      } while (pending.size > 0)
    },
  }
}
