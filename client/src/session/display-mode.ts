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

/**
 * The mode this browser will most likely open the board in, before the person's role is known
 * (to start loading the canvas early): what it chose last time, else the list on phone-sized
 * screens.
 */
export function likelyDisplayMode(screenWidth: number): DisplayMode {
  return saved() ?? (screenWidth < PHONE_MAX_WIDTH_PX ? 'list' : 'board')
}

/**
 * The display mode, starting from what this browser chose last time, or the list for
 * participants on a phone-sized screen; every change is remembered.
 */
export function createDisplayModeStore(role: Role, screenWidth: number): ValueStore<DisplayMode> {
  const phone = role === 'participant' && screenWidth < PHONE_MAX_WIDTH_PX
  const store = createValueStore<DisplayMode>(saved() ?? (phone ? 'list' : 'board'))
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
