/** What the join page was opened with (from the invitation link's fragment). */
export interface JoinInvitation {
  readonly joinCode: string | null
  readonly observerCode: string | null
}

function key(workshopId: string): string {
  return `weave:invitation:${workshopId}`
}

/** Remembers the codes an invitation link carried, so joining again needs no retyping. */
export function saveInvitation(workshopId: string, invitation: JoinInvitation): void {
  try {
    localStorage.setItem(key(workshopId), JSON.stringify(invitation))
  } catch {
    // Storage blocked: the person can type the code again.
  }
}

/** The codes of the last invitation link opened for this workshop, if any. */
export function loadInvitation(workshopId: string): JoinInvitation | null {
  try {
    const raw = localStorage.getItem(key(workshopId))
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return null
    const { joinCode, observerCode } = parsed as Record<string, unknown>
    return {
      joinCode: typeof joinCode === 'string' ? joinCode : null,
      observerCode: typeof observerCode === 'string' ? observerCode : null,
    }
  } catch {
    return null
  }
}

/** Forgets the invitation codes for a workshop (log out). */
export function forgetInvitation(workshopId: string): void {
  try {
    localStorage.removeItem(key(workshopId))
  } catch {
    // Nothing to forget.
  }
}
