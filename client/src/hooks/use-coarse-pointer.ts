import { useSyncExternalStore } from 'react'

const QUERY = '(pointer: coarse)'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

function read(): boolean {
  return window.matchMedia(QUERY).matches
}

/** True on touch screens (a finger, not a mouse, is the main pointer): hints then say "tap". */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, read, () => false)
}
