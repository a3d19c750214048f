import { useCallback, useState } from 'react'
import { firstVisitHintWanted, rememberFirstVisitHint } from '../session/first-visit'

/** Whether the first-visit hint is to be shown, and a way to close it for good. */
export function useFirstVisitHint(): { shown: boolean; close: () => void } {
  const [shown, setShown] = useState(firstVisitHintWanted)
  const close = useCallback(() => {
    rememberFirstVisitHint()
    setShown(false)
  }, [])
  return { shown, close }
}
