/** How exported boards are drawn: the live board's sizes and colours (client/src/canvas/theme.ts). */
export const BOARD_STYLE = {
  canvasColor: '#f6f5f2',
  titleColor: '#0f172a',
  subtitleColor: '#475569',
  noteTextColor: '#1f2937',
  noteMetaColor: '#374151',
  noteFontSize: 16,
  noteLineHeight: 1.3,
  notePadding: 12,
  /** Height of the author line at the bottom of a note. */
  noteMetaHeight: 26,
  noteCornerRadius: 8,
  metaFontSize: 12,
  threadColor: '#334155',
  threadOpacity: 0.55,
  threadWidth: 3.5,
  threadLabelFontSize: 13,
  threadLabelPadding: 6,
  threadLabelMaxChars: 48,
  dotColor: '#be123c',
  voteBadgeRadius: 15,
  laneHeaderFontSize: 19,
  laneCornerRadius: 12,
  /** Space around the drawing, in px. */
  margin: 32,
  titleHeight: 84,
} as const

/** What a thread's kind is called on its label (the board's English names). */
export const THREAD_KIND_NAMES = {
  connection: 'Connection',
  'shared-goal': 'Shared goal',
  'referral-path': 'Referral path',
  gap: 'Gap',
  partnership: 'Partnership',
} as const

/** The author line's name for notes written anonymously. */
export const ANONYMOUS_AUTHOR = 'Anonymous'
