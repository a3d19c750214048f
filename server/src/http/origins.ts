import type { IncomingMessage, ServerResponse } from 'node:http'

/** How long a browser may cache a CORS preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600

/**
 * Which browser origins may use this server: its own (the `Host` it was reached at, or the
 * `X-Forwarded-Host` a reverse proxy passes on) and the configured allow-list
 * (`WEAVE_ALLOWED_ORIGINS`). Requests without an `Origin` header come from non-browser clients,
 * which carry their own credentials and are let through. Trusting the forwarded host is safe here:
 * the check protects against other sites' pages, and a browser lets no page set either header.
 */
export interface OriginPolicy {
  /** False when the request has an `Origin` that is neither same-origin nor allow-listed. */
  allows(req: IncomingMessage): boolean
  /**
   * Adds CORS headers for allow-listed foreign origins (none otherwise: CORS is closed by
   * default) and answers their preflights; true when the request was a preflight it answered.
   */
  applyCors(req: IncomingMessage, res: ServerResponse): boolean
}

/** Creates the policy over the allow-list (`https://host[:port]` entries). */
export function createOriginPolicy(allowed: readonly string[]): OriginPolicy {
  const allowList = new Set(allowed.map(normalise).filter((origin) => origin !== null))

  function foreignAllowed(req: IncomingMessage): string | null {
    const origin = req.headers.origin
    if (origin === undefined || sameOrigin(origin, req)) return null
    const normalised = normalise(origin)
    return normalised !== null && allowList.has(normalised) ? origin : null
  }

  return {
    allows(req) {
      const origin = req.headers.origin
      return origin === undefined || sameOrigin(origin, req) || foreignAllowed(req) !== null
    },
    applyCors(req, res) {
      const origin = foreignAllowed(req)
      if (origin === null) return false
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Vary', 'Origin')
      if (req.method !== 'OPTIONS') return false
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, DELETE',
        'Access-Control-Allow-Headers': 'authorization, content-type',
        'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
      })
      res.end()
      return true
    },
  }
}

/** `scheme://host[:port]` with the default port dropped and lower case; null when malformed. */
function normalise(origin: string): string | null {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
  } catch {
    return null
  }
}

/** Whether `origin` names the host the request was sent to (any scheme: TLS may end at a proxy). */
function sameOrigin(origin: string, req: IncomingMessage): boolean {
  const forwarded = req.headers['x-forwarded-host']
  const hosts = [req.headers.host ?? '', ...[forwarded ?? []].flat().flatMap((h) => h.split(','))]
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  return hosts.some((host) => {
    try {
      return host.trim() !== '' && url.host === new URL(`${url.protocol}//${host.trim()}`).host
    } catch {
      return false
    }
  })
}
