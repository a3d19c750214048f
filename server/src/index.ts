/** @weave/server: embed or test the server (main.ts is the command-line entry). */
export { createWeaveServer, type WeaveServer, type ServerOverrides } from './create-server.js'
export { configWith, loadConfig, type Config } from './config.js'
export { createSqliteStore } from './store/sqlite-store.js'
export { createPostgresStore } from './store/postgres-store.js'
export type { Store, DocStore, WorkshopStore } from './store/types.js'
export { createTokenService, type TokenService } from './auth/tokens.js'
export { createLogger } from './log.js'
