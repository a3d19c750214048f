/** Where a one-time message for the start page waits across the page load (this tab only). */
const HOME_NOTICE_KEY = 'weave:home-notice'

/** Leaves a message for the start page to show once (e.g. "workshop deleted"). */
export function leaveHomeNotice(message: string): void {
  try {
    sessionStorage.setItem(HOME_NOTICE_KEY, message)
  } catch {
    // Storage blocked: the start page simply shows no message.
  }
}

/** Takes the start page's message, if one was left (it is shown once). */
export function takeHomeNotice(): string | null {
  try {
    const message = sessionStorage.getItem(HOME_NOTICE_KEY)
    sessionStorage.removeItem(HOME_NOTICE_KEY)
    return message
  } catch {
    return null
  }
}
