import type { IncomingMessage } from 'node:http'
import type { ApiErrorCode } from '@weave/shared'

/** Largest JSON body the API accepts. */
export const MAX_JSON_BODY_BYTES = 16 * 1024

/** A request body the API cannot use; becomes a 4xx with this code and message. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Reads and parses a JSON request body, refusing non-JSON, oversized and malformed bodies. */
export async function readJsonBody(
  req: IncomingMessage,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<unknown> {
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
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw tooLarge(maxBytes)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '')
    throw new BodyError(400, 'invalid_json', 'The request body is empty; send a JSON object.')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(400, 'invalid_json', 'The request body is not valid JSON.')
  }
}

function tooLarge(maxBytes: number): BodyError {
  return new BodyError(413, 'body_too_large', `The request body is larger than ${maxBytes} bytes.`)
}
