import { createNote, createThread, DEFAULT_SECTORS, readNotes, readThreads } from '@weave/shared'
import { facilitatorAuthor, join, type TestWorkshop } from '../helpers/api.js'
import { connectClient, docReaches, synced, type TestClient } from '../helpers/clients.js'

/** Seeded notes are a little smaller, two to a lane's row. */
const SEED_NOTE_WIDTH = 150
const SEED_NOTE_HEIGHT = 110

/** Sentences a workshop might produce, cycled to fill a board. */
const IDEAS = [
  'Families wait months for speech therapy',
  'Kindergarten teachers often notice first',
  'One intake form shared by every service',
  'Evening drop-in hours for working parents',
  'Transport to appointments is hard in winter',
  'Peer supporters know which doors are open',
  'Funding rules keep programs in silos',
  'Elders as mentors in early learning',
  'A single phone number for families to call',
  'Child care waitlists push parents out of work',
] as const

/**
 * Fills a room the way a workshop does: one participant per sector writes notes in their own lane
 * (`count` in all), then the facilitator weaves a thread for every fifth note. Resolves once a
 * fresh client reads every note back from the server (so they are stored).
 */
export async function seedBoard(
  httpUrl: string,
  wsUrl: string,
  workshop: TestWorkshop,
  count: number,
): Promise<void> {
  const writers: TestClient[] = []
  const ids: string[] = []
  for (const [lane, sector] of DEFAULT_SECTORS.entries()) {
    const joined = await join(httpUrl, workshop, { name: `Person ${lane + 1}`, sector: sector.id })
    const writer = connectClient(wsUrl, workshop.roomDoc, joined.token)
    writers.push(writer)
    await synced(writer)
    for (let row = 0, index = lane; index < count; row++, index += DEFAULT_SECTORS.length) {
      ids[index] = createNote(
        writer.doc,
        {
          laneId: sector.id,
          x: 12 + (row % 2) * (SEED_NOTE_WIDTH + 16),
          y: 70 + Math.floor(row / 2) * (SEED_NOTE_HEIGHT + 16),
          width: SEED_NOTE_WIDTH,
          height: SEED_NOTE_HEIGHT,
          text: `${IDEAS[index % IDEAS.length]} (${index + 1})`,
        },
        joined.author,
      )
    }
  }
  const facilitator = connectClient(wsUrl, workshop.roomDoc, workshop.facilitatorToken)
  writers.push(facilitator)
  await docReaches(
    facilitator.doc,
    `${count} notes stored`,
    (doc) => readNotes(doc).length === count,
  )
  for (let index = 5; index < ids.length; index += 5) {
    const from = ids[index]
    const to = ids[index - 4]
    if (from && to) createThread(facilitator.doc, { from, to }, facilitatorAuthor(workshop))
  }
  const reader = connectClient(wsUrl, workshop.roomDoc, workshop.facilitatorToken)
  writers.push(reader)
  const threads = Math.floor((count - 1) / 5)
  await docReaches(reader.doc, 'the board stored', (doc) => readThreads(doc).length === threads)
  for (const client of writers) client.destroy()
}
