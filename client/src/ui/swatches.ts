import type { laterStrings } from '../i18n/strings-later'

/**
 * The colours a lane or a theme can take: white text on each passes WCAG AA (the sector accents
 * and a grey). Each has a name in the strings, for the swatch's label.
 */
export const SWATCHES = [
  '#1d4ed8',
  '#a16207',
  '#be185d',
  '#15803d',
  '#6d28d9',
  '#c2410c',
  '#0e7490',
  '#475569',
] as const satisfies readonly (keyof typeof laterStrings.console.lanes.swatches)[]
