import { writeFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { boardSvg, matrixSvg } from '@weave/shared'
import { hostileExport } from '../../shared/test/fixtures/hostile-export.js'
import { sampleExport, SAMPLE_ROOMS } from '../../shared/test/fixtures/sample-export.js'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
  return resvg.render().asPng()
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

function expectRendersAtDeclaredSize(svg: string): Buffer {
  const png = renderPng(svg)
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  const size = declaredSize(svg)
  expect(size.width).toBeGreaterThan(0)
  expect(pngSize(png)).toEqual(size)
  return png
}

describe('SVG exports render with resvg', () => {
  it('renders the sample board and matrix', () => {
    const board = expectRendersAtDeclaredSize(boardSvg(sampleExport, SAMPLE_ROOMS.main))
    const matrix = expectRendersAtDeclaredSize(matrixSvg(sampleExport))
    // For a person to look at after a change to the drawing code.
    writeFileSync('/tmp/weave-board.png', board)
    writeFileSync('/tmp/weave-matrix.png', matrix)
  })

  it('renders a board with code chips and a room without a title', () => {
    expectRendersAtDeclaredSize(boardSvg(sampleExport, SAMPLE_ROOMS.breakout, { codes: true }))
    expectRendersAtDeclaredSize(boardSvg(sampleExport, SAMPLE_ROOMS.main, { title: false }))
  })

  it('renders hostile text without failing', () => {
    const board = expectRendersAtDeclaredSize(
      boardSvg(hostileExport, SAMPLE_ROOMS.main, { codes: true }),
    )
    expectRendersAtDeclaredSize(matrixSvg(hostileExport))
    writeFileSync('/tmp/weave-board-hostile.png', board)
  })
})
