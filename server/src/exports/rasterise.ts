import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

/** PNGs are drawn at twice the SVG's size so text stays crisp when zoomed or printed... */
const PNG_SCALE = 2
/** ...but never wider or taller than this, whatever a stray note's coordinates. */
const MAX_PNG_SIDE = 8000
/** A render that takes longer is abandoned. */
const RENDER_TIMEOUT_MS = 60_000
/** The font resvg falls back to; Debian's fonts-dejavu-core ships with Chromium and most servers. */
const FONT_FAMILY = 'DejaVu Sans'

// resvg is native code: a panic inside it aborts the whole process (we have seen one). Rendering
// in a short-lived child process keeps the server up whatever the drawing holds.
const RENDERER = `
const { Resvg } = require(process.argv[1])
const chunks = []
process.stdin.on('data', (chunk) => chunks.push(chunk))
process.stdin.on('end', () => {
  const svg = Buffer.concat(chunks).toString('utf8')
  const [, width = '1', height = '1'] = /<svg[^>]*?width="([\\d.]+)"[^>]*?height="([\\d.]+)"/.exec(svg) || []
  const zoom = Math.min(${PNG_SCALE}, ${MAX_PNG_SIDE} / Math.max(Number(width), Number(height), 1))
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: ${JSON.stringify(FONT_FAMILY)} },
  }).render().asPng()
  process.stdout.end(png)
})
`

const resvgPath = createRequire(import.meta.url).resolve('@resvg/resvg-js')

/** Rasterises an SVG to PNG without a browser, in a child process. */
export function svgToPng(svg: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', RENDERER, resvgPath], {
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: RENDER_TIMEOUT_MS,
    })
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(new Uint8Array(Buffer.concat(out)))
      else reject(new Error(`PNG rendering failed (exit ${code}): ${err.slice(0, 200)}`))
    })
    child.stdin.on('error', () => {}) // the child's exit is reported by 'close'
    child.stdin.end(svg)
  })
}
