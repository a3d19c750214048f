import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv from 'sirv'
import { SECURITY_HEADERS, sendError } from './respond.js'

/**
 * The security headers a hashed asset (script, style sheet, font, image) needs. A page's policy
 * and framing rules apply to documents and workers only (the page and sw.js still get them):
 * sent with each asset a board page loads they were 220 bytes apiece.
 */
const ASSET_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': SECURITY_HEADERS['X-Content-Type-Options']!,
  // A style sheet's own requests (url(...)) follow it.
  'Referrer-Policy': SECURITY_HEADERS['Referrer-Policy']!,
}

/**
 * Serves the built client (a single-page app: unknown paths get index.html), or a short page
 * that explains how to build it when it is missing.
 */
export function createStaticHandler(staticDir: string | null) {
  const available = staticDir !== null && fs.existsSync(`${staticDir}/index.html`)
  const serve = available
    ? sirv(staticDir, {
        single: true,
        etag: true,
        // The build writes .br and .gz copies: a slow rural connection gets a third of the bytes.
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          const asset = pathname.startsWith('/assets/')
          for (const [name, value] of Object.entries(asset ? ASSET_HEADERS : SECURITY_HEADERS)) {
            res.setHeader(name, value)
          }
          // Hashed assets never change; the page itself must always be fresh.
          res.setHeader('Cache-Control', asset ? 'public, max-age=31536000, immutable' : 'no-cache')
        },
      })
    : null
  return function handleStatic(req: IncomingMessage, res: ServerResponse): void {
    if (!serve) {
      sendError(
        res,
        404,
        'client_not_built',
        'The web client is not built. Run `pnpm start` (or `pnpm build`).',
      )
      return
    }
    serve(req, res, () => sendError(res, 404, 'not_found', 'Not found.'))
  }
}
