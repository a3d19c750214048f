import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(8080)
    expect(config.maxPayloadBytes).toBe(1024 * 1024)
    expect(config.sqliteSynchronous).toBe('NORMAL')
    expect(config.secret).toBeNull()
  })

  it('explains every invalid variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', WEAVE_SECRET: 'short', WEAVE_LOG_LEVEL: 'loud' }),
    ).toThrow(ConfigError)
    try {
      loadConfig({ PORT: 'eighty', WEAVE_SECRET: 'short' })
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/)
      expect((error as Error).message).toMatch(/WEAVE_SECRET: must be at least 32 characters/)
    }
  })

  it('turns on the fan-out between instances only with a Redis URL', () => {
    expect(loadConfig({})).toMatchObject({ redisUrl: null, redisPrefix: 'weave' })
    expect(
      loadConfig({ WEAVE_REDIS_URL: 'redis://10.0.0.5:6379/2', WEAVE_REDIS_PREFIX: 'summit:a' }),
    ).toMatchObject({ redisUrl: 'redis://10.0.0.5:6379/2', redisPrefix: 'summit:a' })
    expect(() => loadConfig({ WEAVE_REDIS_URL: 'http://redis' })).toThrow(/WEAVE_REDIS_URL/)
    expect(() => loadConfig({ WEAVE_REDIS_PREFIX: 'has space' })).toThrow(/WEAVE_REDIS_PREFIX/)
  })
})
