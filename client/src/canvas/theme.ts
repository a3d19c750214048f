/** The fonts and colours the canvas draws with (kept in line with styles.css). */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
/** Dark text on every note colour passes WCAG AA. */
export const NOTE_TEXT_COLOR = '#1f2937'
export const NOTE_META_COLOR = '#374151'
export const NOTE_FONT_SIZE = 16
export const NOTE_LINE_HEIGHT = 1.3
export const NOTE_PADDING = 12
/** Height of the author line at the bottom of a note. */
export const NOTE_META_HEIGHT = 26
export const SELECTION_COLOR = '#4338ca'
export const THREAD_COLOR = '#334155'
export const THREAD_OPACITY = 0.55
export const LANE_BODY_OPACITY = 0.07
export const HANDLE_RADIUS = 9
/** The dashed outline of private notes. */
export const PRIVATE_COLOR = '#475569'
/** Dots and vote counts. */
export const DOT_COLOR = '#be123c'
/** The keyboard focus ring (as --brand in styles.css). */
export const FOCUS_COLOR = '#4338ca'
