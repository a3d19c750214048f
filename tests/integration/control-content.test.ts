import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addPlanStep,
  CloseCode,
  CONTROL_ROOTS,
  DEFAULT_SECTORS,
  moveLane,
  readLanes,
  renameLane,
  setLaneLocked,
} from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced, type TestClient } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'

// docs/protocol.md, PRO-7: the control document holds the documented roots and, in each, only the
// documented keys, whoever writes it. An outside client (the official provider, a facilitator's
// token) tries to store anything else; a participant's provider on the same document watches.

const harness = useHarness()

/** What every smuggled key or value carries, so a copy can be searched for it. */
const MARKER = 'smuggled'

const holdsMarker = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).includes(MARKER)

/** The writer's close code, or `relayed` once the watcher's copy holds the marker. */
function outcome(writer: TestClient, watcher: Y.Doc): Promise<number | 'relayed'> {
  let stop = () => {}
  const relayed = new Promise<'relayed'>((resolve) => {
    const onUpdate = () => holdsMarker(watcher) && resolve('relayed')
    watcher.on('update', onUpdate)
    stop = () => watcher.off('update', onUpdate)
  })
  return Promise.race([closedWith(writer), relayed]).finally(stop)
}

/** A workshop with a round, a vote, a plan step and a participant watching its control document. */
async function workshopWithEverything() {
  const running = await harness.start()
  const workshop: TestWorkshop = await createWorkshop(running.httpUrl)
  const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
  const facilitate = async (suffix: string, body: unknown) => {
    const url = `${running.httpUrl}/api/workshops/${workshop.workshopId}${suffix}`
    expect((await call(url, 'POST', workshop.facilitatorToken, body)).status, suffix).toBe(201)
  }
  await facilitate('/rounds', { prompt: 'What do you see?', durationSec: 60, mode: 'open' })
  await facilitate('/votes', { dotsPerPerson: 3 })
  const planner = harness.client(workshop.controlDoc, workshop.facilitatorToken)
  await synced(planner)
  addPlanStep(planner.doc, { title: 'Iceberg', prompt: 'Events?', durationSec: 60, mode: 'open' })
  const watcher = harness.client(workshop.controlDoc, ana.token)
  await docReaches(watcher.doc, 'the round, the vote and the plan', (doc) =>
    ['round', 'vote', 'plan'].every((root) => doc.getMap(root).size > 0),
  )
  /** Makes `change` on a new facilitator connection; how it ended. */
  async function attempt(change: (doc: Y.Doc) => void): Promise<number | 'relayed'> {
    const writer = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(writer)
    change(writer.doc)
    const result = await outcome(writer, watcher.doc)
    writer.provider.disconnect()
    return result
  }
  return { workshop, watcher, attempt }
}

/** The first entry of a root that holds one Y.Map per id (a room, a round). */
const firstEntry = (doc: Y.Doc, root: string) => [...doc.getMap(root).values()][0] as Y.Map<unknown>

const smuggledMap = () => new Y.Map<unknown>([[MARKER, 1]])

const UNLISTED: ReadonlyArray<[string, (doc: Y.Doc) => void]> = [
  [
    'a key on an existing lane',
    (doc) => (doc.getMap('lanes').get('health') as Y.Map<unknown>).set(MARKER, '<script>'),
  ],
  ...['workshop', 'attention', 'plan', 'round', 'vote', 'breakout'].map(
    (root): [string, (doc: Y.Doc) => void] => [
      `a key in ${root}`,
      (doc) => doc.getMap(root).set(MARKER, 'x'),
    ],
  ),
  ['a key on an existing room', (doc) => firstEntry(doc, 'rooms').set(MARKER, 1)],
  ['a key on an existing round', (doc) => firstEntry(doc, 'rounds').set(MARKER, 1)],
  ['a map as an assignment', (doc) => doc.getMap('assignments').set(MARKER, smuggledMap())],
  ['a map as the title', (doc) => doc.getMap('workshop').set('title', smuggledMap())],
  ['a map as a room', (doc) => doc.getMap('rooms').set(MARKER, 'not a map')],
  [
    'a key on a plan step',
    (doc) =>
      (doc.getMap('plan').get('steps') as Y.Array<unknown>).push([
        {
          id: 'step1aaaaaaaaa',
          title: '',
          prompt: 'p',
          durationSec: 60,
          mode: 'open',
          [MARKER]: 1,
        },
      ]),
  ],
]

describe('what the control document may hold (PRO-7)', () => {
  it('[PRO-7] refuses a key the table does not list, in any root or entry, from a facilitator (4409)', async () => {
    const { workshop, watcher, attempt } = await workshopWithEverything()
    const outcomes: Record<string, number | 'relayed'> = {}
    for (const [name, change] of UNLISTED) outcomes[name] = await attempt(change)
    expect(outcomes).toEqual(
      Object.fromEntries(UNLISTED.map(([name]) => [name, CloseCode.refusedUpdate])),
    )

    // A well-behaved facilitator's change arrives after all of them; none of them ever did.
    const good = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(good)
    setLaneLocked(good.doc, 'education', true)
    await docReaches(watcher.doc, 'the lock', (doc) => readLanes(doc)[1]?.locked === true)
    expect(holdsMarker(watcher.doc)).toBe(false)
    const reader = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(reader)
    expect(holdsMarker(reader.doc)).toBe(false)
  })

  it('[PRO-7] refuses list items directly under every root (each is a map), from a facilitator (4409)', async () => {
    const { workshop, watcher, attempt } = await workshopWithEverything()
    const outcomes: Record<string, number | 'relayed'> = {}
    for (const root of Object.values(CONTROL_ROOTS)) {
      const crafted = new Y.Doc()
      crafted.getArray(root).push([`${MARKER} ${'x'.repeat(20_000)}`])
      outcomes[root] = await attempt((doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(crafted)))
    }
    const roots = Object.values(CONTROL_ROOTS)
    expect(outcomes).toEqual(
      Object.fromEntries(roots.map((root) => [root, CloseCode.refusedUpdate])),
    )

    const reader = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(reader)
    expect(holdsMarker(reader.doc) || holdsMarker(watcher.doc)).toBe(false)
  })

  it('[PRO-7] lets a facilitator rename, lock and move every default lane, hyphenated ids too', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const facilitator = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(facilitator)
    for (const sector of DEFAULT_SECTORS) {
      renameLane(facilitator.doc, sector.id, `${sector.name} (renamed)`)
      setLaneLocked(facilitator.doc, sector.id, true)
    }
    moveLane(facilitator.doc, 'social-services', 0)
    const reader = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await docReaches(reader.doc, 'every lane renamed, locked and moved', (doc) => {
      const lanes = readLanes(doc)
      return (
        lanes.length === DEFAULT_SECTORS.length &&
        lanes.every((lane) => lane.locked && lane.name.endsWith('(renamed)')) &&
        lanes[0]?.id === 'social-services'
      )
    })
    expect(facilitator.closes).toEqual([])
  })
})
