import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { REPO_ROOT, startServer, type RunningServer } from '../helpers/server.js'
import { launchBrowser } from './browser.js'

/** A real server serving the built client, and one headless Chromium, shared by a test file. */
export interface ServedClient {
  readonly running: RunningServer
  readonly browser: Browser
}

/** Starts both before the file's tests and stops them after; read them inside tests. */
export function useServedClient(): ServedClient {
  const served = {} as { running: RunningServer; browser: Browser }
  beforeAll(async () => {
    served.running = await startServer({ staticDir: path.join(REPO_ROOT, 'client/dist') })
    served.browser = await launchBrowser()
  })
  afterAll(async () => {
    await served.browser?.close()
    await served.running?.stop()
  })
  return served
}
