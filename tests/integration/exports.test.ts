import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  createNote,
  createThread,
  deleteNote,
  readNotes,
  setPhase,
  workshopExportSchema,
  type Codebook,
  type CreateWorkshopResponse,
  type ExportCode,
  type ExportTheme,
  type RoomInfo,
  type SnapshotInfo,
  type WorkshopExport,
} from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { eventually } from '../helpers/wait.js'

const harness = useHarness()

/** Downloads an export; resolves with the status, headers and raw bytes. */
async function download(url: string, token: string) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/** A workshop with two named authors, an anonymous one, a thread, a vote and a coded note. */
async function populatedWorkshop(httpUrl: string) {
  const workshop = await createWorkshop(httpUrl, 'Summit: early years')
  const base = `${httpUrl}/api/workshops/${workshop.workshopId}`
  const roomId = workshop.rooms[0]!.roomId
  const ana = await join(httpUrl, workshop, { name: 'Anastasia Seedname', sector: 'health' })
  const ben = await join(httpUrl, workshop, { name: 'Benedikt Seedname', sector: 'education' })
  const anon = await join(httpUrl, workshop, { anonymous: true })
  const anaBoard = harness.client(workshop.roomDoc, ana.token)
  const benBoard = harness.client(workshop.roomDoc, ben.token)
  const anonBoard = harness.client(workshop.roomDoc, anon.token)
  await Promise.all([synced(anaBoard), synced(benBoard), synced(anonBoard)])
  const a = createNote(
    anaBoard.doc,
    { laneId: 'health', x: 10, y: 80, text: '=SUM(A1) waitlists' },
    ana.author,
  )
  const b = createNote(
    benBoard.doc,
    { laneId: 'education', x: 10, y: 80, text: 'Shared intake' },
    ben.author,
  )
  // Anonymous participants write through the server (FAC-A1).
  const quiet = await call(`${base}/rooms/${roomId}/anonymous/notes`, 'POST', anon.token, {
    laneId: 'education',
    x: 10,
    y: 300,
    text: 'Quiet voice',
  })
  expect(quiet.status).toBe(201)
  const gone = createNote(
    anaBoard.doc,
    { laneId: 'health', x: 10, y: 500, text: 'CANARY-deleted-text' },
    ana.author,
  )
  deleteNote(anaBoard.doc, gone)
  await docReaches(anaBoard.doc, 'all notes', (doc) => readNotes(doc).length === 3)
  expect(
    createThread(
      anaBoard.doc,
      { from: a, to: b, label: 'same families', kind: 'shared-goal' },
      ana.author,
    ),
  ).not.toBeNull()
  const witness = harness.client(workshop.roomDoc, workshop.facilitatorToken)
  await docReaches(witness.doc, 'everything stored', (doc) => readNotes(doc).length === 3)

  const f = workshop.facilitatorToken
  await call(`${base}/votes`, 'POST', f, { dotsPerPerson: 2 })
  await call(`${base}/votes/current/dots`, 'POST', ben.token, { roomId, noteId: a })
  await call(`${base}/votes/current/close`, 'POST', f, {})
  const theme = (
    await call(`${base}/codebook/themes`, 'POST', f, {
      name: 'Access',
      description: 'Getting in the door',
    })
  ).body as ExportTheme
  const code = (
    await call(`${base}/codebook/codes`, 'POST', f, { name: 'Waitlists', themeId: theme.id })
  ).body as ExportCode
  const coded = await call(`${base}/codebook/codings`, 'POST', f, {
    action: 'apply',
    notes: [{ roomId, noteId: a }],
    codeIds: [code.id],
  })
  expect(coded.status).toBe(200)
  return { workshop, base, roomId, ana, ben, anon, a, b, theme, code, witness }
}

describe('exports', () => {
  it('[REL-23][FAC-A3] exports a workshop as JSON, CSV, zip, SVG and PNG, for facilitators only', async () => {
    const running = await harness.start()
    const { workshop, base, roomId, ana, a, witness } = await populatedWorkshop(running.httpUrl)
    const f = workshop.facilitatorToken
    const quietSeal = readNotes(witness.doc).find((note) => note.text === 'Quiet voice')?.authorSeal
    expect(quietSeal).toMatch(/^[0-9a-f]{24}\./)

    const json = await download(`${base}/exports/json`, f)
    expect(json.status).toBe(200)
    expect(json.headers.get('content-disposition')).toMatch(
      /^attachment; filename="summit-early-years\.json"$/,
    )
    const exp = workshopExportSchema.parse(JSON.parse(text(json.bytes))) as WorkshopExport
    const notes = exp.rooms[0]!.notes
    expect(notes.map((n) => n.author).sort()).toEqual([
      'Anastasia Seedname',
      'Benedikt Seedname',
      null,
    ])
    expect(notes.find((n) => n.id === a)).toMatchObject({ votes: 1, codes: [expect.any(String)] })
    expect(exp.rooms[0]!.threads).toHaveLength(1)

    const csv = await download(`${base}/exports/notes.csv`, f)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const csvText = text(csv.bytes)
    // A UTF-8 byte-order mark, so spreadsheet apps read the accents and emoji right.
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csvText).toContain("'=SUM(A1) waitlists")

    const zip = unzipSync((await download(`${base}/exports/zip`, f)).bytes)
    // Never deleted text, tokens or Yjs client ids.
    const everything = [text(json.bytes), csvText, ...Object.values(zip).map((b) => strFromU8(b))]
    for (const file of everything) {
      expect(file).not.toContain('CANARY')
      expect(file).not.toContain(f)
      expect(file).not.toContain(ana.token)
      expect(file).not.toMatch(/"client(ID|Id)?"/)
      // [FAC-A3] nor the sealed link of an anonymous note to its author.
      expect(file).not.toContain(quietSeal)
      expect(file).not.toContain('authorSeal')
    }
    expect(Object.keys(zip).sort()).toEqual(
      expect.arrayContaining([
        'README.txt',
        'export.json',
        'notes.csv',
        'threads.csv',
        'themes.csv',
        'weave-matrix.csv',
        'weave-matrix.svg',
      ]),
    )
    expect(Object.keys(zip).some((name) => /^boards\/00-main-room\.svg$/.test(name))).toBe(true)
    expect(strFromU8(zip['themes.csv']!)).toContain('Waitlists')

    const svg = await download(`${base}/exports/svg?room=${roomId}`, f)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(text(svg.bytes)).toContain('Shared intake')
    const png = await download(`${base}/exports/png?room=${roomId}`, f)
    expect([...png.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

    // Clear 4xx for what cannot be exported; participants cannot export at all.
    expect((await call(`${base}/exports/svg`, 'GET', f)).status).toBe(400)
    expect((await call(`${base}/exports/docx`, 'GET', f)).status).toBe(404)
    expect((await call(`${base}/exports/json?room=NOT-AN-ID`, 'GET', f)).status).toBe(400)
    expect((await call(`${base}/exports/json?room=zzzzzzzz`, 'GET', f)).status).toBe(404)
    expect((await call(`${base}/exports/json?snapshot=zzzzzzzz`, 'GET', f)).status).toBe(404)
    for (const path of ['exports/json', 'exports/zip', 'codebook', 'snapshots'])
      expect((await call(`${base}/${path}`, 'GET', ana.token)).status).toBe(403)
    expect((await call(`${base}/codebook/themes`, 'POST', ana.token, { name: 'x' })).status).toBe(
      403,
    )
  })

  it('[EXP-D2][EXP-D3] de-identifies: stable pseudonyms, sectors kept, no seeded name anywhere', async () => {
    const running = await harness.start()
    const { workshop, base, roomId } = await populatedWorkshop(running.httpUrl)
    const f = workshop.facilitatorToken
    const snapshot = (await call(`${base}/snapshots`, 'POST', f, { roomId, name: 'Close' }))
      .body as SnapshotInfo
    const files = [
      await download(`${base}/exports/json?deidentified=1`, f),
      await download(`${base}/exports/notes.csv?deidentified=1`, f),
      await download(`${base}/exports/zip?deidentified=1`, f),
      await download(`${base}/exports/json?deidentified=1&snapshot=${snapshot.id}`, f),
    ]
    for (const file of files) {
      expect(file.status).toBe(200)
      const all =
        file.headers.get('content-type') === 'application/zip'
          ? Object.values(unzipSync(file.bytes))
              .map((bytes) => strFromU8(bytes))
              .join('\n')
          : text(file.bytes)
      expect(all).not.toMatch(/Seedname|Anastasia|Benedikt/)
    }
    const whole = JSON.parse(text(files[0]!.bytes)) as WorkshopExport
    const snap = JSON.parse(text(files[3]!.bytes)) as WorkshopExport
    const authors = (exp: WorkshopExport) =>
      exp.rooms[0]!.notes.map((n) => [n.authorSector ?? 'none', n.author] as const).sort(
        ([a], [b]) => a.localeCompare(b),
      )
    expect(authors(whole)).toEqual(authors(snap))
    expect(authors(whole)).toEqual([
      ['education', expect.stringMatching(/^Participant \d+$/)],
      ['health', expect.stringMatching(/^Participant \d+$/)],
      ['none', null],
    ])
    expect(snap.scope).toEqual({ kind: 'snapshot', roomId, snapshotId: snapshot.id })
  })

  it('[EXP-D1][EXP-D2][EXP-D4][EXP-D5] numbers people in join order, keeps their pseudonyms in every room, snapshot and later export, and names nobody in any format', async () => {
    const running = await harness.start()
    const { workshop, base, roomId, ana, ben, anon } = await populatedWorkshop(running.httpUrl)
    const f = workshop.facilitatorToken
    // Ana also writes in a breakout room.
    const [one] = (await call(`${base}/rooms`, 'POST', f, { count: 1 })).body as RoomInfo[]
    await call(`${base}/breakouts/move`, 'POST', f, {
      participantId: ana.participantId,
      roomId: one!.roomId,
    })
    await call(`${base}/breakouts/open`, 'POST', f, {})
    const anaInOne = harness.client(one!.docName, ana.token)
    await synced(anaInOne)
    createNote(anaInOne.doc, { laneId: 'health', x: 0, y: 80, text: 'In room one' }, ana.author)
    const witness = harness.client(one!.docName, f)
    await docReaches(witness.doc, 'the room one note', (doc) => readNotes(doc).length === 1)
    await call(`${base}/breakouts/close`, 'POST', f, {})
    const snapshot = (await call(`${base}/snapshots`, 'POST', f, { roomId, name: 'Before Cleo' }))
      .body as SnapshotInfo

    const deidentified = async (query = '') =>
      JSON.parse(
        text((await download(`${base}/exports/json?deidentified=1${query}`, f)).bytes),
      ) as WorkshopExport
    const byText = (exp: WorkshopExport) =>
      new Map(
        exp.rooms.flatMap((room) =>
          room.notes.map((n) => [n.text, { author: n.author, authorKey: n.authorKey }] as const),
        ),
      )
    const number = (named: { author: string | null } | undefined) =>
      Number(/^Participant (\d+)$/.exec(named?.author ?? '')?.[1] ?? NaN)
    const first = byText(await deidentified())
    const anaAs = first.get('=SUM(A1) waitlists')!
    const benAs = first.get('Shared intake')!
    for (const named of [anaAs, benAs]) {
      expect(named.author).toMatch(/^Participant \d+$/)
      expect(named.authorKey).toBe(named.author)
    }
    // Ana joined before Ben.
    expect(number(anaAs)).toBeLessThan(number(benAs))
    expect(first.get('In room one')).toEqual(anaAs)
    expect(first.get('Quiet voice')).toEqual({ author: null, authorKey: null })
    const inSnapshot = byText(await deidentified(`&snapshot=${snapshot.id}`))
    expect(inSnapshot.get('=SUM(A1) waitlists')).toEqual(anaAs)
    expect(inSnapshot.get('Shared intake')).toEqual(benAs)

    // Someone joining later renumbers nobody.
    const cleo = await join(running.httpUrl, workshop, {
      name: 'Cleopatra Seedname',
      sector: 'families',
    })
    const cleoBoard = harness.client(workshop.roomDoc, cleo.token)
    await synced(cleoBoard)
    createNote(cleoBoard.doc, { laneId: 'families', x: 0, y: 80, text: 'Late words' }, cleo.author)
    const main = harness.client(workshop.roomDoc, f)
    await docReaches(main.doc, 'Cleo’s note', (doc) =>
      readNotes(doc).some((n) => n.text === 'Late words'),
    )
    const later = byText(await deidentified())
    expect(later.get('=SUM(A1) waitlists')).toEqual(anaAs)
    expect(later.get('In room one')).toEqual(anaAs)
    expect(later.get('Shared intake')).toEqual(benAs)
    expect(number(later.get('Late words'))).toBeGreaterThan(number(benAs))

    // No name, participant id or mapping in any format, whatever the scope.
    const secrets = [
      'Anastasia',
      'Benedikt',
      'Cleopatra',
      'Seedname',
      ...[ana, ben, anon, cleo].map((person) => person.participantId),
    ]
    const formats = [
      'json',
      'notes.csv',
      'threads.csv',
      'themes.csv',
      'matrix.csv',
      'matrix.svg',
      'matrix.png',
      'zip',
      `svg?room=${roomId}`,
      `png?room=${roomId}`,
      `json?room=${one!.roomId}`,
      `svg?snapshot=${snapshot.id}`,
    ]
    for (const format of formats) {
      const file = await download(
        `${base}/exports/${format}${format.includes('?') ? '&' : '?'}deidentified=1`,
        f,
      )
      expect(file.status, format).toBe(200)
      const all = format.startsWith('zip')
        ? Object.values(unzipSync(file.bytes))
            .map((bytes) => strFromU8(bytes, true))
            .join('\n')
        : Buffer.from(file.bytes).toString('latin1') + text(file.bytes)
      for (const secret of secrets)
        expect(all.includes(secret), `${secret} in ${format}`).toBe(false)
    }
  })

  it('imports an export into a new workshop that exports identically', async () => {
    const running = await harness.start()
    const { workshop, base } = await populatedWorkshop(running.httpUrl)
    const original = JSON.parse(
      text((await download(`${base}/exports/json`, workshop.facilitatorToken)).bytes),
    ) as WorkshopExport

    // Into a fresh server, as an organizer moving data would.
    const other = await harness.start()
    const imported = await call(`${other.httpUrl}/api/workshops/import`, 'POST', null, original)
    expect(imported.status).toBe(201)
    const created = imported.body as CreateWorkshopResponse
    const again = JSON.parse(
      text(
        (
          await download(
            `${other.httpUrl}/api/workshops/${created.workshopId}/exports/json`,
            created.facilitatorToken,
          )
        ).bytes,
      ),
    ) as WorkshopExport
    const comparable = (exp: WorkshopExport) => ({
      ...exp,
      exportedAt: null,
      workshop: { ...exp.workshop, id: null },
    })
    expect(comparable(again)).toEqual(comparable(original))
    const codebook = (
      await call(
        `${other.httpUrl}/api/workshops/${created.workshopId}/codebook`,
        'GET',
        created.facilitatorToken,
      )
    ).body as Codebook
    expect(codebook.codings).toHaveLength(1)

    // Bad imports get a clear 400, never a half-made workshop.
    const bad = await call(`${other.httpUrl}/api/workshops/import`, 'POST', null, {
      ...original,
      schemaVersion: 99,
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/schemaVersion|version/i)
    expect(
      (await call(`${other.httpUrl}/api/workshops/import`, 'POST', null, { hello: 1 })).status,
    ).toBe(400)
  })

  it('takes a snapshot of every open room when the workshop closes', async () => {
    const running = await harness.start()
    const workshop: TestWorkshop = await createWorkshop(running.httpUrl)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const control = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(control)
    setPhase(control.doc, 'live')
    setPhase(control.doc, 'closed')
    let snapshots: SnapshotInfo[] = []
    await eventually('the closing snapshot', async () => {
      snapshots = (await call(`${base}/snapshots`, 'GET', workshop.facilitatorToken))
        .body as SnapshotInfo[]
      return snapshots.some((s) => s.reason === 'closed')
    })
    expect(snapshots.filter((s) => s.reason === 'closed').map((s) => s.roomId)).toEqual([
      workshop.rooms[0]!.roomId,
    ])
  })
})
