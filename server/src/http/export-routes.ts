import {
  BOARD_IMAGE_FORMATS,
  codeInputSchema,
  codingRequestSchema,
  EXPORT_FORMATS,
  themeInputSchema,
  type ExportFormat,
} from '@weave/shared'
import { z } from 'zod'
import type { CodebookService } from '../exports/codebook-service.js'
import type { ExportService } from '../exports/export-service.js'
import { MAX_IMPORT_BYTES } from '../exports/import-service.js'
import { ServiceError } from '../service-error.js'
import type { RouteContext, Route } from './router.js'

const path = (rest: string) => new RegExp(`^\\/api\\/workshops\\/([^/]+)${rest}$`)
const ID = '([a-z0-9]{6,32})'

function exportFormat(value: string): ExportFormat {
  const format = EXPORT_FORMATS.find((candidate) => candidate === value)
  if (!format)
    throw new ServiceError(
      404,
      'unknown_format',
      `Export formats are: ${EXPORT_FORMATS.join(', ')}.`,
    )
  return format
}

/** `?room=`, `?snapshot=` and `?deidentified=` of an export request, checked. */
function exportQuery(c: RouteContext) {
  const id = (name: string) => {
    const value = c.query.get(name)
    if (value === null) return undefined
    if (!/^[a-z0-9]{6,32}$/.test(value))
      throw new ServiceError(400, 'invalid_request', `The ${name} parameter must be an id.`)
    return value
  }
  const flag = c.query.get('deidentified')
  if (flag !== null && !['0', '1', 'true', 'false'].includes(flag))
    throw new ServiceError(400, 'invalid_request', 'deidentified must be 1 or 0.')
  return {
    roomId: id('room'),
    snapshotId: id('snapshot'),
    deidentified: flag === '1' || flag === 'true',
  }
}

/** Exports (downloads) and the analysis codebook: facilitators only. */
export function exportRoutes(exports: ExportService, codebook: CodebookService): Route[] {
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: path('\\/exports\\/([a-z.]{3,12})'),
      run: async (c) => {
        await c.facilitator()
        const format = exportFormat(c.params[1] ?? '')
        const query = exportQuery(c)
        if (BOARD_IMAGE_FORMATS.includes(format) && !query.roomId && !query.snapshotId)
          throw new ServiceError(
            400,
            'choose_a_room',
            'Board images are drawn per room: add ?room=<id> or ?snapshot=<id>.',
          )
        return [200, await exports.download({ workshopId: c.workshopId(), ...query }, format)]
      },
    },
    {
      method: 'GET',
      pattern: path('\\/codebook'),
      run: async (c) => {
        await c.facilitator()
        return [200, await codebook.read(c.workshopId())]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/codebook\\/themes'),
      run: async (c) => {
        await c.facilitator()
        return [201, await codebook.saveTheme(c.workshopId(), await c.body(themeInputSchema))]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/codebook\\/themes\\/${ID}`),
      run: async (c) => {
        await c.facilitator()
        const input = await c.body(themeInputSchema)
        return [200, await codebook.saveTheme(c.workshopId(), input, c.params[1])]
      },
    },
    {
      method: 'DELETE',
      pattern: path(`\\/codebook\\/themes\\/${ID}`),
      run: async (c) => {
        await c.facilitator()
        return [200, await codebook.deleteTheme(c.workshopId(), c.params[1] ?? '')]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/codebook\\/codes'),
      run: async (c) => {
        await c.facilitator()
        return [201, await codebook.saveCode(c.workshopId(), await c.body(codeInputSchema))]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/codebook\\/codes\\/${ID}`),
      run: async (c) => {
        await c.facilitator()
        const input = await c.body(codeInputSchema)
        return [200, await codebook.saveCode(c.workshopId(), input, c.params[1])]
      },
    },
    {
      method: 'DELETE',
      pattern: path(`\\/codebook\\/codes\\/${ID}`),
      run: async (c) => {
        await c.facilitator()
        return [200, await codebook.deleteCode(c.workshopId(), c.params[1] ?? '')]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/codebook\\/codings'),
      run: async (c) => {
        await c.facilitator()
        return [200, await codebook.code(c.workshopId(), await c.body(codingRequestSchema))]
      },
    },
  ]
  return routes
}

/** `POST /api/workshops/import`: anyone who may create a workshop may import one. */
export function importRoute(importWorkshop: (body: unknown) => Promise<unknown>): Route {
  return {
    method: 'POST',
    pattern: /^\/api\/workshops\/import$/,
    run: async (c) => [
      201,
      await importWorkshop(await c.body(z.unknown(), { maxBytes: MAX_IMPORT_BYTES })),
    ],
  }
}
