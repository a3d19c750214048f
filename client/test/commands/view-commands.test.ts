import { describe, expect, it } from 'vitest'
import { LANE_WIDTH, laneLeft } from '@weave/shared'
import {
  fitToContent,
  panBy,
  setScreenSize,
  setViewport,
  showBoardOnOpen,
  zoomBy,
  zoomIn,
  zoomOut,
} from '../../src/commands/view-commands'
import { MAX_SCALE, screenToCanvas, ZOOM_STEP } from '../../src/geometry/viewport-math'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const viewport = (b: FakeBoard) => b.session.view.viewport.get()

describe('panning and zooming', () => {
  it('panning or zooming by hand stops following the facilitator', async () => {
    const board = await openBoard()
    for (const move of [
      () => setViewport(board.session, { x: 1, y: 2, scale: 1 }),
      () => panBy(board.session, 10, -5),
      () => zoomIn(board.session),
    ]) {
      board.session.view.following.set(true)
      move()
      expect(board.session.view.following.get()).toBe(false)
    }
  })

  it('pans by a screen distance', async () => {
    const board = await openBoard()
    setViewport(board.session, { x: 100, y: 100, scale: 2 })
    panBy(board.session, 10, -5)
    expect(viewport(board)).toEqual({ x: 110, y: 95, scale: 2 })
  })

  it('zooms around a point, which stays where it is, within the limits', async () => {
    const board = await openBoard()
    setScreenSize(board.session, { width: 800, height: 600 })
    const anchor = { x: 200, y: 150 }
    const under = screenToCanvas(viewport(board), anchor)
    zoomBy(board.session, 2, anchor)
    expect(viewport(board).scale).toBe(2)
    expect(screenToCanvas(viewport(board), anchor)).toEqual(under)
    zoomOut(board.session)
    expect(viewport(board).scale).toBeCloseTo(2 / ZOOM_STEP)
    zoomBy(board.session, 100)
    expect(viewport(board).scale).toBe(MAX_SCALE)
  })

  it('fits every lane and note on screen, not before the screen has a size', async () => {
    const board = await openBoard()
    const before = viewport(board)
    fitToContent(board.session)
    expect(viewport(board)).toBe(before)
    noteElsewhere(board, { laneId: 'health', x: 12, y: 3000 })
    setScreenSize(board.session, { width: 1000, height: 700 })
    fitToContent(board.session)
    const seen = screenToCanvas(viewport(board), { x: 1000, y: 700 })
    expect(seen.y).toBeGreaterThan(3000 + 130)
  })

  it('opens readable, centred on this person’s own lane when the board is wide', async () => {
    const board = await openBoard({ sector: 'government' })
    setScreenSize(board.session, { width: 600, height: 800 })
    showBoardOnOpen(board.session)
    const { scale } = viewport(board)
    expect(scale).toBeGreaterThanOrEqual(0.7)
    const centre = screenToCanvas(viewport(board), { x: 300, y: 400 })
    const government = board.session.lanes.get().findIndex((lane) => lane.id === 'government')
    expect(centre.x).toBeCloseTo(laneLeft(government) + LANE_WIDTH / 2)
  })
})
