import type { FocusStep } from '@weave/shared'
import type { BoardSession } from '../session/board-session'
import { deleteFocused, resizeFocused, selectFocusedThread } from '../commands/keyboard-actions'
import {
  cancelConnecting,
  finishConnecting,
  pickStep,
  startConnecting,
} from '../commands/keyboard-connect'
import { focusedNote, showFocusRing, stepFocus } from '../commands/keyboard-focus'
import {
  moveFocusedToNextLane,
  nudgeFocused,
  startMoving,
  stopMoving,
} from '../commands/lane-moves'
import { startEditing } from '../commands/selection-commands'

/** How far an arrow key moves a picked-up note, in canvas units (with Shift: further). */
const NUDGE_STEP = 10
const NUDGE_STEP_LARGE = 50

const ARROW_STEPS: Readonly<Record<string, FocusStep>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
}

const NUDGES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
}

/** Keys while choosing the far end of a thread (connect mode). */
function pickingKey(session: BoardSession, event: KeyboardEvent): boolean {
  const step = event.key === 'Tab' ? (event.shiftKey ? 'previous' : 'next') : ARROW_STEPS[event.key]
  if (step) pickStep(session, step)
  else if (event.key === 'Enter' || event.key === ' ') void finishConnecting(session)
  else if (event.key === 'Escape' || event.key.toLowerCase() === 'c') cancelConnecting(session)
  else return false
  return true
}

/** Keys while a note is picked up (move mode). */
function movingKey(session: BoardSession, event: KeyboardEvent): boolean {
  const nudge = NUDGES[event.key]
  if (nudge) {
    const step = event.shiftKey ? NUDGE_STEP_LARGE : NUDGE_STEP
    nudgeFocused(session, nudge[0] * step, nudge[1] * step)
  } else if (['Enter', 'Escape', ' ', 'm', 'M', 'Tab'].includes(event.key)) {
    stopMoving(session)
    return event.key !== 'Tab'
  } else return false
  return true
}

/**
 * The board's own keys while the canvas has focus: moving focus between notes, picking a note up
 * to move it, changing its lane, resizing, connecting, choosing its threads and deleting, by the
 * interaction's mode. Returns true when the key was used (the caller then prevents the browser's
 * default). Tab past the last note is not used, so focus can always leave the board.
 */
export function handleBoardKey(session: BoardSession, event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  showFocusRing(session, true)
  const state = session.view.interaction.get()
  if (state.mode === 'connecting' && state.by === 'picking') return pickingKey(session, event)
  if (state.mode === 'moving' && state.by === 'keyboard' && movingKey(session, event)) return true
  const key = event.key
  if (key === 'Tab') return stepFocus(session, event.shiftKey ? 'previous' : 'next')
  const step = ARROW_STEPS[key]
  if (step) {
    stepFocus(session, step)
    return true
  }
  const note = focusedNote(session)
  if (!note) return false
  switch (key) {
    case '[':
    case ']':
      moveFocusedToNextLane(session, key === '[' ? -1 : 1)
      return true
    case 'm':
    case 'M':
      startMoving(session)
      return true
    case 'c':
    case 'C':
      startConnecting(session)
      return true
    case 'Enter':
      startEditing(session, note.id)
      return true
    case 'Delete':
    case 'Backspace':
      deleteFocused(session)
      return true
    case 't':
    case 'T':
      selectFocusedThread(session)
      return true
    case '<':
    case '>':
      resizeFocused(session, key === '>' ? 1 : -1)
      return true
    default:
      return false
  }
}
