import type { Role } from '@weave/shared'
import { createValueStore, type ValueStore } from './store'

/** The board drawn on a canvas, or the same board as an accessible list. */
export type DisplayMode = 'board' | 'list'

/** Screens narrower than this are phones: participants get the list view first. */
export const PHONE_MAX_WIDTH_PX = 600
const STORAGE_KEY = 'weave:display-mode'

function saved(): DisplayMode | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'board' || value === 'list' ? value : null
  } catch {
    return null
  }
}

/** Why a participant's board opens as the list when they never chose: a small screen, a slow link. */
export type ListReason = 'phone' | 'slow-link' | null

/** Why this browser would open a participant's board as the list by default (null: it would not). */
export function listReason(screenWidth: number, slowLink: boolean): ListReason {
  if (screenWidth < PHONE_MAX_WIDTH_PX) return 'phone'
  return slowLink ? 'slow-link' : null
}

/**
 * The mode this browser will most likely open the board in, before the person's role is known
 * (to start loading the canvas early): what it chose last time, else the list on phone-sized
 * screens and slow links.
 */
export function likelyDisplayMode(screenWidth: number, slowLink: boolean): DisplayMode {
  return saved() ?? (listReason(screenWidth, slowLink) ? 'list' : 'board')
}

/**
 * Why a board opens as the list without anyone choosing: for participants who never chose, on a
 * phone-sized screen or a slow link; null when it opens as chosen, or as the canvas.
 */
export function openingListReason(role: Role, screenWidth: number, slowLink: boolean): ListReason {
  if (saved() !== null || role !== 'participant') return null
  return listReason(screenWidth, slowLink)
}

/**
 * The display mode, starting from what this browser chose last time, or for participants the
 * list on a phone-sized screen or a slow link (its code is a third of the canvas's); every change
 * is remembered.
 */
export function createDisplayModeStore(
  role: Role,
  screenWidth: number,
  slowLink: boolean,
): ValueStore<DisplayMode> {
  const list = openingListReason(role, screenWidth, slowLink) !== null
  const store = createValueStore<DisplayMode>(saved() ?? (list ? 'list' : 'board'))
  return {
    ...store,
    set(mode) {
      store.set(mode)
      try {
        localStorage.setItem(STORAGE_KEY, mode)
      } catch {
        // Storage blocked: the choice lasts until the tab closes.
      }
    },
  }
}
