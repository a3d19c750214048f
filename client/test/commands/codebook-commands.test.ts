import { afterEach, describe, expect, it, vi } from 'vitest'
import { CODING_BATCH_MAX } from '@weave/shared'
import {
  codeNotes,
  deleteCode,
  deleteTheme,
  saveCode,
  saveTheme,
} from '../../src/commands/codebook-commands'
import { laterStrings } from '../../src/i18n/strings-later'
import { createFakeAnalysis } from '../fakes/fake-analysis-session'

afterEach(() => vi.unstubAllGlobals())

const t = laterStrings.analysis.coding
const base = '/api/workshops/w1/codebook'
const empty = { themes: [], codes: [], codings: [] }
const theme = { name: ' Access ', description: '' }

describe('the codebook (facilitators, analysis page)', () => {
  it('adds a theme, then loads the codebook again and says so', async () => {
    const { session, api } = createFakeAnalysis()
    const codebook = { ...empty, themes: [{ id: 't1', name: 'Access' }] }
    api.answer(`POST ${base}/themes`, { id: 't1', name: 'Access' })
    api.answer(`GET ${base}`, codebook)
    expect(await saveTheme(session, theme)).toBe(true)
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${base}/themes`,
      `GET ${base}`,
    ])
    expect(api.requests[0]?.body).toEqual(theme)
    expect(session.codebook.get().data).toEqual(codebook)
    expect(session.notice.get()).toMatchObject({ text: t.themeAdded(' Access '), error: false })
  })

  it('saves an existing theme or code at its own address', async () => {
    const { session, api } = createFakeAnalysis()
    api.answer(`POST ${base}/themes/t1`, {})
    api.answer(`POST ${base}/codes/c1`, {})
    api.answer(`GET ${base}`, empty)
    await saveTheme(session, theme, 't1')
    expect(session.notice.get()?.text).toBe(t.themeSaved(' Access '))
    await saveCode(session, { name: 'Bus', themeId: 't1' }, 'c1')
    expect(session.notice.get()?.text).toBe(t.codeSaved('Bus'))
    await saveCode(session, { name: 'Bus' })
    expect(api.sentTo(`POST ${base}/codes`)).toHaveLength(1)
  })

  it('deletes a theme or a code, keeping the codebook the server answers', async () => {
    const { session, api } = createFakeAnalysis()
    const after = { ...empty, codes: [{ id: 'c1', name: 'Bus' }] }
    api.answer(`DELETE ${base}/themes/t1`, after)
    api.answer(`DELETE ${base}/codes/c1`, empty)
    await deleteTheme(session, 't1', 'Access')
    expect(session.codebook.get().data).toEqual(after)
    expect(session.notice.get()?.text).toBe(t.themeDeleted('Access'))
    await deleteCode(session, 'c1', 'Bus')
    expect(session.codebook.get().data).toEqual(empty)
    expect(session.notice.get()?.text).toBe(t.codeDeleted('Bus'))
  })

  it('codes a large selection in several requests, each within the server’s limit', async () => {
    const { session, api } = createFakeAnalysis()
    api.answer(`POST ${base}/codings`, empty)
    const notes = Array.from({ length: CODING_BATCH_MAX + 5 }, (_, i) => ({
      roomId: 'r1',
      noteId: `n${i}`,
    }))
    expect(await codeNotes(session, 'apply', notes, ['c1', 'c2'])).toBe(true)
    const sent = api.sentTo(`POST ${base}/codings`).map((r) => r.body as { notes: unknown[] })
    expect(sent.map((body) => body.notes.length)).toEqual([CODING_BATCH_MAX, 5])
    expect(sent[0]).toMatchObject({ action: 'apply', codeIds: ['c1', 'c2'] })
    expect(session.notice.get()?.text).toBe(t.applied(2, notes.length))
    await codeNotes(session, 'remove', notes.slice(0, 1), ['c1'])
    expect(session.notice.get()?.text).toBe(t.removed(1, 1))
  })

  it('says why, as an error, when the server refuses', async () => {
    const { session, api } = createFakeAnalysis()
    api.refuse(
      `POST ${base}/codes`,
      400,
      'invalid_request',
      'The request is not valid: name must not be empty',
    )
    expect(await saveCode(session, { name: '' })).toBe(false)
    expect(session.notice.get()).toMatchObject({
      text: 'The request is not valid: name must not be empty',
      error: true,
    })
  })
})
