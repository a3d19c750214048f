import type { ServerResponse } from 'node:http'
import type { ApiError } from '@weave/shared'

/** Headers every response carries: no sniffing, no framing by other sites, no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': [
    "default-src 'self'",
    "connect-src 'self' ws: wss:",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; '),
}

/** Writes a JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

/** Writes an API error: a stable code and a sentence for people. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  const body: ApiError = { error: { code, message } }
  sendJson(res, status, body)
}

/** A file to download instead of a JSON body (exports). */
export class Download {
  constructor(
    readonly bytes: Uint8Array | string,
    readonly contentType: string,
    /** Suggested file name; ASCII letters, digits, dots and dashes only. */
    readonly filename: string,
  ) {}
}

/** Sends a download as an attachment. */
export function sendDownload(res: ServerResponse, status: number, download: Download): void {
  const body =
    typeof download.bytes === 'string' ? Buffer.from(download.bytes, 'utf8') : download.bytes
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': download.contentType,
    'Content-Length': body.byteLength,
    'Content-Disposition': `attachment; filename="${download.filename}"`,
    'Cache-Control': 'no-store',
  })
  res.end(body)
}
