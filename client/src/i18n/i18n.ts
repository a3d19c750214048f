import { english } from './strings-en'

/**
 * The shape of a catalogue: the English one's, with any text where English has its sentence
 * (functions keep their parameters). A translation typed as a `Catalogue` is checked to be
 * complete: the compiler lists every sentence it still lacks.
 */
export type Catalogue = Widen<typeof english>

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T

/**
 * The catalogues Weave ships, by language tag. English is the complete reference. To add French:
 * copy `strings-en.ts` (and the `strings-*.ts` parts it imports) to `strings-fr.ts`, export it as
 * `export const french: Catalogue = { ... }`, translate every sentence (the compiler reports any
 * missing one), and register it here as `fr: french`; do the same for the console's and analysis
 * page's catalogue in strings-later.ts. Browsers asking for `fr`, `fr-CA`... then get it; everyone
 * else keeps English.
 */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en: english }

/** The language used when none of the browser's languages has a catalogue. */
export const DEFAULT_LOCALE = 'en'

/**
 * The first of the person's preferred languages (most preferred first, e.g. `navigator.languages`)
 * that has a catalogue, matching `fr-CA` to `fr` too; the default language otherwise.
 */
export function pickLocale(
  preferred: readonly string[],
  available: readonly string[] = Object.keys(CATALOGUES),
): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    const exact = available.find((locale) => locale.toLowerCase() === lower)
    if (exact) return exact
    const base = available.find((locale) => locale.toLowerCase() === lower.split('-')[0])
    if (base) return base
  }
  return DEFAULT_LOCALE
}

/** The browser's preferred languages, most preferred first. */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}

/** The language this page shows (chosen once, when the app starts). */
export const locale = pickLocale(browserLanguages())
