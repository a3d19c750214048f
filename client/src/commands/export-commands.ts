import type { ExportFormat } from '@weave/shared'
import * as api from '../api/analysis-api'
import type { AnalysisScope } from '../analysis/scope'
import { saveFile } from '../analysis/save-file'
import type { AnalysisSession } from '../session/analysis-session'
import { failureMessage } from '../session/resource'
import { laterStrings } from '../i18n/strings-later'

/** Downloads an export of the scope and hands it to the browser; resolves true when it worked. */
export async function downloadExport(
  session: AnalysisSession,
  format: ExportFormat,
  scope: AnalysisScope,
  deidentified: boolean,
): Promise<boolean> {
  try {
    const file = await api.downloadExport(
      session.workshopId,
      session.token,
      format,
      scope,
      deidentified,
    )
    saveFile(file.blob, file.filename)
    session.say(laterStrings.analysis.exports.saved(file.filename))
    return true
  } catch (error) {
    session.say(failureMessage(error, laterStrings.analysis.errors.download), true)
    return false
  }
}
