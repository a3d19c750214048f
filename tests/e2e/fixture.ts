import { afterAll, beforeAll } from 'vitest'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import type { RunningServer } from '../helpers/server.js'
import { startServedClient } from './browser.js'

/** A real server serving the built client, and one headless Chromium, shared by a test file. */
export interface ServedClient {
  readonly running: RunningServer
  readonly browser: Browser
  /** A browser context that is closed with the browser, for tests that keep theirs open. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
}

/** Starts both before the file's tests and stops them after; read them inside tests. */
export function useServedClient(): ServedClient {
  let started: Awaited<ReturnType<typeof startServedClient>> | undefined
  const contexts: BrowserContext[] = []
  const current = () => {
    if (!started) throw new Error('the served client starts in beforeAll: use it inside tests')
    return started
  }
  beforeAll(async () => {
    started = await startServedClient()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await started?.stop()
  })
  return {
    get running() {
      return current().running
    },
    get browser() {
      return current().browser
    },
    async newContext(options) {
      const context = await current().browser.newContext(options)
      contexts.push(context)
      return context
    },
  }
}
