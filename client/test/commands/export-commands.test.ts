import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadExport } from '../../src/commands/export-commands'
import { laterStrings } from '../../src/i18n/strings-later'
import { createFakeAnalysis } from '../fakes/fake-analysis-session'

afterEach(() => vi.unstubAllGlobals())

/** Just enough of a page for a download link: records the files the browser was handed. */
function stubDownloads(): { name: string; url: string }[] {
  const saved: { name: string; url: string }[] = []
  const link = {
    href: '',
    download: '',
    rel: '',
    style: {},
    click: () => void saved.push({ name: link.download, url: link.href }),
    remove: () => undefined,
  }
  vi.stubGlobal('document', { createElement: () => link, body: { append: () => undefined } })
  vi.stubGlobal('window', { setTimeout: () => 0 })
  return saved
}

describe('exports (analysis page)', () => {
  it('downloads the scope’s export with the token and hands it to the browser', async () => {
    const saved = stubDownloads()
    const { session, api } = createFakeAnalysis()
    const route = 'GET /api/workshops/w1/exports/notes.csv?room=r1&deidentified=1'
    api.answer(
      route,
      () =>
        new Response('lane,text\n', {
          headers: { 'Content-Disposition': 'attachment; filename="summit-r1.csv"' },
        }),
    )
    expect(await downloadExport(session, 'notes.csv', { kind: 'room', roomId: 'r1' }, true)).toBe(
      true,
    )
    expect(api.requests[0]?.token).toBe('token-p-maya')
    expect(saved).toEqual([{ name: 'summit-r1.csv', url: expect.stringMatching(/^blob:/) }])
    expect(session.notice.get()).toMatchObject({
      text: laterStrings.analysis.exports.saved('summit-r1.csv'),
      error: false,
    })
  })

  it('says why, as an error, when the download fails', async () => {
    const saved = stubDownloads()
    const { session, api } = createFakeAnalysis()
    api.refuse(
      'GET /api/workshops/w1/exports/json',
      404,
      'unknown_snapshot',
      'There is no such snapshot in this workshop.',
    )
    expect(await downloadExport(session, 'json', { kind: 'workshop' }, false)).toBe(false)
    expect(session.notice.get()).toMatchObject({
      text: 'There is no such snapshot in this workshop.',
      error: true,
    })
    api.unreachable(true)
    await downloadExport(session, 'json', { kind: 'workshop' }, false)
    expect(session.notice.get()?.text).toBe('The server could not be reached.')
    expect(saved).toEqual([])
  })
})
