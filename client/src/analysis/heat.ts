/** The lightest and darkest colours of the weave matrix heat scale (the brand indigo). */
const LOW = [238, 242, 255] as const
const HIGH = [49, 46, 129] as const
const DARK_TEXT = '#1f2937'
const LIGHT_TEXT = '#ffffff'

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/**
 * The background of a matrix cell for `count` out of `max`, and the text colour (dark or white)
 * with the higher contrast on it, so every number stays readable (WCAG AA or better).
 */
export function heatColors(count: number, max: number): { background: string; color: string } {
  const share = max > 0 ? Math.min(1, count / max) : 0
  // A square root spreads small counts apart, where most cells are.
  const t = Math.sqrt(share)
  const rgb = LOW.map((low, i) => Math.round(low + ((HIGH[i] ?? low) - low) * t))
  const background = `rgb(${rgb.join(' ')})`
  const bg = luminance(rgb)
  const dark = contrast(bg, luminance([31, 41, 55]))
  const light = contrast(bg, 1)
  return { background, color: dark >= light ? DARK_TEXT : LIGHT_TEXT }
}
