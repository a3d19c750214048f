import {
  anonymousNoteChangeSchema,
  anonymousNoteRequestSchema,
  anonymousThreadChangeSchema,
  anonymousThreadRequestSchema,
  type AnonymousWritten,
} from '@weave/shared'
import type { AnonymousWrites } from '../anonymity/anonymous-writes.js'
import type { Route } from './router.js'

const ANONYMOUS = '\\/api\\/workshops\\/([^/]+)\\/rooms\\/([a-z0-9]{6,32})\\/anonymous'
const path = (rest: string) => new RegExp(`^${ANONYMOUS}${rest}$`)
const ITEM = '([a-z0-9]{6,32})'

/** Anonymous notes and threads, written by the server for their author (api.md, FAC-A rules). */
export function anonymousRoutes(writes: AnonymousWrites): Route[] {
  const room = (params: readonly string[]) => params[1] ?? ''
  const item = (params: readonly string[]) => params[2] ?? ''
  const written = (id: string): AnonymousWritten => ({ id })
  return [
    {
      method: 'GET',
      pattern: path('\\/mine'),
      run: async (c) => [200, await writes.mine(await c.member(), room(c.params))],
    },
    {
      method: 'POST',
      pattern: path('\\/notes'),
      run: async (c) => {
        const principal = await c.member()
        const request = await c.body(anonymousNoteRequestSchema)
        return [201, written(await writes.createNote(principal, room(c.params), request))]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/notes\\/${ITEM}`),
      run: async (c) => {
        const principal = await c.member()
        const change = await c.body(anonymousNoteChangeSchema)
        await writes.changeNote(principal, room(c.params), item(c.params), change)
        return [200, written(item(c.params))]
      },
    },
    {
      method: 'DELETE',
      pattern: path(`\\/notes\\/${ITEM}`),
      run: async (c) => {
        const principal = await c.member()
        await writes.deleteNote(principal, room(c.params), item(c.params))
        return [200, written(item(c.params))]
      },
    },
    {
      method: 'POST',
      pattern: path('\\/threads'),
      run: async (c) => {
        const principal = await c.member()
        const request = await c.body(anonymousThreadRequestSchema)
        return [201, written(await writes.createThread(principal, room(c.params), request))]
      },
    },
    {
      method: 'POST',
      pattern: path(`\\/threads\\/${ITEM}`),
      run: async (c) => {
        const principal = await c.member()
        const change = await c.body(anonymousThreadChangeSchema)
        await writes.changeThread(principal, room(c.params), item(c.params), change)
        return [200, written(item(c.params))]
      },
    },
    {
      method: 'DELETE',
      pattern: path(`\\/threads\\/${ITEM}`),
      run: async (c) => {
        const principal = await c.member()
        await writes.deleteThread(principal, room(c.params), item(c.params))
        return [200, written(item(c.params))]
      },
    },
  ]
}
