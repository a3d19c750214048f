import { escapeXml, SVG_FONT_FAMILY } from './svg-text.js'

/** Attribute values of an element; undefined ones are left out. */
export type SvgAttributes = Readonly<Record<string, string | number | undefined>>

/** A number as SVG writes it: at most two decimals, so exports are small and stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

/** One element; attribute values are escaped, `children` must already be markup. */
export function element(name: string, attributes: SvgAttributes, children?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('')
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`
}

/** A text element holding `text` (escaped). */
export function textElement(text: string, attributes: SvgAttributes): string {
  return element('text', attributes, escapeXml(text))
}

/** A whole SVG document: sized in px, labelled for screen readers, drawn in SVG_FONT_FAMILY. */
export function svgDocument(options: {
  width: number
  height: number
  /** What the picture shows, in one line (its title and accessible name). */
  label: string
  /** A longer description, or null. */
  description: string | null
  body: readonly string[]
}): string {
  const { width, height, label, description } = options
  const inner = [
    element('title', {}, escapeXml(label)),
    description === null ? '' : element('desc', {}, escapeXml(description)),
    ...options.body,
  ]
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-label': label,
      'font-family': SVG_FONT_FAMILY,
    },
    `\n${inner.filter((part) => part !== '').join('\n')}\n`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`
}

/** A rectangle with only its top corners rounded (lane header bands). */
export function topRoundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  return (
    `M${num(x)} ${num(y + h)}V${num(y + r)}Q${num(x)} ${num(y)} ${num(x + r)} ${num(y)}` +
    `H${num(x + w - r)}Q${num(x + w)} ${num(y)} ${num(x + w)} ${num(y + r)}V${num(y + h)}Z`
  )
}

/** An ISO time as "2024-05-01 14:30 UTC" (exports are read across time zones). */
export function formatUtcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}
