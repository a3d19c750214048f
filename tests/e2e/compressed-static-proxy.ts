import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** A front for a Weave server that sends the client's precompressed files, as a deployment can. */
export interface CompressedStaticProxy {
  readonly httpUrl: string
  close(): Promise<void>
}

/**
 * Serves the Brotli copies the client build writes (`client/dist/**\/*.br`) to browsers that accept
 * them, like a reverse proxy with `brotli_static on` (or sirv's `brotli` option) would, and passes
 * every other request and WebSocket upgrade through to the Weave server at `upstream`.
 */
export async function startCompressedStaticProxy(
  upstream: string,
  staticDir: string,
): Promise<CompressedStaticProxy> {
  const target = new URL(upstream)
  const tunnels = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://proxy').pathname
    const file = path.join(staticDir, path.normalize(pathname))
    const accepts = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const type = TYPES[path.extname(pathname)]
    if (req.method === 'GET' && accepts && type && file.startsWith(staticDir)) {
      const compressed = `${file}.br`
      if (fs.existsSync(compressed)) {
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'br',
          'cache-control': 'public, max-age=31536000, immutable',
          vary: 'accept-encoding',
        })
        fs.createReadStream(compressed).pipe(res)
        return
      }
    }
    const forwarded = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(res)
      },
    )
    forwarded.on('error', () => res.destroy())
    req.pipe(forwarded)
  })
  server.on('upgrade', (req, socket, head) => {
    const upstreamSocket = net.connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`]
      for (let index = 0; index < req.rawHeaders.length; index += 2) {
        lines.push(`${req.rawHeaders[index]}: ${req.rawHeaders[index + 1]}`)
      }
      upstreamSocket.write(`${lines.join('\r\n')}\r\n\r\n`)
      upstreamSocket.write(head)
      socket.pipe(upstreamSocket).pipe(socket)
    })
    tunnels.add(upstreamSocket)
    const end = () => {
      tunnels.delete(upstreamSocket)
      socket.destroy()
      upstreamSocket.destroy()
    }
    upstreamSocket.on('error', end).on('close', end)
    socket.on('error', end).on('close', end)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    httpUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const tunnel of tunnels) tunnel.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
