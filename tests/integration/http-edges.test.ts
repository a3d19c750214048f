import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { readDoc, tableUnder } from '../helpers/docs.js'
import { useHarness } from '../helpers/harness.js'

// An outside client speaking raw HTTP/1.1 over TCP, for what fetch will not send: huge headers,
// bytes that are not HTTP, a body that stops before its Content-Length. docs/api.md: every error
// gets the JSON error body (API-1) with a code and status of the table (API-5).

const h = useHarness()

/** The statuses docs/api.md's error table gives each code. */
const documented = new Map(
  tableUnder(readDoc('api.md'), '# HTTP API').map((row) => [
    row['error code'] ?? '',
    (row.status ?? '').split(',').map((status) => Number(status.trim())),
  ]),
)

interface RawAnswer {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
}

/** Sends `request` as is and resolves with the answer once the server closes the connection. */
function exchange(httpUrl: string, request: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(httpUrl)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    // The answer event: the server ends the connection after its answer.
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(':')
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]
        }),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') })
    })
    socket.write(request)
  })
}

/** Holds the answer to docs/api.md: the JSON error body, with a code the table gives `status`. */
function expectDocumentedError(answer: RawAnswer, code: string, status: number): void {
  expect(answer.status).toBe(status)
  expect(answer.headers['content-type']).toMatch(/^application\/json/)
  const body = JSON.parse(answer.body) as { error: { code: string; message: string } }
  expect(body.error.code).toBe(code)
  expect(body.error.message.length).toBeGreaterThan(0)
  expect(documented.get(code) ?? [], `${code}: documented statuses`).toContain(status)
}

describe('HTTP errors node reports before any route', () => {
  it('[API-1][API-5] a 100 KB Authorization header gets 431 headers_too_large with the JSON body', async () => {
    const running = await h.start()
    const answer = await exchange(
      running.httpUrl,
      'GET /api/workshops/abcdefabcdef HTTP/1.1\r\nHost: weave\r\n' +
        `Authorization: Bearer ${'a'.repeat(100 * 1024)}\r\n\r\n`,
    )
    expectDocumentedError(answer, 'headers_too_large', 431)
  })

  it('[API-1][API-5] bytes that are not HTTP get 400 invalid_http with the JSON body', async () => {
    const running = await h.start()
    const answer = await exchange(running.httpUrl, 'HELLO THERE\r\n\r\n')
    expectDocumentedError(answer, 'invalid_http', 400)
  })

  it('[API-1][API-5] a body that stops short of its Content-Length gets 408 request_timeout and its connection is closed', async () => {
    const running = await h.start({ bodyTimeoutMs: 300 })
    const startedAt = performance.now()
    const answer = await exchange(
      running.httpUrl,
      'POST /api/workshops HTTP/1.1\r\nHost: weave\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"title":"Half',
    )
    expectDocumentedError(answer, 'request_timeout', 408)
    expect(answer.headers.connection).toBe('close')
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(250)
    // The server still answers.
    expect((await fetch(`${running.httpUrl}/healthz`)).status).toBe(200)
  })
})
