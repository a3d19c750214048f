import { describe, expect, it } from 'vitest'
import { createNote, readNotes, type AnonymousMine } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { openRecorder } from '../helpers/recorder.js'

const harness = useHarness()

describe('boards stored before anonymous notes went through the server', () => {
  it('[FAC-A4] seal the author id of old anonymous notes before anyone receives them', async () => {
    const first = await harness.start()
    const workshop = await createWorkshop(first.httpUrl)
    const ana = await join(first.httpUrl, workshop, { name: 'Ana Secretname', sector: 'health' })
    const ben = await join(first.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    // What an earlier build stored for "Post anonymously": no name, but Ana's id.
    const writer = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await synced(writer)
    const old = createNote(
      writer.doc,
      { laneId: 'health', x: 10, y: 80, text: 'posted anonymously, long ago' },
      { id: ana.participantId, name: null, sector: 'health' },
    )
    createNote(writer.doc, { laneId: 'health', x: 10, y: 300, text: 'named' }, ana.author)
    const witness = harness.client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, 'both stored', (doc) => readNotes(doc).length === 2)
    writer.destroy()
    witness.destroy()
    await first.stop()

    const second = await harness.start({ dataDir: first.dataDir })
    const recorder = await openRecorder(second.wsUrl, workshop.roomDoc, ben.token)
    harness.track(recorder.socket)
    const notes = readNotes(recorder.mirror)
    expect(notes.find((note) => note.id === old)).toMatchObject({
      authorId: null,
      authorName: null,
      authorSector: 'health',
    })
    expect(notes.find((note) => note.id === old)?.authorSeal).toMatch(/^[0-9a-f]{24}\./)
    expect(notes.find((note) => note.text === 'named')?.authorId).toBe(ana.participantId)
    // The sealed note is still Ana's to change, through the server.
    const base = `${second.httpUrl}/api/workshops/${workshop.workshopId}/rooms/${workshop.rooms[0]!.roomId}/anonymous`
    const mine = (await call(`${base}/mine`, 'GET', ana.token)).body as AnonymousMine
    expect(mine.notes).toEqual([old])
    expect((await call(`${base}/notes/${old}`, 'POST', ana.token, { text: 'now' })).status).toBe(
      200,
    )
    expect((await call(`${base}/mine`, 'GET', ben.token)).body).toEqual({ notes: [], threads: [] })
  })
})
