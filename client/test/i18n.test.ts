import { describe, expect, it } from 'vitest'
import { CATALOGUES, pickLocale } from '../src/i18n/i18n'

describe('choosing the language', () => {
  it('takes the first preferred language with a catalogue, by exact tag or base language', () => {
    expect(pickLocale(['fr-CA', 'en-GB'], ['en', 'fr'])).toBe('fr')
    expect(pickLocale(['de', 'en-CA'], ['en', 'fr'])).toBe('en')
    expect(pickLocale(['pt-BR'], ['en', 'pt-BR', 'pt'])).toBe('pt-BR')
  })

  it('falls back to English', () => {
    expect(pickLocale([], ['en'])).toBe('en')
    expect(pickLocale(['ja'], ['en', 'fr'])).toBe('en')
  })

  it('ships English, complete', () => {
    expect(Object.keys(CATALOGUES)).toContain('en')
    expect(CATALOGUES.en?.list.writeHeading).toBe('Write a note')
  })
})
