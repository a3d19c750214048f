import { useEffect, useMemo, useRef } from 'react'

/**
 * A `blob:` URL for a text (e.g. an SVG drawing), revoked once nothing shows it any more. Images
 * load from it instead of injecting markup into the page.
 */
export function useObjectUrl(text: string | null, type: string): string | null {
  const url = useMemo(
    () => (text === null ? null : URL.createObjectURL(new Blob([text], { type }))),
    [text, type],
  )
  const shown = useRef<string | null>(null)
  useEffect(() => {
    if (!url) return
    shown.current = url
    return () => {
      if (shown.current === url) shown.current = null
      // Revoke a moment later, and only if no remount (React's development double run) took it
      // up again meanwhile.
      window.setTimeout(() => {
        if (shown.current !== url) URL.revokeObjectURL(url)
      }, 0)
    }
  }, [url])
  return url
}
