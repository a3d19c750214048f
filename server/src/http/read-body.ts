import type { IncomingMessage } from 'node:http'
import type { ApiErrorCode } from '@weave/shared'

/** Largest JSON body the API accepts. */
export const MAX_JSON_BODY_BYTES = 16 * 1024

/** A request body the API cannot use; becomes a 4xx with this code and message. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 408 | 413 | 415,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
  }
  /**
   * Whether the connection must close after the answer: the rest of the body was not read (too
   * large, or it stopped arriving), so the connection cannot carry another request.
   */
  get closesConnection(): boolean {
    return this.status === 408 || this.status === 413
  }
}

/** How a body is read. */
export interface BodyLimits {
  /** Default MAX_JSON_BODY_BYTES. */
  readonly maxBytes?: number
  /** A body that sends no byte for this long is refused (408): see Config.bodyTimeoutMs. */
  readonly idleTimeoutMs: number
}

/** Reads and parses a JSON request body, refusing non-JSON, oversized, stalled and malformed bodies. */
export async function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const maxBytes = limits.maxBytes ?? MAX_JSON_BODY_BYTES
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new BodyError(
      415,
      'unsupported_media_type',
      'Send the body as JSON (Content-Type: application/json).',
    )
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > maxBytes) throw tooLarge(maxBytes)
  const text = (await collect(req, maxBytes, limits.idleTimeoutMs)).toString('utf8')
  if (text.trim() === '')
    throw new BodyError(400, 'invalid_json', 'The request body is empty; send a JSON object.')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(400, 'invalid_json', 'The request body is not valid JSON.')
  }
}

/**
 * The body's bytes. A client whose body stops short of its Content-Length would otherwise hold
 * the request (and its connection) open until node's own 5-minute request timeout.
 */
function collect(req: IncomingMessage, maxBytes: number, idleTimeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (settle: () => void) => {
      clearTimeout(idle)
      req.off('data', onData).off('end', onEnd).off('error', onFailure).off('aborted', onAborted)
      settle()
    }
    const idle = setTimeout(
      () =>
        finish(() =>
          reject(
            new BodyError(
              408,
              'request_timeout',
              `The request body stopped arriving for ${idleTimeoutMs} ms; send it again.`,
            ),
          ),
        ),
      idleTimeoutMs,
    )
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) return finish(() => reject(tooLarge(maxBytes)))
      chunks.push(chunk)
      idle.refresh()
    }
    const onEnd = () => finish(() => resolve(Buffer.concat(chunks)))
    const onFailure = (error: Error) => finish(() => reject(error))
    const onAborted = () => onFailure(new Error('the client aborted the request'))
    req.on('data', onData).on('end', onEnd).on('error', onFailure).on('aborted', onAborted)
  })
}

function tooLarge(maxBytes: number): BodyError {
  return new BodyError(413, 'body_too_large', `The request body is larger than ${maxBytes} bytes.`)
}
