import { describe, expect, it } from 'vitest'
import type { Lane, Note, Thread } from '@weave/shared'
import { canvasWindow, notesInWindow, threadsInWindow } from '../src/geometry/canvas-window'
import { noteRect, visibleRect, type Rect } from '../src/geometry/viewport-math'

const screen = { width: 1000, height: 800 }
const lanes: Lane[] = [
  { id: 'health', name: 'Health', color: '#1d4ed8', order: 0, sectorId: 'health', locked: false },
]

function note(id: string, y: number): Note {
  return {
    id,
    laneId: 'health',
    x: 10,
    y,
    width: 200,
    height: 130,
    text: id,
    color: null,
    authorId: null,
    authorName: null,
    authorSector: null,
    roundId: null,
    originRoomId: null,
    originNoteId: null,
    createdAt: 0,
    updatedAt: 0,
  }
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  )
}

describe('the canvas window', () => {
  it('always covers the screen, at any pan and zoom', () => {
    for (const scale of [0.1, 0.33, 0.94, 1, 2.5]) {
      for (const x of [-5000, -123, 0, 77, 4000]) {
        const viewport = { x, y: x / 2, scale }
        expect(contains(canvasWindow(viewport, screen), visibleRect(viewport, screen))).toBe(true)
      }
    }
  })

  it('stays the same through small pans and zooms, so nothing is re-mounted', () => {
    const base = canvasWindow({ x: 0, y: 0, scale: 1 }, screen)
    expect(canvasWindow({ x: -20, y: 15, scale: 1 }, screen)).toEqual(base)
    expect(canvasWindow({ x: 0, y: 0, scale: 1.05 }, screen)).toEqual(base)
    // But it stays bounded: at most about three screens of canvas.
    expect(base.width * base.height).toBeLessThan(3.5 * screen.width * screen.height)
  })

  it('mounts the notes in view and those being worked with, and threads touching the view', () => {
    const notes = Array.from({ length: 100 }, (_, i) => note(`n${i}`, i * 200))
    const area = canvasWindow({ x: 0, y: 0, scale: 1 }, screen)
    const shown = notesInWindow(notes, lanes, area, new Set(['n99']))
    expect(shown.map((n) => n.id)).toContain('n0')
    expect(shown.map((n) => n.id)).toContain('n99')
    expect(shown.length).toBeLessThan(15)
    const rects = new Map(notes.map((n) => [n.id, noteRect(n, lanes)]))
    const thread = (id: string, from: string, to: string): Thread => ({
      id,
      from,
      to,
      label: '',
      kind: 'connection',
      authorId: null,
      createdAt: 0,
    })
    const threads = [
      thread('near', 'n0', 'n1'),
      thread('across', 'n0', 'n90'),
      thread('far', 'n80', 'n90'),
    ]
    expect(threadsInWindow(threads, rects, area).map((t) => t.id)).toEqual(['near', 'across'])
  })
})
