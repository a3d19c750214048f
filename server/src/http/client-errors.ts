import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { ApiError, ApiErrorCode } from '@weave/shared'
import { SECURITY_HEADERS } from './respond.js'

/** What node's parser or timers report before a request reaches the router, as an API error. */
function errorFor(code: string | undefined): [status: number, ApiErrorCode, message: string] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'headers_too_large', 'The request headers are too large.']
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'request_timeout', 'The request took too long to arrive; send it again.']
    default:
      return [400, 'invalid_http', 'The request is not valid HTTP.']
  }
}

/**
 * The server's `clientError` handler: answers with the same JSON error body as every route
 * (API-1), then closes the connection, which node's parser cannot resume. Nothing is written on
 * a connection that is gone or that already carries an answer.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // The response under way, if any (node's own handler checks the same field).
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
    socket.destroy()
    return
  }
  const [status, code, message] = errorFor(error.code)
  const body: ApiError = { error: { code, message } }
  const text = JSON.stringify(body)
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  }
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head.join('')}\r\n${text}`)
}
