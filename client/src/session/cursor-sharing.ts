import type { Awareness } from 'y-protocols/awareness'
import { throttle } from './throttle'

/** Cursor updates are sent at most this often (about 20 per second). */
const CURSOR_INTERVAL_MS = 50

type Point = { readonly x: number; readonly y: number }

/** This person's shared cursor: where the pointer is, and whether it may be shown now. */
export interface CursorSharing {
  /** Shares where the pointer is, in canvas coordinates (null when it left the board). */
  set(cursor: Point | null): void
  /** Stops sharing the cursor, or shares it again where the pointer is now. */
  hide(hidden: boolean): void
  /** Stops a throttled send still waiting (the session is closing). */
  cancel(): void
}

/** Creates the cursor sharing of one room's presence. */
export function createCursorSharing(awareness: Awareness): CursorSharing {
  const send = throttle((cursor: Point) => {
    awareness.setLocalStateField('cursor', cursor)
  }, CURSOR_INTERVAL_MS)
  let last: Point | null = null
  // Not shared while it would point at an anonymous note of this person's.
  let hidden = false
  return {
    set(cursor) {
      last = cursor && { x: Math.round(cursor.x), y: Math.round(cursor.y) }
      if (hidden) return
      if (last === null) {
        send.cancel()
        awareness.setLocalStateField('cursor', null)
        return
      }
      send(last)
    },
    hide(next) {
      if (hidden === next) return
      hidden = next
      send.cancel()
      awareness.setLocalStateField('cursor', hidden ? null : last)
    },
    cancel: () => send.cancel(),
  }
}
