import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { ApiError, ApiErrorCode } from '@weave/shared'
import type { Download } from '../exports/download.js'

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
  code: ApiErrorCode,
  message: string,
): void {
  const body: ApiError = { error: { code, message } }
  sendJson(res, status, body)
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

/** A binary answer for the app itself (not a download), sent compressed when the client allows. */
export class BinaryBody {
  constructor(
    /** Bodies sent again as the same object are compressed once (see createCompressor). */
    readonly bytes: Uint8Array,
    readonly contentType: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

type Encoding = 'br' | 'gzip'
const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)
/**
 * Brotli 5: a 300-note board (~90 kB) compresses to about a fifth in a few milliseconds; the top
 * levels gain a few percent for ten times the time, on the server's one event loop.
 */
const BROTLI_QUALITY = 5

/**
 * Compresses bodies, each distinct body (by identity) once per encoding: 50 people opening the
 * same board at once cost one compression, not fifty.
 */
export function createCompressor(): (bytes: Uint8Array, encoding: Encoding) => Promise<Buffer> {
  const done = new WeakMap<Uint8Array, Map<Encoding, Promise<Buffer>>>()
  return (bytes, encoding) => {
    const byEncoding = done.get(bytes) ?? new Map<Encoding, Promise<Buffer>>()
    done.set(bytes, byEncoding)
    let compressed = byEncoding.get(encoding)
    if (!compressed) {
      compressed =
        encoding === 'br'
          ? brotli(bytes, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
              },
            })
          : gzip(bytes)
      byEncoding.set(encoding, compressed)
    }
    return compressed
  }
}

/** Sends a binary body, Brotli- or gzip-compressed as `Accept-Encoding` allows. */
export async function sendBinary(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: BinaryBody,
  compress: ReturnType<typeof createCompressor>,
): Promise<void> {
  // Content-codings are case-insensitive (RFC 9110).
  const accepted = String(req.headers['accept-encoding'] ?? '').toLowerCase()
  const encoding: Encoding | null = /\bbr\b/.test(accepted)
    ? 'br'
    : /\bgzip\b/.test(accepted)
      ? 'gzip'
      : null
  const bytes = encoding ? await compress(body.bytes, encoding) : body.bytes
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...body.headers,
    'Content-Type': body.contentType,
    'Content-Length': bytes.byteLength,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    Vary: 'Accept-Encoding',
    'Cache-Control': 'no-store',
  })
  res.end(bytes)
}
