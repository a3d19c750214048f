import { describe, expect, it } from 'vitest'
import { createNote, draftDocName, readNotes } from '@weave/shared'
import { createWorkshop, join } from '../helpers/api.js'
import { docReaches, synced, type TestClient } from '../helpers/clients.js'
import { call } from '../helpers/http.js'
import { useHarness } from '../helpers/harness.js'

const harness = useHarness()

/**
 * Drafts have no board rules (only their author opens them, and the reveal stamps the author), so
 * the reveal is the one gate between a draft and the board. Found while writing the access
 * matrix: a draft note reusing the id of someone else's board note replaced that note on reveal.
 */
describe('revealing drafts', () => {
  it('[REL-27] never lets a draft note replace a note already on the board', async () => {
    const running = await harness.start()
    const client = (docName: string, token: string): TestClient => harness.client(docName, token)
    const workshop = await createWorkshop(running.httpUrl)
    const roomId = workshop.rooms[0]!.roomId
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    const api = (path: string, body: unknown) =>
      call(
        `${running.httpUrl}/api/workshops/${workshop.workshopId}${path}`,
        'POST',
        workshop.facilitatorToken,
        body,
      )

    const anaBoard = client(workshop.roomDoc, ana.token)
    await synced(anaBoard)
    const anaNote = createNote(
      anaBoard.doc,
      { laneId: 'health', x: 0, y: 80, text: 'Ana’s own words' },
      ana.author,
    )
    const witness = client(workshop.roomDoc, workshop.facilitatorToken)
    await docReaches(witness.doc, 'Ana’s note', (doc) => readNotes(doc).length === 1)

    const round = { prompt: 'Private', durationSec: 60, mode: 'private' }
    expect((await api('/rounds', round)).status).toBe(201)
    const benDraftName = draftDocName(workshop.workshopId, roomId, ben.participantId)
    const benDraft = client(benDraftName, ben.token)
    await synced(benDraft)
    createNote(
      benDraft.doc,
      { id: anaNote, laneId: 'health', x: 0, y: 0, text: 'hijacked' },
      ben.author,
    )
    createNote(benDraft.doc, { laneId: 'education', x: 0, y: 0, text: 'Ben’s thought' }, ben.author)
    const again = client(benDraftName, ben.token)
    await docReaches(again.doc, 'Ben’s draft stored', (doc) => readNotes(doc).length === 2)

    expect(await api('/rounds/current/reveal', { anonymise: false })).toMatchObject({ status: 200 })
    await docReaches(witness.doc, 'the reveal', (doc) =>
      readNotes(doc).some((n) => n.text === 'Ben’s thought'),
    )
    expect(readNotes(witness.doc).find((n) => n.id === anaNote)).toMatchObject({
      text: 'Ana’s own words',
      authorId: ana.participantId,
    })
    expect(readNotes(witness.doc).map((n) => n.text)).not.toContain('hijacked')
    // The draft is emptied either way: nothing of it stays behind to reveal later.
    await docReaches(again.doc, 'the draft empties', (doc) => readNotes(doc).length === 0)
  })
})
