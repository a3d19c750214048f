import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { REPO_ROOT, startServer, type RunningServer } from '../helpers/server.js'

/** Debian's Chromium; override with WEAVE_CHROMIUM. */
export const CHROMIUM_PATH = process.env.WEAVE_CHROMIUM ?? '/usr/bin/chromium'

/** Where browser tests leave screenshots (kept as CI artifacts). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-results/screenshots')

/**
 * Launches headless Chromium with the flags this machine needs (no network chatter). Playwright
 * gives every launch a fresh, empty profile of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` ` +
        '(or set WEAVE_CHROMIUM to its path).',
    )
  }
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** The path for a named screenshot artifact. */
export function artifact(name: string): string {
  return path.join(ARTIFACTS_DIR, name)
}

/**
 * A real server on a free port serving the built client, and headless Chromium; `stop` closes
 * the browser, then the server. Test files use `useServedClient`; scripts call this directly.
 */
export async function startServedClient(): Promise<{
  running: RunningServer
  browser: Browser
  stop(): Promise<void>
}> {
  const running = await startServer({ staticDir: path.join(REPO_ROOT, 'client/dist') })
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await running.stop()
    throw error
  })
  return {
    running,
    browser,
    stop: async () => {
      await browser.close()
      await running.stop()
    },
  }
}
