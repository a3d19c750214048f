import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { ID_PATTERN, type Principal } from '@weave/shared'
import type { TokenService } from '../auth/tokens.js'
import type { Logger } from '../log.js'
import { Download } from '../exports/download.js'
import { ServiceError } from '../service-error.js'
import { BodyError, readJsonBody } from './read-body.js'
import {
  BinaryBody,
  createCompressor,
  sendBinary,
  sendDownload,
  sendError,
  sendJson,
} from './respond.js'

/** What a route handler gets: the request, its path parameters and checked helpers. */
export interface RouteContext {
  readonly req: IncomingMessage
  readonly params: readonly string[]
  /**
   * The body, validated against `schema` (400 with each field's problem otherwise); bodies over
   * `maxBytes` (default 16 KiB) get 413, and bodies that stop arriving get 408.
   */
  body<T>(schema: z.ZodType<T, unknown>, options?: { maxBytes?: number }): Promise<T>
  /** The query string's parameters. */
  readonly query: URLSearchParams
  /** The caller's principal from the bearer token (401 otherwise). */
  principal(): Promise<Principal>
  /** The caller, who must be a facilitator of the workshop in the path (401/403 otherwise). */
  facilitator(): Promise<Principal>
  /** The caller, who must belong to the workshop in the path (401/403 otherwise). */
  member(): Promise<Principal>
  /** The workshop id from the path (404 when malformed). */
  workshopId(): string
}

/** One API route: a method, a path pattern (capture groups become params) and a handler. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'DELETE'
  readonly pattern: RegExp
  /** Returns the status and the JSON body (or a Download, or a BinaryBody) to send. */
  run(context: RouteContext): Promise<readonly [number, unknown]>
}

/** Creates the handler for `/api/*` and `/healthz`; returns false for paths it does not own. */
export function createRouter(
  routes: readonly Route[],
  deps: {
    tokens: TokenService
    log: Logger
    /** A request body that sends nothing for this long gets 408 (Config.bodyTimeoutMs). */
    bodyTimeoutMs: number
  },
) {
  const compress = createCompressor()
  function contextFor(req: IncomingMessage, params: readonly string[]): RouteContext {
    const context: RouteContext = {
      req,
      params,
      query: new URL(req.url ?? '/', 'http://localhost').searchParams,
      async body(schema, options) {
        const limits = { idleTimeoutMs: deps.bodyTimeoutMs, ...options }
        const result = schema.safeParse(await readJsonBody(req, limits))
        if (result.success) return result.data
        const detail = describeIssues(result.error.issues)
        throw new ServiceError(400, 'invalid_request', `The request is not valid: ${detail}`)
      },
      async principal() {
        const header = req.headers.authorization ?? ''
        const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header)
        const principal = match?.[1] ? await deps.tokens.verify(match[1]) : null
        if (!principal) {
          throw new ServiceError(
            401,
            'unauthenticated',
            'Your invitation is missing or has expired. Join the workshop again.',
          )
        }
        return principal
      },
      async member() {
        const principal = await context.principal()
        if (principal.workshopId !== context.workshopId()) {
          throw new ServiceError(
            403,
            'wrong_workshop',
            'Your invitation is for a different workshop.',
          )
        }
        return principal
      },
      async facilitator() {
        const principal = await context.member()
        if (principal.role !== 'facilitator') {
          throw new ServiceError(
            403,
            'forbidden',
            'Only the facilitators of this workshop can do that.',
          )
        }
        return principal
      },
      workshopId() {
        const id = params[0] ?? ''
        if (!ID_PATTERN.test(id))
          throw new ServiceError(404, 'unknown_workshop', 'There is no workshop at this link.')
        return id
      },
    }
    return context
  }

  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    if (pathname !== '/healthz' && !pathname.startsWith('/api/') && pathname !== '/api')
      return false
    const matching = routes.filter((route) => route.pattern.test(pathname))
    if (matching.length === 0) {
      sendError(res, 404, 'not_found', `No API route ${pathname}.`)
      return true
    }
    const route = matching.find((candidate) => candidate.method === req.method)
    if (!route) {
      res.setHeader('Allow', matching.map((candidate) => candidate.method).join(', '))
      sendError(
        res,
        405,
        'method_not_allowed',
        `${req.method ?? '?'} is not allowed on ${pathname}.`,
      )
      return true
    }
    try {
      const params = (route.pattern.exec(pathname) ?? []).slice(1).map(decodeOrKeep)
      const [status, body] = await route.run(contextFor(req, params))
      if (body instanceof Download) sendDownload(res, status, body)
      else if (body instanceof BinaryBody) await sendBinary(req, res, status, body, compress)
      else sendJson(res, status, body)
    } catch (error) {
      if (error instanceof ServiceError || error instanceof BodyError) {
        // Node closes the connection after the answer, so an unread body cannot hold it open.
        if (error instanceof BodyError && error.closesConnection)
          res.setHeader('Connection', 'close')
        sendError(res, error.status, error.code, error.message)
      } else {
        deps.log.error('API request failed', { path: pathname, error: String(error) })
        if (!res.headersSent)
          sendError(res, 500, 'internal_error', 'Something went wrong on the server.')
      }
    }
    return true
  }
}

/**
 * A path parameter, decoded; kept as sent when its percent-escapes are malformed (`%zz`, `%C0%AE`),
 * so the route refuses it as any unknown id (404 `unknown_workshop` for a workshop id, API-5)
 * rather than failing with a URIError (500).
 */
function decodeOrKeep(param: string): string {
  try {
    return decodeURIComponent(param)
  } catch {
    return param
  }
}

type Issue = z.core.$ZodIssue

/**
 * Each field's problem, for the error message (API-1). A body that matches no shape of a union
 * is described by the shape it came closest to (fewest problems), not as "Invalid input".
 */
function describeIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): string {
  return issues
    .map((issue) => {
      const path = [...prefix, ...issue.path]
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!
        if (closest.length > 0) return describeIssues(closest, path)
      }
      return path.length ? `${path.map(String).join('.')}: ${issue.message}` : issue.message
    })
    .join('; ')
}
