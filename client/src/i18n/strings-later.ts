import { locale, type Widen } from './i18n'
import { analysisStrings } from './strings-analysis'
import { consoleStrings } from './strings-console'
import { deletionStrings } from './strings-deletion'

/**
 * The sentences of the pages that load later (the facilitator console and the analysis page), in
 * English: a catalogue of their own so that they come with those pages' code, not with every
 * page (about 4 kB on a 400 kbit/s link). Translations follow it as they follow `strings`.
 */
export const englishLater = {
  console: consoleStrings,
  deletion: deletionStrings,
  analysis: analysisStrings,
} as const

/** The shape of the later catalogue (see Catalogue in i18n.ts). */
export type LaterCatalogue = Widen<typeof englishLater>

/** The later catalogues Weave ships, by language tag (register a translation here too). */
export const LATER_CATALOGUES: Readonly<Record<string, LaterCatalogue>> = { en: englishLater }

/** The console's and analysis page's sentences, in the person's language when Weave has it. */
export const laterStrings: LaterCatalogue = LATER_CATALOGUES[locale] ?? englishLater
