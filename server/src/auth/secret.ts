import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SECRET_FILE = 'secret.key'

/**
 * The token-signing secret: the configured one, or one generated on first start and kept in the
 * data directory (mode 0600) so tokens survive restarts.
 */
export function loadOrCreateSecret(configured: string | null, dataDir: string): string {
  if (configured) return configured
  const file = path.join(dataDir, SECRET_FILE)
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  // 'wx' fails if another process created it meanwhile; then read theirs.
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
    return secret
  } catch {
    return fs.readFileSync(file, 'utf8').trim()
  }
}
