import { lanesInDisplayOrder, UNSORTED_LANE } from '../../analysis/lane-order.js'
import {
  LANE_GAP,
  LANE_WIDTH,
  laneHeight,
  laneLeft,
  noteCanvasPosition,
} from '../../model/layout.js'
import type { ExportNote, ExportRoom, WorkshopExport } from '../format.js'
import { laneColumnSvg } from './board-lanes.js'
import { noteCardSvg, type CodeChip } from './board-notes.js'
import { BOARD_STYLE } from './board-style.js'
import { labelBox, threadCaption, threadLabelSvg, threadPathSvg } from './board-threads.js'
import { element, formatUtcMinute, num, svgDocument, textElement } from './svg-elements.js'
import { fitLine } from './svg-text.js'
import { curveBetween, curveMidpoint, type Box } from '../../model/thread-geometry.js'

/** Choices for a board drawing. */
export interface BoardSvgOptions {
  /** Draw the room name (and snapshot) above the board; default true. */
  readonly title?: boolean
  /** Draw each note's codes as chips; default false. */
  readonly codes?: boolean
}

/** Vote badges stick out of a note's top-right corner by this much. */
const BADGE_OVERHANG = BOARD_STYLE.voteBadgeRadius - 4
/** Narrowest drawing, so the title has room even on a board without lanes. */
const MIN_CONTENT_WIDTH = LANE_WIDTH

/**
 * One room's board as a standalone SVG document that looks like the live board: lanes with their
 * header bands, note cards, threads with their labels, and a title. Throws a RangeError for a room
 * the export does not hold.
 */
export function boardSvg(
  exp: WorkshopExport,
  roomId: string,
  options: BoardSvgOptions = {},
): string {
  const room = exp.rooms.find((candidate) => candidate.id === roomId)
  if (!room) throw new RangeError(`The export has no room ${roomId}`)
  const lanes = lanesInDisplayOrder(exp.lanes)
  const boxes = new Map(room.notes.map((note) => [note.id, noteBox(note, lanes)]))
  const laneIds = new Set(lanes.map((lane) => lane.id))
  const columns = room.notes.some((note) => !laneIds.has(note.laneId))
    ? [...lanes, { ...UNSORTED_LANE, locked: false }]
    : lanes
  const height = laneHeight(room.notes.map((note) => note.y + note.height))
  const threads = room.threads.flatMap((thread) => {
    const from = boxes.get(thread.from)
    const to = boxes.get(thread.to)
    if (!from || !to) return []
    const curve = curveBetween(from, to)
    return [{ thread, curve, caption: threadCaption(thread), middle: curveMidpoint(curve) }]
  })

  const extents: Box[] = [
    { x: 0, y: 0, width: Math.max(laneLeft(columns.length) - LANE_GAP, MIN_CONTENT_WIDTH), height },
    ...[...boxes.values()].map((box) => ({
      ...box,
      y: box.y - BADGE_OVERHANG,
      width: box.width + BADGE_OVERHANG,
      height: box.height + BADGE_OVERHANG,
    })),
    ...threads.flatMap(({ curve, caption, middle }) => [
      boxAround([curve.start, curve.c1, curve.c2, curve.end]),
      ...(caption ? [labelBox(caption, middle)] : []),
    ]),
  ]
  const bounds = union(extents)
  const titleHeight = options.title === false ? 0 : BOARD_STYLE.titleHeight
  const margin = BOARD_STYLE.margin
  const width = Math.ceil(bounds.width + margin * 2)
  const totalHeight = Math.ceil(bounds.height + margin * 2 + titleHeight)
  const chipsOf = options.codes ? codeChipsOf(exp) : () => []

  const board = [
    ...columns.map((lane, index) => laneColumnSvg(lane, laneLeft(index), height)),
    ...threads.map(({ thread, curve }) => threadPathSvg(thread, curve)),
    ...room.notes.map((note) =>
      noteCardSvg(note, boxes.get(note.id) ?? noteBox(note, lanes), chipsOf(note)),
    ),
    // Labels above the cards, so a thread passing behind a note keeps a readable label.
    ...threads.flatMap(({ caption, middle }) => (caption ? [threadLabelSvg(caption, middle)] : [])),
  ]
  const offsetX = margin - bounds.x
  const offsetY = margin + titleHeight - bounds.y
  return svgDocument({
    width,
    height: totalHeight,
    label: `${room.name} (${exp.workshop.title || 'Weave workshop'})`,
    description: describeBoard(columns.length, room.notes.length, threads.length),
    body: [
      element('rect', { width, height: totalHeight, fill: BOARD_STYLE.canvasColor }),
      titleHeight > 0 ? titleSvg(exp, room, width - margin * 2) : '',
      element('g', { transform: `translate(${num(offsetX)} ${num(offsetY)})` }, board.join('\n')),
    ],
  })
}

function noteBox(note: ExportNote, lanes: Parameters<typeof noteCanvasPosition>[1]): Box {
  const position = noteCanvasPosition(note, lanes)
  return { x: position.x, y: position.y, width: note.width, height: note.height }
}

function boxAround(points: ReadonlyArray<{ x: number; y: number }>): Box {
  const xs = points.map((point) => point.x)
  const ys = points.map((point) => point.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((box) => box.x))
  const y = Math.min(...boxes.map((box) => box.y))
  const right = Math.max(...boxes.map((box) => box.x + box.width))
  const bottom = Math.max(...boxes.map((box) => box.y + box.height))
  return { x, y, width: right - x, height: bottom - y }
}

function titleSvg(exp: WorkshopExport, room: ExportRoom, maxWidth: number): string {
  const margin = BOARD_STYLE.margin
  const snapshot = room.snapshot
    ? `Snapshot: ${room.snapshot.name} · ${formatUtcMinute(room.snapshot.takenAt)}`
    : null
  const details = [exp.workshop.title, snapshot, exp.deidentified ? 'de-identified' : null]
    .filter((part): part is string => Boolean(part))
    .join('  ·  ')
  return element(
    'g',
    { class: 'title' },
    textElement(fitLine(room.name, maxWidth, { fontSize: 24, weight: 'bold' }), {
      x: margin,
      y: margin + 22,
      'font-size': 24,
      'font-weight': 'bold',
      fill: BOARD_STYLE.titleColor,
    }) +
      textElement(fitLine(details, maxWidth, { fontSize: 15 }), {
        x: margin,
        y: margin + 50,
        'font-size': 15,
        fill: BOARD_STYLE.subtitleColor,
      }),
  )
}

function describeBoard(lanes: number, notes: number, threads: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `A whiteboard with ${plural(lanes, 'lane')}, ${plural(notes, 'note')} and ${plural(threads, 'thread')}.`
}

function codeChipsOf(exp: WorkshopExport): (note: ExportNote) => CodeChip[] {
  const themeColors = new Map(exp.codebook.themes.map((theme) => [theme.id, theme.color]))
  const order = new Map(exp.codebook.codes.map((code, index) => [code.id, index]))
  const chips = new Map(
    exp.codebook.codes.map((code) => [
      code.id,
      { name: code.name, color: (code.themeId && themeColors.get(code.themeId)) || '#64748b' },
    ]),
  )
  return (note) =>
    [...new Set(note.codes)]
      .filter((id) => chips.has(id))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .flatMap((id) => {
        const chip = chips.get(id)
        return chip ? [chip] : []
      })
}
