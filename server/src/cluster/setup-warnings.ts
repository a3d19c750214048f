import type { Config } from '../config.js'
import type { Logger } from '../log.js'

/** Warns about a cluster whose instances may not share what they must (the store, the secret). */
export function warnAboutClusterSetup(config: Config, log: Logger): void {
  if (config.databaseUrl === null)
    log.warn(
      'WEAVE_REDIS_URL with the SQLite store: only instances on this machine sharing this data directory share rooms; set WEAVE_DATABASE_URL for several machines',
    )
  if (config.secret === null)
    log.warn(
      'several instances without WEAVE_SECRET: they must share this data directory (secret.key), or a token from one instance is refused by the others',
    )
}
