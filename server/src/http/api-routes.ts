import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import {
  createWorkshopRequestSchema,
  ID_PATTERN,
  joinRequestSchema,
  type Principal,
} from '@weave/shared'
import type { TokenService } from '../auth/tokens.js'
import type { Logger } from '../log.js'
import { ServiceError, type WorkshopService } from '../workshops/workshop-service.js'
import { BodyError, readJsonBody } from './read-body.js'
import { sendError, sendJson } from './respond.js'

/** What the API routes need. */
export interface ApiDeps {
  readonly workshops: WorkshopService
  readonly tokens: TokenService
  readonly log: Logger
}

type Route = {
  method: string
  pattern: RegExp
  run: (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>
}

/** Creates the handler for `/api/*` and `/healthz`; returns false for paths it does not own. */
export function createApiHandler({ workshops, tokens, log }: ApiDeps) {
  async function parse<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
    const body = await readJsonBody(req)
    const result = schema.safeParse(body)
    if (!result.success) {
      const detail = result.error.issues
        .map((issue) =>
          issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
        )
        .join('; ')
      throw new ServiceError(400, 'invalid_request', `The request is not valid: ${detail}`)
    }
    return result.data
  }

  async function authenticate(req: IncomingMessage): Promise<Principal> {
    const header = req.headers.authorization ?? ''
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header)
    const principal = match?.[1] ? await tokens.verify(match[1]) : null
    if (!principal) {
      throw new ServiceError(
        401,
        'unauthenticated',
        'Your invitation is missing or has expired. Join the workshop again.',
      )
    }
    return principal
  }

  function workshopId(params: string[]): string {
    const id = params[0] ?? ''
    if (!ID_PATTERN.test(id))
      throw new ServiceError(404, 'unknown_workshop', 'There is no workshop at this link.')
    return id
  }

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/healthz$/,
      run: async (_req, res) => sendJson(res, 200, { ok: true }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops$/,
      run: async (req, res) =>
        sendJson(res, 201, await workshops.create(await parse(req, createWorkshopRequestSchema))),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/join$/,
      run: async (req, res, params) => {
        const id = workshopId(params)
        sendJson(res, 200, await workshops.join(id, await parse(req, joinRequestSchema)))
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([^/]+)$/,
      run: async (req, res, params) => {
        const id = workshopId(params)
        sendJson(res, 200, await workshops.describe(id, await authenticate(req)))
      },
    },
  ]

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
      await route.run(req, res, (route.pattern.exec(pathname) ?? []).slice(1))
    } catch (error) {
      if (error instanceof ServiceError || error instanceof BodyError) {
        sendError(res, error.status, error.code, error.message)
      } else {
        log.error('API request failed', { path: pathname, error: String(error) })
        if (!res.headersSent)
          sendError(res, 500, 'internal_error', 'Something went wrong on the server.')
      }
    }
    return true
  }
}
