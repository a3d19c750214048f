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
})
