import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { boardSvg, matrixSvg } from '@weave/shared'
import { hostileExport } from '../../shared/test/fixtures/hostile-export.js'
import { sampleExport, SAMPLE_ROOMS } from '../../shared/test/fixtures/sample-export.js'
import { svgToPng } from '../src/exports/rasterise.js'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

async function renderPng(svg: string): Promise<Buffer> {
  return Buffer.from(await svgToPng(svg))
}

/** The width and height an SVG document declares on its root element. */
function declaredSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ''
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1])
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1])
  return { width, height }
}

/** The size in a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** Exports are drawn at twice their declared size (crisp when zoomed or printed). */
async function expectRendersAtDeclaredSize(svg: string): Promise<Buffer> {
  const png = await renderPng(svg)
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  const size = declaredSize(svg)
  expect(size.width).toBeGreaterThan(0)
  expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 })
  return png
}

describe('SVG exports render with resvg', async () => {
  it('renders the sample board and matrix', async () => {
    const board = await expectRendersAtDeclaredSize(boardSvg(sampleExport, SAMPLE_ROOMS.main))
    const matrix = await expectRendersAtDeclaredSize(matrixSvg(sampleExport))
    // For a person to look at after a change to the drawing code.
    writeFileSync('/tmp/weave-board.png', board)
    writeFileSync('/tmp/weave-matrix.png', matrix)
  })

  it('renders a board with code chips and a room without a title', async () => {
    await expectRendersAtDeclaredSize(
      boardSvg(sampleExport, SAMPLE_ROOMS.breakout, { codes: true }),
    )
    await expectRendersAtDeclaredSize(boardSvg(sampleExport, SAMPLE_ROOMS.main, { title: false }))
  })

  it('renders hostile text without failing', async () => {
    const board = await expectRendersAtDeclaredSize(
      boardSvg(hostileExport, SAMPLE_ROOMS.main, { codes: true }),
    )
    await expectRendersAtDeclaredSize(matrixSvg(hostileExport))
    writeFileSync('/tmp/weave-board-hostile.png', board)
  })
})

it('caps a huge board at 8000 pixels a side', async () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="100"><rect width="40000" height="100" fill="#fff"/></svg>'
  expect(pngSize(await renderPng(svg))).toEqual({ width: 8000, height: 20 })
})

it('[REL-24] reports an SVG that cannot be drawn as an error, not a crash', async () => {
  await expect(svgToPng('<svg')).rejects.toThrow(/PNG rendering failed/)
})
