import { ID_PATTERN, LANE_ID_PATTERN } from '../model/ids.js'
import { CONTENT_LIMITS } from '../permissions/content-limits.js'
import { CODEBOOK_MAX_ENTRIES } from '../protocol/api-analysis.js'
import type { WorkshopExport } from './format.js'

/** Why an export cannot be imported although it matches the schema. */
export interface ImportProblem {
  /** `invalid_export`: ids no live document takes; `import_over_limits`: more than one holds. */
  readonly code: 'invalid_export' | 'import_over_limits'
  readonly message: string
}

/**
 * What the export schema allows but a live workshop does not (EXP-I1): an import is held to the
 * limits and id shapes every live write is (CONTENT_LIMITS, the codebook's size, document-name
 * ids), so nothing imported is an entry that every later edit would be refused for. Null when the
 * export fits.
 */
export function importProblem(exp: WorkshopExport): ImportProblem | null {
  const invalid = (message: string): ImportProblem => ({ code: 'invalid_export', message })
  const over = (message: string): ImportProblem => ({ code: 'import_over_limits', message })
  const { lanesPerWorkshop, notesPerBoard, threadsPerBoard } = CONTENT_LIMITS

  if (exp.lanes.length > lanesPerWorkshop)
    return over(
      `The export has ${exp.lanes.length} lanes; a workshop has at most ${lanesPerWorkshop}.`,
    )
  if (exp.lanes.some((lane) => !LANE_ID_PATTERN.test(lane.id)))
    return invalid('A lane id is not 1 to 64 lower-case letters, digits and hyphens.')
  if (new Set(exp.lanes.map((lane) => lane.id)).size !== exp.lanes.length)
    return invalid('Two lanes share one id.')
  for (const kind of ['themes', 'codes'] as const) {
    const count = exp.codebook[kind].length
    if (count > CODEBOOK_MAX_ENTRIES)
      return over(`The codebook has ${count} ${kind}; it holds at most ${CODEBOOK_MAX_ENTRIES}.`)
  }
  for (const room of exp.rooms) {
    if (!ID_PATTERN.test(room.id))
      return invalid('A room id is not 6 to 32 lower-case letters and digits.')
    if (room.notes.length > notesPerBoard)
      return over(`A room has ${room.notes.length} notes; a board holds at most ${notesPerBoard}.`)
    if (room.threads.length > threadsPerBoard)
      return over(
        `A room has ${room.threads.length} threads; a board holds at most ${threadsPerBoard}.`,
      )
    if (room.notes.some((note) => !ID_PATTERN.test(note.id)))
      return invalid('A note id is not 6 to 32 lower-case letters and digits.')
    if (room.threads.some((thread) => !ID_PATTERN.test(thread.id)))
      return invalid('A thread id is not 6 to 32 lower-case letters and digits.')
  }
  return null
}
