/** How long a download link stays valid after the click (the browser has started by then). */
const REVOKE_AFTER_MS = 30_000

/** Hands a file to the browser's download (a temporary `<a download>` over an object URL). */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
