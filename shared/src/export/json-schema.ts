import { z } from 'zod'
import { EXPORT_SCHEMA_VERSION, workshopExportSchema } from './format.js'

/** The $id of the export's JSON Schema; it names the schemaVersion it describes. */
export const EXPORT_JSON_SCHEMA_ID = `urn:weave:export-format:${EXPORT_SCHEMA_VERSION}`

/**
 * The export format as a JSON Schema (draft 2020-12), generated from workshopExportSchema so the
 * two cannot disagree. docs/export-format.schema.json holds it (`pnpm export-schema` rewrites it,
 * and a test fails when it is stale), for researchers validating exports with their own tools.
 */
export function exportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(workshopExportSchema, { target: 'draft-2020-12' })
  return {
    $schema,
    $id: EXPORT_JSON_SCHEMA_ID,
    title: 'Weave workshop export',
    description:
      `A Weave export, schemaVersion ${EXPORT_SCHEMA_VERSION}: a workshop, a room or a snapshot ` +
      'of a room, with lanes, notes, threads, rounds and the codebook. See docs/export-format.md.',
    ...rest,
  }
}
