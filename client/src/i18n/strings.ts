import { CATALOGUES, DEFAULT_LOCALE, locale, type Catalogue } from './i18n'
import { english } from './strings-en'

export type { ConnectionLabelKey } from './strings-en'

/**
 * Every sentence the app shows, in the person's language when Weave has it (English otherwise):
 * components read them from here, never write them inline. See i18n.ts to add a language.
 */
export const strings: Catalogue = CATALOGUES[locale] ?? CATALOGUES[DEFAULT_LOCALE] ?? english
