import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from './server.js'

const run = promisify(execFile)

/** What a CLI run printed and how it exited. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `pnpm weave <args>` (server/src/main.ts with arguments) with `env` added, from `cwd` (where
 * relative output paths land); never throws.
 */
export async function runWeave(
  args: string[],
  env: Record<string, string>,
  cwd = REPO_ROOT,
): Promise<CliRun> {
  const tsx = path.join(REPO_ROOT, 'server/node_modules/.bin/tsx')
  try {
    const { stdout, stderr } = await run(
      tsx,
      [path.join(REPO_ROOT, 'server/src/main.ts'), ...args],
      {
        cwd,
        env: { ...process.env, INIT_CWD: cwd, ...env },
      },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}
