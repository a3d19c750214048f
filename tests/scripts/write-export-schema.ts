/**
 * Writes docs/export-format.schema.json from the export format's zod schema. Run with
 * `pnpm export-schema` after changing shared/src/export/format.ts; shared/test/export-schema.test.ts
 * fails until the committed file matches.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { exportJsonSchema } from '@weave/shared'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const OUT = path.join(REPO_ROOT, 'docs/export-format.schema.json')

// Formatted like every other file in the repository, so `prettier --check` stays clean.
const options = await resolveConfig(OUT)
const text = await format(JSON.stringify(exportJsonSchema(), null, 2), {
  ...options,
  filepath: OUT,
})
await writeFile(OUT, text.endsWith('\n') ? text : `${text}\n`)
console.log(`wrote ${path.relative(REPO_ROOT, OUT)}`)
