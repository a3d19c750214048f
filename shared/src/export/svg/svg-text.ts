/**
 * Text for SVG exports: XML escaping, removal of characters XML 1.0 forbids, and word wrapping
 * with approximate glyph widths (SVG has no text layout of its own, so we measure ourselves).
 */

/** The font stack of every exported drawing; DejaVu Sans is what the server renders PNGs with. */
export const SVG_FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif'

/** Whether XML 1.0 allows the code point in a document (its `Char` production). */
function isXmlChar(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false // a lone surrogate
  return codePoint !== 0xfffe && codePoint !== 0xffff
}

/** The text without characters XML 1.0 forbids (C0 controls but tab/CR/LF, lone surrogates, U+FFFE/U+FFFF). */
export function stripForbiddenXmlChars(text: string): string {
  let out = ''
  // Iterating a string yields code points, and lone surrogates one by one.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) out += char
  return out
}

/** Text made safe for XML content and attribute values (forbidden characters removed, markup escaped). */
export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char)
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Advance widths of ASCII 32..126 in DejaVu Sans, in em (the widest font of the stack). */
const ASCII_WIDTHS_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318,
  0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838,
  0.838, 0.838, 0.531, 1, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295,
  0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685,
  0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635,
  0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634,
  0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
]
/** Bold glyphs of DejaVu Sans are up to about this much wider. */
const BOLD_FACTOR = 1.13

/** [first, last, width in em] for code points outside ASCII; the first match wins. */
const RANGE_WIDTHS_EM: ReadonlyArray<readonly [number, number, number]> = [
  [0x0300, 0x036f, 0], // combining diacritics
  [0x0591, 0x05c7, 0], // Hebrew points
  [0x064b, 0x065f, 0], // Arabic vowel marks
  [0x200b, 0x200f, 0], // zero-width spaces, joiners and direction marks
  [0x202a, 0x202e, 0], // bidi embeddings
  [0x2060, 0x206f, 0], // invisible operators and isolates
  [0xfe00, 0xfe0f, 0], // variation selectors
  [0xe0000, 0xe007f, 0], // tags (flag sequences)
  [0x0600, 0x06ff, 0.55], // Arabic letters
  [0x2026, 0x2026, 1], // ellipsis
  [0x2014, 0x2014, 1], // em dash
  [0x1100, 0x115f, 1], // Hangul jamo
  [0x2e80, 0xa4cf, 1], // CJK, kana
  [0xac00, 0xd7a3, 1], // Hangul syllables
  [0xf900, 0xfaff, 1], // CJK compatibility
  [0xff00, 0xff60, 1], // full-width forms
  [0x2600, 0x27bf, 1.25], // symbols and dingbats (often emoji)
  [0x1f000, 0x1faff, 1.25], // emoji
  [0x20000, 0x3ffff, 1], // CJK extensions
]
/** Other letters (Latin with accents, Greek, Cyrillic, Hebrew...) are about this wide. */
const DEFAULT_WIDTH_EM = 0.68

function charWidthEm(codePoint: number): number {
  if (codePoint >= 32 && codePoint <= 126)
    return ASCII_WIDTHS_EM[codePoint - 32] ?? DEFAULT_WIDTH_EM
  if (codePoint < 0xa0) return 0
  for (const [first, last, width] of RANGE_WIDTHS_EM) {
    if (codePoint >= first && codePoint <= last) return width
  }
  return DEFAULT_WIDTH_EM
}

/** Font weights the width table knows. */
export type FontWeight = 'normal' | 'bold'

/** The approximate width of one line of text, in px, at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let em = 0
  for (const char of text) em += charWidthEm(char.codePointAt(0) ?? 0)
  return em * fontSize * (weight === 'bold' ? BOLD_FACTOR : 1)
}

/** How text is measured: size in px and weight. */
export interface TextStyle {
  readonly fontSize: number
  readonly weight?: FontWeight
}

/** The text as it should be drawn: forbidden characters gone, tabs and odd line ends normalised. */
function displayText(text: string): string {
  return stripForbiddenXmlChars(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
}

function graphemes(text: string): string[] {
  // Graphemes, so a long word never breaks inside an emoji sequence or before a combining mark.
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return Array.from(segmenter.segment(text), (part) => part.segment)
}

/** One line, cut with "…" when wider than `maxWidth`. */
export function fitLine(text: string, maxWidth: number, style: TextStyle): string {
  const line = displayText(text).replace(/\s+/g, ' ').trim()
  if (width(line, style) <= maxWidth) return line
  return withEllipsis(line, maxWidth, style)
}

function width(text: string, style: TextStyle): number {
  return textWidth(text, style.fontSize, style.weight)
}

function withEllipsis(line: string, maxWidth: number, style: TextStyle): string {
  const parts = graphemes(line)
  while (parts.length > 0 && width(`${parts.join('').trimEnd()}…`, style) > maxWidth) parts.pop()
  return `${parts.join('').trimEnd()}…`
}

/** Wrapped lines, and whether text was left out. */
export interface WrappedText {
  readonly lines: string[]
  readonly truncated: boolean
}

/**
 * Word-wraps text into at most `maxLines` lines of `maxWidth` px: breaks at spaces, keeps the
 * author's line breaks, splits words too long for a line, and ends with "…" when text is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  maxLines = Number.POSITIVE_INFINITY,
): WrappedText {
  const limit = Math.max(0, Math.floor(maxLines))
  const lines: string[] = []
  for (const paragraph of displayText(text).trimEnd().split('\n')) {
    // Stop early: a 2000-character note needs only a few lines measured.
    if (lines.length > limit) break
    lines.push(...wrapParagraph(paragraph, maxWidth, style))
  }
  if (lines.length <= limit) return { lines, truncated: false }
  const kept = lines.slice(0, limit)
  const last = kept.pop()
  if (last === undefined) return { lines: [], truncated: true }
  kept.push(withEllipsis(last, maxWidth, style))
  return { lines: kept, truncated: true }
}

function wrapParagraph(paragraph: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(/ +/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (width(candidate, style) <= maxWidth) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    line = ''
    for (const piece of breakWord(word, maxWidth, style)) {
      if (line !== '') lines.push(line)
      line = piece
    }
  }
  lines.push(line)
  return lines
}

/** A word too wide for a line, cut into pieces that fit (at least one grapheme each). */
function breakWord(word: string, maxWidth: number, style: TextStyle): string[] {
  if (width(word, style) <= maxWidth) return [word]
  const pieces: string[] = []
  let piece = ''
  for (const grapheme of graphemes(word)) {
    if (piece !== '' && width(piece + grapheme, style) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += grapheme
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}
