import { useState } from 'react'
import { takeHomeNotice } from '../session/home-notice'

/** The message another page left for the start page (read once, when the page mounts). */
export function useHomeNotice(): string | null {
  const [message] = useState(takeHomeNotice)
  return message
}
