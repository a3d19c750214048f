import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createNote, readNotes, type SnapshotInfo } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { REPO_ROOT, tempDataDir } from '../helpers/server.js'
import { runWeave } from '../helpers/weave-cli.js'

const harness = useHarness()
/** Runs `weave <args>` (what `pnpm weave` runs) on a data directory, from `cwd`. */
const weave = (dataDir: string, args: string[], cwd = REPO_ROOT) =>
  runWeave(args, { WEAVE_DATA_DIR: dataDir }, cwd)

describe('the organizers\u2019 CLI', () => {
  it('lists and exports a workshop, a room and a snapshot from the store', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl, 'CLI summit')
    const roomId = workshop.rooms[0]!.roomId
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const board = harness.client(workshop.roomDoc, ana.token)
    await synced(board)
    createNote(board.doc, { laneId: 'health', x: 0, y: 80, text: 'Warm hand-offs' }, ana.author)
    const witness = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, 'the note stored', (doc) => readNotes(doc).length === 1)
    const base = `${running.httpUrl}/api/workshops/${workshop.workshopId}`
    const snapshot = (
      await call(`${base}/snapshots`, 'POST', workshop.facilitatorToken, { roomId, name: 'Noon' })
    ).body as SnapshotInfo

    const out = tempDataDir('weave-cli-out-')
    const listed = await weave(running.dataDir, ['list', '--workshop', workshop.workshopId])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain(roomId)
    expect(listed.stdout).toContain(snapshot.id)

    // The server is still running: the CLI reads the same SQLite file alongside it.
    const zip = await weave(running.dataDir, ['export', '--workshop', workshop.workshopId], out)
    expect(zip.code).toBe(0)
    const zipFile = path.join(out, 'cli-summit.zip')
    expect(zip.stdout).toContain(zipFile)
    const files = unzipSync(fs.readFileSync(zipFile))
    expect(strFromU8(files['notes.csv']!)).toContain('Warm hand-offs')

    const svg = await weave(
      running.dataDir,
      [
        'export',
        '--workshop',
        workshop.workshopId,
        '--snapshot',
        snapshot.id,
        '--format',
        'svg',
        '--out',
        'noon.svg',
      ],
      out,
    )
    expect(svg.code).toBe(0)
    expect(fs.readFileSync(path.join(out, 'noon.svg'), 'utf8')).toContain('Warm hand-offs')

    const csv = await weave(
      running.dataDir,
      [
        'export',
        '--workshop',
        workshop.workshopId,
        '--room',
        roomId,
        '--format',
        'notes.csv',
        '--deidentified',
        '--out',
        'notes.csv',
      ],
      out,
    )
    expect(csv.code).toBe(0)
    const notes = fs.readFileSync(path.join(out, 'notes.csv'), 'utf8')
    expect(notes).toContain('Participant')
    expect(notes).not.toContain('Ana')
  })

  it('fails with one clear line for unknown ids and bad arguments', async () => {
    const dataDir = tempDataDir()
    const unknown = await weave(dataDir, ['export', '--workshop', 'nosuchworkshop'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr.trim()).toBe('There is no workshop with id "nosuchworkshop".')
    const format = await weave(dataDir, ['export', '--workshop', 'abcdefgh', '--format', 'docx'])
    expect(format.code).toBe(2)
    expect(format.stderr).toMatch(/Unknown format "docx"/)
    const missing = await weave(dataDir, ['export'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/--workshop is required/)
    const listUnknown = await weave(dataDir, ['list', '--workshop', 'nosuchworkshop'])
    expect(listUnknown.code).toBe(1)
  })
})
