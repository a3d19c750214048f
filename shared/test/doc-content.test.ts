import { describe, expect, it } from 'vitest'
import { verdict } from './content-verdict.js'
import * as Y from 'yjs'
import {
  addLane,
  addPlanStep,
  boardContentRefusal,
  childMap,
  CONTENT_LIMITS,
  controlContentRefusal,
  controlMap,
  createNote,
  createThread,
  DEFAULT_SECTORS,
  deleteNote,
  editNoteText,
  lanesMap,
  moveLane,
  moveNote,
  movePlanStep,
  notesMap,
  NOTE_TEXT_MAX_LENGTH,
  readPlan,
  relabelThread,
  removeLane,
  removePlanStep,
  renameLane,
  restoreRoundHistory,
  seedControlDoc,
  setAttention,
  setLaneLocked,
  setPhase,
  updatePlanStep,
  writeAssignments,
  writeBreakout,
  writeRoomEntry,
  writeRound,
  writeSorting,
  writeVote,
  type Author,
} from '../src/index.js'

const ana: Author = { id: 'anaaaaaaaaaaaa', name: 'Ana', sector: 'health' }

const board = (change: (doc: Y.Doc) => void, setup: (doc: Y.Doc) => void = () => {}) =>
  verdict(boardContentRefusal, setup, change)

/** Gives a board one note. */
function withNote(doc: Y.Doc): void {
  createNote(doc, { id: 'note1aaaaaaaaa', laneId: 'health', x: 0, y: 0, text: 'hello' }, ana)
}
/** That note's map in `doc`. */
const note = (doc: Y.Doc) => childMap(notesMap(doc), 'note1aaaaaaaaa')!

function nested(depth: number): Y.Map<unknown> {
  const top = new Y.Map<unknown>()
  let current = top
  for (let i = 0; i < depth; i++) {
    const inner = new Y.Map<unknown>()
    current.set('inner', inner)
    current = inner
  }
  return top
}

describe('what a board document may hold', () => {
  it('accepts everything the model functions write', () => {
    expect(board(withNote)).toBeNull()
    expect(board((doc) => editNoteText(doc, 'note1aaaaaaaaa', 'changed'), withNote)).toBeNull()
    expect(
      board(
        (doc) => moveNote(doc, 'note1aaaaaaaaa', { laneId: 'education', x: 5, y: 5 }),
        withNote,
      ),
    ).toBeNull()
    const twoNotes = (doc: Y.Doc) => {
      withNote(doc)
      createNote(doc, { id: 'note2aaaaaaaaa', laneId: 'education', x: 0, y: 0 }, ana)
    }
    expect(
      board((doc) => {
        const id = createThread(doc, { from: 'note1aaaaaaaaa', to: 'note2aaaaaaaaa' }, ana)!
        relabelThread(doc, id, 'shared goal', 'shared-goal')
      }, twoNotes),
    ).toBeNull()
    expect(board((doc) => deleteNote(doc, 'note1aaaaaaaaa'), twoNotes)).toBeNull()
  })

  it('accepts text that concurrent edits merged past the typing limit, up to the ceiling', () => {
    const server = new Y.Doc()
    withNote(server)
    const [a, b] = [new Y.Doc(), new Y.Doc()]
    for (const doc of [a, b]) Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
    editNoteText(a, 'note1aaaaaaaaa', 'a'.repeat(NOTE_TEXT_MAX_LENGTH))
    editNoteText(b, 'note1aaaaaaaaa', 'b'.repeat(NOTE_TEXT_MAX_LENGTH))
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a))
    let refusal: string | null = null
    server.on(
      'afterTransaction',
      (t: Y.Transaction) => (refusal ??= boardContentRefusal(server, t)),
    )
    Y.applyUpdate(server, Y.encodeStateAsUpdate(b))
    expect(note(server).get('text')!.toString().length).toBeGreaterThan(NOTE_TEXT_MAX_LENGTH)
    expect(refusal).toBeNull()
  })

  it.each<[string, (doc: Y.Doc) => void]>([
    ['a sub-document', (doc) => note(doc).set('color', new Y.Doc())],
    ['a binary blob', (doc) => note(doc).set('color', new Uint8Array(64))],
    ['an unknown root type', (doc) => doc.getMap('evil').set('k', 'v')],
    ['an unknown root text', (doc) => doc.getText('evil').insert(0, 'x')],
    ['an unknown field', (doc) => note(doc).set('script', 'x')],
    ['a "__proto__" field', (doc) => note(doc).set('__proto__', 'x')],
    [
      'a "__proto__" note',
      (doc) => createNote(doc, { id: '__proto__', laneId: 'health', x: 0, y: 0 }, ana),
    ],
    ['a non-map note', (doc) => notesMap(doc).set('note9aaaaaaaaa', 'just a string')],
    ['a wrong type', (doc) => note(doc).set('x', 'left')],
    ['deep nesting', (doc) => note(doc).set('laneId', nested(12))],
    ['a nested map in a field', (doc) => note(doc).set('laneId', nested(0))],
    ['an XML type', (doc) => note(doc).set('text', new Y.XmlText('x'))],
    ['formatted text', (doc) => (note(doc).get('text') as Y.Text).format(0, 2, { bold: true })],
    ['an embed', (doc) => (note(doc).get('text') as Y.Text).insertEmbed(0, { img: 'x' })],
    ['text attributes', (doc) => (note(doc).get('text') as Y.Text).setAttribute('style', 'x')],
    [
      'text beyond the ceiling',
      (doc) =>
        (note(doc).get('text') as Y.Text).insert(0, 'x'.repeat(CONTENT_LIMITS.noteTextLength)),
    ],
    [
      'a thread with extra fields',
      (doc) => {
        createNote(doc, { id: 'note2aaaaaaaaa', laneId: 'health', x: 0, y: 0 }, ana)
        const id = createThread(doc, { from: 'note1aaaaaaaaa', to: 'note2aaaaaaaaa' }, ana)!
        childMap(doc.getMap('threads'), id)!.set('payload', new Uint8Array(8))
      },
    ],
    ['an empty thread', (doc) => doc.getMap('threads').set('thread1aaaaaaa', nested(0))],
    [
      'a label beyond its limit',
      (doc) => {
        createNote(doc, { id: 'note2aaaaaaaaa', laneId: 'health', x: 0, y: 0 }, ana)
        const id = createThread(doc, { from: 'note1aaaaaaaaa', to: 'note2aaaaaaaaa' }, ana)!
        childMap(doc.getMap('threads'), id)!.set('label', 'x'.repeat(500))
      },
    ],
  ])('refuses %s', (_name, change) => {
    expect(board(change, withNote)).not.toBeNull()
  })

  it(`holds at most ${CONTENT_LIMITS.notesPerBoard} notes`, () => {
    const full = (doc: Y.Doc) => {
      for (let i = 0; i < CONTENT_LIMITS.notesPerBoard; i++) {
        createNote(doc, { laneId: 'health', x: 0, y: i }, ana)
      }
    }
    const oneMore = (doc: Y.Doc) => createNote(doc, { laneId: 'health', x: 0, y: 0 }, ana)
    expect(board(oneMore, full)).toMatch(/at most/)
    // Deleting one first makes room.
    const swap = (doc: Y.Doc) => {
      deleteNote(doc, [...notesMap(doc).keys()][0]!)
      oneMore(doc)
    }
    expect(board(swap, full)).toBeNull()
    // Two boards of 10,000 notes take ~3 s alone; a loaded CI machine needs more than the default.
  }, 30_000)
})

describe('what a control document may hold', () => {
  const control = (change: (doc: Y.Doc) => void, setup: (doc: Y.Doc) => void = () => {}) =>
    verdict(controlContentRefusal, setup, change)
  const lane = { name: 'Health', color: '#2e7d32', sectorId: 'health' }
  const seeded = (doc: Y.Doc) => {
    seedControlDoc(doc, 'Summit')
    writeRoomEntry(doc, { id: 'room1aaaaaaaaa', name: 'Main room', position: 0, closed: false })
    writeRound(doc, ROUND)
    addPlanStep(doc, { title: 'Iceberg', prompt: 'Events?', durationSec: 60, mode: 'open' })
  }
  const ROUND = {
    id: 'round1aaaaaaaa',
    title: 'One',
    prompt: 'What did you notice?',
    mode: 'open' as const,
    roomIds: null,
    durationMs: 60_000,
    status: 'running' as const,
    startedAt: 1,
    endsAt: 60_001,
    remainingMs: 60_000,
    endedAt: null,
    revealedAt: null,
    anonymised: false,
  }

  it('accepts lanes and the facilitation roots', () => {
    expect(control((doc) => addLane(doc, lane))).toBeNull()
    expect(
      control((doc) => controlMap(doc, 'round').set('prompt', 'What did you notice?')),
    ).toBeNull()
  })

  it('[PRO-7] accepts everything the model functions write, on every root', () => {
    expect(control(seeded)).toBeNull()
    expect(
      control((doc) => {
        for (const sector of DEFAULT_SECTORS) renameLane(doc, sector.id, `${sector.name}!`)
        setLaneLocked(doc, 'child-care', true)
        moveLane(doc, 'social-services', 0)
        removeLane(doc, 'families')
        setPhase(doc, 'live')
        setAttention(doc, {
          spotlight: 'note1aaaaaaaaa',
          follow: { participantId: 'anaaaaaaaaaaaa', name: 'Ana' },
          summon: { viewport: { x: 1, y: 2, scale: 1 }, at: 3 },
          hideCursors: true,
          boardLocked: true,
        })
        const step = readPlan(doc)[0]!.id
        updatePlanStep(doc, step, { title: 'Renamed' })
        movePlanStep(doc, step, 0)
        writeRound(doc, { ...ROUND, status: 'ended', endedAt: 9 })
        restoreRoundHistory(doc, [{ ...ROUND, id: 'round2aaaaaaaa', endedAt: 5 }])
        writeVote(doc, {
          id: 'vote1aaaaaaaaa',
          status: 'closed',
          dotsPerPerson: 3,
          roundId: null,
          openedAt: 1,
          closedAt: 2,
          results: { note1aaaaaaaaa: 2 },
        })
        writeBreakout(doc, { status: 'open', freeMovement: true, message: { text: 'Hi', at: 1 } })
        writeAssignments(doc, new Map([['anaaaaaaaaaaaa', 'room1aaaaaaaaa']]))
        writeSorting(doc, { roomIds: ['room1aaaaaaaaa'], until: 9, openedAt: 1 })
        writeSorting(doc, null)
        writeSorting(doc, { roomIds: null, until: null, openedAt: 2 })
        removePlanStep(doc, step)
      }, seeded),
    ).toBeNull()
  })

  it.each<[string, (doc: Y.Doc) => void]>([
    ['a key on an existing lane', (doc) => childMap(lanesMap(doc), 'health')!.set('evil', 'x')],
    ['a key in the workshop', (doc) => controlMap(doc, 'workshop').set('evil', 'x')],
    ['a key in attention', (doc) => controlMap(doc, 'attention').set('evil', 'x')],
    ['a key in the round', (doc) => controlMap(doc, 'round').set('evil', 'x')],
    ['a key in sorting', (doc) => controlMap(doc, 'sorting').set('evil', 'x')],
    ['a map as sorting rooms', (doc) => controlMap(doc, 'sorting').set('roomIds', nested(0))],
    ['a key on a room', (doc) => childMap(controlMap(doc, 'rooms'), 'room1aaaaaaaaa')!.set('e', 1)],
    ['a key on a past round', (doc) => childMap(controlMap(doc, 'rounds'), ROUND.id)!.set('e', 1)],
    ['a map as a room', (doc) => controlMap(doc, 'rooms').set('room2aaaaaaaaa', 'x')],
    [
      'a map as an assignment',
      (doc) => controlMap(doc, 'assignments').set('anaaaaaaaaaaaa', nested(0)),
    ],
    ['a map as the title', (doc) => controlMap(doc, 'workshop').set('title', nested(0))],
    [
      'a plan step with an extra key',
      (doc) =>
        (controlMap(doc, 'plan').get('steps') as Y.Array<unknown>).push([{ id: 'x', evil: 1 }]),
    ],
    [
      'a list item under a root',
      (doc) => {
        const crafted = new Y.Doc()
        crafted.getArray('workshop').push(['hidden'])
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(crafted))
      },
    ],
    ['a lane id with markup', (doc) => addLane(doc, { ...lane, id: '<b>lane</b>' })],
  ])('[PRO-7] refuses %s', (_name, change) => {
    expect(control(change, seeded)).not.toBeNull()
  })

  it('[PRO-7] keeps a workshop stored past the lane limit editable, and refuses it growing', () => {
    const over = (doc: Y.Doc) => {
      for (let i = 0; i <= CONTENT_LIMITS.lanesPerWorkshop; i++)
        addLane(doc, { ...lane, id: `lane${i}` })
    }
    expect(control((doc) => renameLane(doc, 'lane3', 'Renamed'), over)).toBeNull()
    expect(control((doc) => addLane(doc, lane), over)).toMatch(/at most/)
  })

  it.each<[string, (doc: Y.Doc) => void]>([
    ['an unknown root', (doc) => doc.getMap('evil').set('k', 1)],
    ['a malformed lane', (doc) => lanesMap(doc).set('lane1aaaaaaaaa', nested(0))],
    ['a lane with a bad colour', (doc) => addLane(doc, { ...lane, color: 'red; x' })],
    ['a sub-document', (doc) => controlMap(doc, 'plan').set('steps', new Y.Doc())],
    ['deep nesting', (doc) => controlMap(doc, 'plan').set('steps', nested(8))],
    [
      `more than ${CONTENT_LIMITS.lanesPerWorkshop} lanes`,
      (doc) => {
        for (let i = 0; i <= CONTENT_LIMITS.lanesPerWorkshop; i++) addLane(doc, lane)
      },
    ],
  ])('refuses %s', (_name, change) => {
    expect(control(change)).not.toBeNull()
  })
})
