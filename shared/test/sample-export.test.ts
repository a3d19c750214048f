import { describe, expect, it } from 'vitest'
import { workshopExportSchema } from '../src/index.js'
import { hostileExport } from './fixtures/hostile-export.js'
import { sampleExport } from './fixtures/sample-export.js'

describe('test fixtures', () => {
  it('the sample export is a valid export', () => {
    expect(workshopExportSchema.parse(sampleExport)).toEqual(sampleExport)
  })

  it('the hostile export is still a valid export (hostile text is allowed in, so must be handled)', () => {
    expect(workshopExportSchema.safeParse(hostileExport).success).toBe(true)
  })
})
