import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/server.js'

/** Builds the production client the browser tests load (skipped with WEAVE_E2E_SKIP_BUILD=1). */
export default function setup(): void {
  if (process.env.WEAVE_E2E_SKIP_BUILD === '1') return
  execFileSync(
    path.join(REPO_ROOT, 'client/node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn'],
    {
      cwd: path.join(REPO_ROOT, 'client'),
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
}
