import type { codeInputSchema, themeInputSchema } from '@weave/shared'
import {
  CODEBOOK_MAX_ENTRIES,
  newId,
  type Codebook,
  type CodingRequest,
  type ExportCode,
  type ExportTheme,
} from '@weave/shared'
import type { z } from 'zod'
import type { Clock } from '../clock.js'
import type { CodeRecord, Store, ThemeRecord } from '../store/types.js'
import { ServiceError } from '../service-error.js'

/** Theme colours handed out in turn (each passes WCAG AA as a chip with white text). */
const THEME_COLORS = ['#1d4ed8', '#a16207', '#be185d', '#15803d', '#6d28d9', '#c2410c', '#0e7490']

/** Most note × code pairs one request may apply or remove. */
const MAX_CODINGS_PER_REQUEST = 10_000

type ThemeInput = z.output<typeof themeInputSchema>
type CodeInput = z.output<typeof codeInputSchema>

/** The analysis codebook of a workshop: themes, codes, and codes applied to notes. */
export interface CodebookService {
  read(workshopId: string): Promise<Codebook>
  saveTheme(workshopId: string, input: ThemeInput, themeId?: string): Promise<ExportTheme>
  deleteTheme(workshopId: string, themeId: string): Promise<Codebook>
  saveCode(workshopId: string, input: CodeInput, codeId?: string): Promise<ExportCode>
  deleteCode(workshopId: string, codeId: string): Promise<Codebook>
  code(workshopId: string, request: CodingRequest): Promise<Codebook>
}

const toTheme = ({ id, name, description, color }: ThemeRecord): ExportTheme => ({
  id,
  name,
  description,
  color,
})
const toCode = ({ id, name, description, themeId }: CodeRecord): ExportCode => ({
  id,
  name,
  description,
  themeId,
})

/** The codebook as exports and the API show it. */
export async function readCodebook(store: Store, workshopId: string): Promise<Codebook> {
  const [themes, codes, codings] = await Promise.all([
    store.listThemes(workshopId),
    store.listCodes(workshopId),
    store.listCodings(workshopId),
  ])
  return { themes: themes.map(toTheme), codes: codes.map(toCode), codings }
}

const notFound = (what: 'theme' | 'code') =>
  new ServiceError(404, `unknown_${what}`, `There is no such ${what} in this workshop's codebook.`)

/** Creates the codebook service. */
export function createCodebookService({
  store,
  clock,
}: {
  store: Store
  clock: Clock
}): CodebookService {
  async function existing<T extends { id: string }>(list: Promise<T[]>, id?: string) {
    const all = await list
    const found = id === undefined ? undefined : all.find((entry) => entry.id === id)
    if (id === undefined && all.length >= CODEBOOK_MAX_ENTRIES)
      throw new ServiceError(
        409,
        'codebook_full',
        `A codebook holds at most ${CODEBOOK_MAX_ENTRIES} entries of each kind.`,
      )
    return { all, found }
  }
  return {
    read: (workshopId) => readCodebook(store, workshopId),

    async saveTheme(workshopId, input, themeId) {
      const { all, found } = await existing(store.listThemes(workshopId), themeId)
      if (themeId !== undefined && !found) throw notFound('theme')
      const theme: ThemeRecord = {
        id: found?.id ?? newId(),
        workshopId,
        name: input.name,
        description: input.description,
        color: input.color ?? found?.color ?? THEME_COLORS[all.length % THEME_COLORS.length]!,
        createdAt: found?.createdAt ?? clock.now(),
      }
      await store.saveTheme(theme)
      return toTheme(theme)
    },

    async deleteTheme(workshopId, themeId) {
      if (!(await store.deleteTheme(workshopId, themeId))) throw notFound('theme')
      return readCodebook(store, workshopId)
    },

    async saveCode(workshopId, input, codeId) {
      const { found } = await existing(store.listCodes(workshopId), codeId)
      if (codeId !== undefined && !found) throw notFound('code')
      if (input.themeId !== null) {
        const themes = await store.listThemes(workshopId)
        if (!themes.some((theme) => theme.id === input.themeId)) throw notFound('theme')
      }
      const code: CodeRecord = {
        id: found?.id ?? newId(),
        workshopId,
        themeId: input.themeId,
        name: input.name,
        description: input.description,
        createdAt: found?.createdAt ?? clock.now(),
      }
      await store.saveCode(code)
      return toCode(code)
    },

    async deleteCode(workshopId, codeId) {
      if (!(await store.deleteCode(workshopId, codeId))) throw notFound('code')
      return readCodebook(store, workshopId)
    },

    async code(workshopId, { action, notes, codeIds }) {
      const known = new Set((await store.listCodes(workshopId)).map((code) => code.id))
      if (!codeIds.every((id) => known.has(id))) throw notFound('code')
      const rooms = new Set((await store.listRooms(workshopId)).map((room) => room.id))
      if (!notes.every((note) => rooms.has(note.roomId)))
        throw new ServiceError(404, 'unknown_room', 'There is no such room in this workshop.')
      if (notes.length * codeIds.length > MAX_CODINGS_PER_REQUEST)
        throw new ServiceError(
          400,
          'too_many_codings',
          `Apply at most ${MAX_CODINGS_PER_REQUEST} note-code pairs at once.`,
        )
      const codings = notes.flatMap((note) => codeIds.map((codeId) => ({ ...note, codeId })))
      if (action === 'apply') await store.applyCodings(workshopId, codings)
      else await store.removeCodings(workshopId, codings)
      return readCodebook(store, workshopId)
    },
  }
}
