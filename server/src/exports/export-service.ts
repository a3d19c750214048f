import type { ExportFormat, WorkshopExport } from '@weave/shared'
import type { Clock } from '../clock.js'
import type { Download } from './download.js'
import type { Store } from '../store/types.js'
import type { DocSource } from './doc-source.js'
import { gatherExport, type ExportRequest } from './gather.js'
import { renderExport } from './render.js'

/** Exports of a workshop, a room or a snapshot, in every format. */
export interface ExportService {
  /** The JSON export document (what every other format is drawn from). */
  build(request: ExportRequest): Promise<WorkshopExport>
  /** The export as a file in `format`. */
  download(request: ExportRequest, format: ExportFormat): Promise<Download>
}

/** Creates the export service over a store and a way to read documents. */
export function createExportService(deps: {
  store: Store
  readDoc: DocSource
  clock: Clock
}): ExportService {
  const build = (request: ExportRequest) => gatherExport(deps, request)
  return {
    build,
    async download(request, format) {
      return renderExport(await build(request), format)
    },
  }
}
