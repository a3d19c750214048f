import path from 'node:path'
import { z } from 'zod'

/** Log levels, most verbose first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number]

/** SQLite `synchronous` settings Weave supports; see docs/operations.md. */
export const SQLITE_SYNC_MODES = ['NORMAL', 'FULL'] as const

/** Everything the server needs to know, validated once at start. */
export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  /** HMAC secret for tokens; null = generate once and keep it in the data directory. */
  readonly secret: string | null
  readonly logLevel: LogLevel
  /** Directory of the built client to serve; null = API and sync only. */
  readonly staticDir: string | null
  /** Largest WebSocket message accepted, in bytes. */
  readonly maxPayloadBytes: number
  readonly participantTokenTtlSeconds: number
  readonly facilitatorTokenTtlSeconds: number
  /** An idle room (no connections, nothing pending) is unloaded after this long. */
  readonly roomIdleUnloadMs: number
  /** The stored update log of a room is folded into one state after this many appends. */
  readonly compactAfterUpdates: number
  /** How often connections are pinged; one that misses a ping is dropped. */
  readonly heartbeatMs: number
  readonly sqliteSynchronous: (typeof SQLITE_SYNC_MODES)[number]
  /** PostgreSQL instead of the embedded SQLite store, when set (`postgres://...`). */
  readonly databaseUrl: string | null
  /** Messages per second one connection may send on average (cursors at 20 Hz use 20). */
  readonly messagesPerSecond: number
  /** How many messages one connection may send in a burst. */
  readonly messageBurst: number
  /**
   * Unsent bytes one connection may have queued before it is closed (4408) for not keeping up;
   * presence frames are skipped for it from a 256th of this (see sync/backpressure.ts).
   */
  readonly maxBufferedBytes: number
  /** Redis for the fan-out between instances sharing rooms (`redis://...`); null = alone. */
  readonly redisUrl: string | null
  /** Prefix of the Redis channel names, so several deployments can share one Redis. */
  readonly redisPrefix: string
  /** Closed workshops are deleted this many days after closing; null = kept until deleted. */
  readonly retentionDays: number | null
  /** How long a connect ticket (`POST /api/connect-tickets`) may wait before it is used. */
  readonly connectTicketTtlSeconds: number
  /**
   * Origins (`https://host[:port]`) besides the server's own whose pages may open sync sockets
   * and call the API from a browser; empty = same origin only.
   */
  readonly allowedOrigins: readonly string[]
  /** A request body that sends no byte for this long is answered 408 and its connection closed. */
  readonly bodyTimeoutMs: number
}

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max)

const envSchema = z.object({
  PORT: intFrom(0, 65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  WEAVE_DATA_DIR: z.string().min(1).optional(),
  WEAVE_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)')
    .optional(),
  WEAVE_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  WEAVE_STATIC_DIR: z.string().optional(),
  WEAVE_MAX_PAYLOAD_BYTES: intFrom(1024, 1024 * 1024).default(1024 * 1024),
  WEAVE_PARTICIPANT_TOKEN_TTL_HOURS: intFrom(1, 24 * 90).default(24),
  WEAVE_FACILITATOR_TOKEN_TTL_HOURS: intFrom(1, 24 * 365).default(24 * 30),
  WEAVE_ROOM_IDLE_UNLOAD_MS: intFrom(0, 3_600_000).default(30_000),
  WEAVE_COMPACT_AFTER_UPDATES: intFrom(10, 1_000_000).default(500),
  WEAVE_HEARTBEAT_MS: intFrom(1000, 600_000).default(30_000),
  WEAVE_SQLITE_SYNCHRONOUS: z.enum(SQLITE_SYNC_MODES).default('NORMAL'),
  WEAVE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  WEAVE_MESSAGES_PER_SECOND: intFrom(1, 100_000).default(200),
  WEAVE_MESSAGE_BURST: intFrom(1, 1_000_000).default(1000),
  WEAVE_MAX_BUFFERED_BYTES: intFrom(64 * 1024, 1024 * 1024 * 1024).default(16 * 1024 * 1024),
  WEAVE_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  WEAVE_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1–64 letters, digits or _ . : -')
    .default('weave'),
  WEAVE_RETENTION_DAYS: intFrom(1, 36_500).optional(),
  WEAVE_CONNECT_TICKET_TTL_SECONDS: intFrom(5, 600).default(30),
  WEAVE_BODY_TIMEOUT_MS: intFrom(100, 600_000).default(10_000),
  WEAVE_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each must be like https://host[:port]')),
    ),
})

/** Thrown by loadConfig with one line per invalid variable. */
export class ConfigError extends Error {}

/** Where the built client and the data directory are when the environment does not say. */
export interface ConfigDefaults {
  readonly staticDir: string | null
  readonly dataDir: string
}

/**
 * Reads and validates configuration from an environment object (main.ts passes process.env).
 * Relative paths in the environment resolve from the working directory.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  defaults: ConfigDefaults = { staticDir: null, dataDir: './data' },
): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.WEAVE_DATA_DIR ?? defaults.dataDir),
    secret: e.WEAVE_SECRET ?? null,
    logLevel: e.WEAVE_LOG_LEVEL,
    staticDir: e.WEAVE_STATIC_DIR ? path.resolve(e.WEAVE_STATIC_DIR) : defaults.staticDir,
    maxPayloadBytes: e.WEAVE_MAX_PAYLOAD_BYTES,
    participantTokenTtlSeconds: e.WEAVE_PARTICIPANT_TOKEN_TTL_HOURS * 3600,
    facilitatorTokenTtlSeconds: e.WEAVE_FACILITATOR_TOKEN_TTL_HOURS * 3600,
    roomIdleUnloadMs: e.WEAVE_ROOM_IDLE_UNLOAD_MS,
    compactAfterUpdates: e.WEAVE_COMPACT_AFTER_UPDATES,
    heartbeatMs: e.WEAVE_HEARTBEAT_MS,
    sqliteSynchronous: e.WEAVE_SQLITE_SYNCHRONOUS,
    databaseUrl: e.WEAVE_DATABASE_URL ?? null,
    messagesPerSecond: e.WEAVE_MESSAGES_PER_SECOND,
    messageBurst: e.WEAVE_MESSAGE_BURST,
    maxBufferedBytes: e.WEAVE_MAX_BUFFERED_BYTES,
    redisUrl: e.WEAVE_REDIS_URL ?? null,
    redisPrefix: e.WEAVE_REDIS_PREFIX,
    retentionDays: e.WEAVE_RETENTION_DAYS ?? null,
    connectTicketTtlSeconds: e.WEAVE_CONNECT_TICKET_TTL_SECONDS,
    allowedOrigins: e.WEAVE_ALLOWED_ORIGINS,
    bodyTimeoutMs: e.WEAVE_BODY_TIMEOUT_MS,
  }
}

/** A complete config for tests and embedding, with overrides. */
export function configWith(overrides: Partial<Config> & { dataDir: string }): Config {
  return { ...loadConfig({}), port: 0, host: '127.0.0.1', logLevel: 'warn', ...overrides }
}
