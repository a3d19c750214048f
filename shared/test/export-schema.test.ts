import { describe, expect, it } from 'vitest'
// A JSON import rather than node:fs keeps shared/ free of Node APIs, tests included.
import committed from '../../docs/export-format.schema.json' with { type: 'json' }
import { EXPORT_JSON_SCHEMA_ID, exportJsonSchema } from '../src/index.js'

describe('docs/export-format.schema.json', () => {
  it('matches the export format', () => {
    expect(
      committed,
      'docs/export-format.schema.json is stale: run `pnpm export-schema` and commit the result',
    ).toEqual(exportJsonSchema())
    expect(committed).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: EXPORT_JSON_SCHEMA_ID,
      additionalProperties: false,
    })
  })
})
