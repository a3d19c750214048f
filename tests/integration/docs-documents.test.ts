import fs from 'node:fs'
import path from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addPlanStep,
  CloseCode,
  createNote,
  draftDocName,
  setAttention,
  setLaneLocked,
  setPhase,
} from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { closedWith, docReaches, synced } from '../helpers/clients.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'
import { REPO_ROOT, type RunningServer } from '../helpers/server.js'

// docs/protocol.md describes the control and draft documents key by key; these tests drive a
// workshop through everything that writes them and compare what a participant's official
// provider holds (read with Yjs alone) with the tables.

const harness = useHarness()

interface DocumentedRoot {
  readonly root: string
  /** `map`: keys of the root itself; `entries`: keys of each nested map; `values`: plain values. */
  readonly shape: 'map' | 'entries' | 'values'
  readonly keys: readonly string[]
  /** Keys of the objects in an array under a key (the plan's steps). */
  readonly itemKeys: readonly string[]
}

function withoutParentheses(text: string): string {
  let depth = 0
  let kept = ''
  for (const char of text) {
    if (char === '(') depth++
    else if (char === ')') depth--
    else if (depth === 0) kept += char
  }
  return kept
}

/** The control document's table in docs/protocol.md, one record per root. */
function documentedControlRoots(): DocumentedRoot[] {
  const markdown = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'protocol.md'), 'utf8')
  const start = markdown.indexOf('### Control document')
  const section = markdown.slice(start, markdown.indexOf('\n#', start + 1))
  const rows = section
    .split('\n')
    .filter((line) => /^\| `[a-z]+` /.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
  return rows.map(([, root = '', type = '', keys = '']) => {
    const names = withoutParentheses(keys.replace(/`\{[^}]*\}`/g, ''))
    return {
      root: root.replace(/`/g, ''),
      shape: !type.startsWith('`Y.Map<') ? 'map' : type.endsWith('Y.Map>`') ? 'entries' : 'values',
      keys: [...names.matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]!),
      itemKeys: (/`Y\.Array` of `\{ ([^}]*) \}`/.exec(keys)?.[1] ?? '').split(', ').filter(Boolean),
    }
  })
}

/** Every key seen under one root, by the table's reading of its shape. */
function keysSeen(doc: Y.Doc, documented: DocumentedRoot): { keys: string[]; itemKeys: string[] } {
  const json = doc.getMap(documented.root).toJSON() as Record<string, unknown>
  const keys = new Set<string>()
  const itemKeys = new Set<string>()
  if (documented.shape === 'map') Object.keys(json).forEach((key) => keys.add(key))
  if (documented.shape === 'entries') {
    for (const entry of Object.values(json))
      Object.keys(entry as object).forEach((k) => keys.add(k))
  }
  for (const value of Object.values(json)) {
    if (!Array.isArray(value)) continue
    for (const item of value) Object.keys(item as object).forEach((key) => itemKeys.add(key))
  }
  return { keys: [...keys].sort(), itemKeys: [...itemKeys].sort() }
}

async function driveEverything(running: RunningServer, workshop: TestWorkshop) {
  const facilitate = async (suffix: string, body: unknown) => {
    const url = `${running.httpUrl}/api/workshops/${workshop.workshopId}${suffix}`
    const { status } = await call(url, 'POST', workshop.facilitatorToken, body)
    expect(status, suffix).toBeLessThan(300)
  }
  const facilitator = harness.client(workshop.controlDoc, workshop.facilitatorToken)
  await synced(facilitator)
  setPhase(facilitator.doc, 'live')
  setLaneLocked(facilitator.doc, 'health', true)
  addPlanStep(facilitator.doc, {
    title: 'Iceberg',
    prompt: 'Events?',
    durationSec: 60,
    mode: 'open',
  })
  setAttention(facilitator.doc, {
    spotlight: null,
    follow: { participantId: 'someone', name: 'Facilitator' },
    summon: { viewport: { x: 0, y: 0, scale: 1 }, at: 1 },
    hideCursors: true,
    boardLocked: false,
  })
  await facilitate('/rounds', { prompt: 'What do you see?', durationSec: 60, mode: 'open' })
  await facilitate('/votes', { dotsPerPerson: 3 })
  await facilitate('/votes/current/close', {})
  await facilitate('/sorting', { minutes: 60 })
  await facilitate('/rooms', { count: 2 })
  await facilitate('/breakouts/assign', { mode: 'balanced' })
  await facilitate('/breakouts/open', {})
  await facilitate('/breakouts/free-movement', { allowed: true })
  await facilitate('/breakouts/message', { text: 'Two minutes left' })
}

describe('the control document as docs/protocol.md describes it', () => {
  it('[PRO-7] holds the documented roots and keys, each of them written, and nothing else', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    await driveEverything(running, workshop)

    const documented = documentedControlRoots()
    expect(documented.map((row) => row.root).sort()).toEqual(
      [
        'assignments',
        'attention',
        'breakout',
        'lanes',
        'plan',
        'round',
        'rounds',
        'rooms',
        'sorting',
        'vote',
        'workshop',
      ].sort(),
    )
    const seen = harness.client(workshop.controlDoc, ana.token)
    await docReaches(seen.doc, 'the breakout message', (doc) => {
      const message = doc.getMap('breakout').get('message') as { text?: string } | null | undefined
      return message?.text === 'Two minutes left'
    })
    expect([...seen.doc.share.keys()].sort()).toEqual(documented.map((row) => row.root).sort())
    for (const row of documented) {
      const { keys, itemKeys } = keysSeen(seen.doc, row)
      expect(keys, row.root).toEqual([...row.keys].sort())
      expect(itemKeys, `${row.root} items`).toEqual([...row.itemKeys].sort())
    }
    const assignments = seen.doc.getMap('assignments').toJSON() as Record<string, unknown>
    expect(assignments[ana.participantId]).toEqual(expect.any(String))
  })

  it('[PRO-7] refuses another root or a malformed lane from a facilitator (4409), relaying neither', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const watcher = harness.client(workshop.controlDoc, ana.token)
    await synced(watcher)

    const extra = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(extra)
    extra.doc.getMap('extra').set('note', 'hidden here')
    expect(await closedWith(extra)).toBe(CloseCode.refusedUpdate)

    const lane = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(lane)
    const broken = new Y.Map<unknown>()
    broken.set('name', 42)
    lane.doc.getMap('lanes').set('brokenlane', broken)
    expect(await closedWith(lane)).toBe(CloseCode.refusedUpdate)

    // A later change from a well-behaved facilitator arrives; the refused ones never did.
    const good = harness.client(workshop.controlDoc, workshop.facilitatorToken)
    await synced(good)
    setLaneLocked(good.doc, 'education', true)
    await docReaches(watcher.doc, 'the lock', (doc) => {
      const education = doc.getMap('lanes').get('education') as Y.Map<unknown> | undefined
      return education?.get('locked') === true
    })
    expect(watcher.doc.share.has('extra')).toBe(false)
    expect(watcher.doc.getMap('lanes').has('brokenlane')).toBe(false)
  })
})

describe('a draft document as docs/protocol.md describes it', () => {
  it('[PRO-8] has the board shape, opens for its author only and is empty after the reveal', async () => {
    const running = await harness.start()
    const workshop = await createWorkshop(running.httpUrl)
    const roomId = workshop.rooms[0]!.roomId
    const ana = await join(running.httpUrl, workshop, { name: 'Ana', sector: 'health' })
    const ben = await join(running.httpUrl, workshop, { name: 'Ben', sector: 'education' })
    const facilitate = (suffix: string, body: unknown) =>
      call(
        `${running.httpUrl}/api/workshops/${workshop.workshopId}${suffix}`,
        'POST',
        workshop.facilitatorToken,
        body,
      )
    expect(
      (await facilitate('/rounds', { prompt: 'Alone first', durationSec: 60, mode: 'private' }))
        .status,
    ).toBe(201)

    const draftName = draftDocName(workshop.workshopId, roomId, ana.participantId)
    const draft = harness.client(draftName, ana.token)
    await synced(draft)
    createNote(draft.doc, { laneId: 'health', x: 0, y: 0, text: 'only mine' }, ana.author)
    const again = harness.client(draftName, ana.token)
    await docReaches(again.doc, 'the stored draft', (doc) => doc.getMap('notes').size === 1)
    for (const root of again.doc.share.keys()) expect(['notes', 'threads']).toContain(root)

    expect(await closedWith(harness.client(draftName, ben.token))).toBe(CloseCode.forbidden)
    expect(await closedWith(harness.client(draftName, workshop.facilitatorToken))).toBe(
      CloseCode.forbidden,
    )

    expect((await facilitate('/rounds/current/reveal', { anonymise: false })).status).toBe(200)
    await docReaches(again.doc, 'the emptied draft', (doc) => doc.getMap('notes').size === 0)
    const board = harness.client(workshop.roomDoc, ben.token)
    await docReaches(board.doc, 'the revealed note', (doc) =>
      [...doc.getMap('notes').values()].some(
        (note) => (note as Y.Map<unknown>).get('text')?.toString() === 'only mine',
      ),
    )
  })
})
