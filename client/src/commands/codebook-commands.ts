import { CODING_BATCH_MAX, type CodeInput, type NoteRef, type ThemeInput } from '@weave/shared'
import * as api from '../api/analysis-api'
import type { AnalysisSession } from '../session/analysis-session'
import { failureMessage } from '../session/resource'
import { strings } from '../i18n/strings'
import { laterStrings } from '../i18n/strings-later'

const t = laterStrings.analysis.coding

/** Most note × code pairs the server takes in one coding request. */
const CODING_PAIRS_MAX = 10_000

/** Runs a codebook change and says it worked, or why it failed; resolves true when it worked. */
async function change(
  session: AnalysisSession,
  run: () => Promise<void>,
  done: string,
): Promise<boolean> {
  try {
    await run()
    session.say(done)
    return true
  } catch (error) {
    session.say(failureMessage(error, strings.errors.unexpected), true)
    return false
  }
}

/** Creates a theme, or updates it when `themeId` is given. */
export function saveTheme(
  session: AnalysisSession,
  input: ThemeInput,
  themeId?: string,
): Promise<boolean> {
  const { workshopId, token, codebook } = session
  return change(
    session,
    async () => {
      await api.saveTheme(workshopId, token, input, themeId)
      await codebook.reload()
    },
    themeId ? t.themeSaved(input.name) : t.themeAdded(input.name),
  )
}

/** Deletes a theme; its codes stay, without a theme. */
export function deleteTheme(
  session: AnalysisSession,
  themeId: string,
  name: string,
): Promise<boolean> {
  const { workshopId, token, codebook } = session
  return change(
    session,
    async () => codebook.set(await api.deleteTheme(workshopId, token, themeId)),
    t.themeDeleted(name),
  )
}

/** Creates a code, or updates it when `codeId` is given. */
export function saveCode(
  session: AnalysisSession,
  input: CodeInput,
  codeId?: string,
): Promise<boolean> {
  const { workshopId, token, codebook } = session
  return change(
    session,
    async () => {
      await api.saveCode(workshopId, token, input, codeId)
      await codebook.reload()
    },
    codeId ? t.codeSaved(input.name) : t.codeAdded(input.name),
  )
}

/** Deletes a code and takes it off every note. */
export function deleteCode(
  session: AnalysisSession,
  codeId: string,
  name: string,
): Promise<boolean> {
  const { workshopId, token, codebook } = session
  return change(
    session,
    async () => codebook.set(await api.deleteCode(workshopId, token, codeId)),
    t.codeDeleted(name),
  )
}

/** Applies codes to notes, or takes them off. */
export function codeNotes(
  session: AnalysisSession,
  action: 'apply' | 'remove',
  notes: readonly NoteRef[],
  codeIds: readonly string[],
): Promise<boolean> {
  const { workshopId, token, codebook } = session
  const batch = Math.max(
    1,
    Math.min(CODING_BATCH_MAX, Math.floor(CODING_PAIRS_MAX / Math.max(1, codeIds.length))),
  )
  return change(
    session,
    async () => {
      // Large selections go in several requests, each within the server's limits.
      for (let start = 0; start < notes.length; start += batch) {
        const request = { action, notes: notes.slice(start, start + batch), codeIds: [...codeIds] }
        codebook.set(await api.codeNotes(workshopId, token, request))
      }
    },
    action === 'apply'
      ? t.applied(codeIds.length, notes.length)
      : t.removed(codeIds.length, notes.length),
  )
}
