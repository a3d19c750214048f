import http, { type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { TokenService } from '../auth/tokens.js'
import type { Logger } from '../log.js'
import { answerClientError } from './client-errors.js'
import { createOriginPolicy } from './origins.js'
import { sendError } from './respond.js'
import { createRouter, type Route } from './router.js'
import { createStaticHandler } from './static-files.js'

/** Where WebSocket upgrades go (the sync endpoint). */
export interface UpgradeTarget {
  /** Upgrades to other paths get 404. */
  readonly pathPrefix: string
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
}

/** What the HTTP server needs. */
export interface HttpServerDeps {
  readonly routes: readonly Route[]
  /** Verifies the API's bearer tokens. */
  readonly tokens: TokenService
  readonly allowedOrigins: readonly string[]
  readonly staticDir: string | null
  readonly upgrades: UpgradeTarget
  readonly log: Logger
  /** A request body that sends nothing for this long gets 408 (Config.bodyTimeoutMs). */
  readonly bodyTimeoutMs: number
}

/**
 * The HTTP side of the server: CORS, the API, the built client for other GETs (405 for other
 * methods), 500 for a request that failed unexpectedly, and upgrades to the sync endpoint.
 */
export function createHttpServer(deps: HttpServerDeps): http.Server {
  const { log, upgrades } = deps
  const handleApi = createRouter(deps.routes, {
    tokens: deps.tokens,
    log,
    bodyTimeoutMs: deps.bodyTimeoutMs,
  })
  const origins = createOriginPolicy(deps.allowedOrigins)
  const handleStatic = createStaticHandler(deps.staticDir)

  const server = http.createServer((req, res) => {
    if (origins.applyCors(req, res)) return
    handleApi(req, res)
      .then((handled) => {
        if (handled) return
        if (req.method === 'GET' || req.method === 'HEAD') return handleStatic(req, res)
        sendError(res, 405, 'method_not_allowed', `${req.method ?? '?'} is not allowed here.`)
      })
      .catch((error: unknown) => {
        log.error('request failed', { url: req.url, error: String(error) })
        if (!res.headersSent)
          sendError(res, 500, 'internal_error', 'Something went wrong on the server.')
      })
  })
  server.on('clientError', answerClientError)
  server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith(upgrades.pathPrefix)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    // A page of another site must not open a socket with the visitor's credentials.
    if (!origins.allows(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    upgrades.handleUpgrade(req, socket, head)
  })
  return server
}

/** Starts listening; resolves with the bound port (useful with port 0). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/** Stops accepting and closes the HTTP connections still open (keep-alive ones included). */
export function stopListening(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
