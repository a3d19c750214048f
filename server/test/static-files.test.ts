import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticHandler } from '../src/http/static-files.js'

let server: http.Server
let base: string

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weave-static-'))
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Weave</title>')
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), 'console.log(1)')
  const handle = createStaticHandler(dir)
  server = http.createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('static files', () => {
  it('gives documents and the worker the page policy, hashed assets only what they need', async () => {
    for (const page of ['/', '/w/abcdefgh', '/sw.js']) {
      const res = await fetch(`${base}${page}`)
      expect(res.status, page).toBe(200)
      expect(res.headers.get('content-security-policy'), page).toMatch(/frame-ancestors 'none'/)
      expect(res.headers.get('x-frame-options'), page).toBe('DENY')
      expect(res.headers.get('cache-control'), page).toBe('no-cache')
    }
    const asset = await fetch(`${base}/assets/app-abc123.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff')
    expect(asset.headers.get('referrer-policy')).toBe('no-referrer')
    expect(asset.headers.get('content-security-policy')).toBeNull()
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})
