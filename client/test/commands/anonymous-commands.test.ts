import { describe, expect, it } from 'vitest'
import { moveNote, THREAD_LABEL_MAX_LENGTH } from '@weave/shared'
import {
  changeAnonymousNote,
  changeAnonymousThread,
  deleteAnonymousNote,
  deleteAnonymousThread,
  finishAnonymousText,
  postAnonymousNote,
  weaveAnonymously,
  whenShown,
} from '../../src/commands/anonymous-commands'
import { editText } from '../../src/commands/note-commands'
import { startEditing } from '../../src/commands/selection-commands'
import { strings } from '../../src/i18n/strings'
import { createValueStore } from '../../src/session/store'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import { MAYA, myAnonymousNote, noteElsewhere, threadElsewhere } from '../fakes/elsewhere'

const t = strings.anonymous
const base = '/api/workshops/w1/rooms/room-main/anonymous'
const spot = { laneId: 'health', x: 20, y: 100 }

const openBoard = fakeBoardPerTest()

/** A board with one anonymous note of Maya's, as the server wrote it. */
async function boardWithMyNote(text = 'Quiet') {
  const board = await openBoard()
  return { board, id: myAnonymousNote(board, { ...spot, text }) }
}
const shown = (board: FakeBoard, id: string) =>
  board.session.notes.get().find((note) => note.id === id)

describe('anonymous notes, written by the server', () => {
  it('need the connection: offline, nothing is sent and the notice says why', async () => {
    const board = await openBoard()
    board.setStatus('offline')
    expect(await postAnonymousNote(board.session, spot, 'Hi')).toBeNull()
    expect(board.session.view.notice.get()).toBe(t.offline)
    expect(board.api.sentTo(`POST ${base}/notes`)).toEqual([])
  })

  it('say why a post failed: the server’s refusal, or the connection', async () => {
    const board = await openBoard()
    board.api.refuse(`POST ${base}/notes`, 403, 'forbidden', 'Only participants write anonymously.')
    expect(await postAnonymousNote(board.session, spot, 'Hi')).toBeNull()
    expect(board.session.view.notice.get()).toBe(t.notSaved('Only participants write anonymously.'))
    board.api.unreachable(true)
    await postAnonymousNote(board.session, spot, 'Hi')
    expect(board.session.view.notice.get()).toBe(t.offline)
  })

  it('show a move at once; it stays once the server wrote it, and the undo history ends', async () => {
    const { board, id } = await boardWithMyNote()
    editText(board.session, noteElsewhere(board, {}, MAYA), 'Named')
    expect(board.session.undoManager.canUndo()).toBe(true)
    board.api.answer(`POST ${base}/notes/${id}`, () => {
      board.elsewhere((doc) => moveNote(doc, id, { laneId: 'health', x: 50, y: 200 }))
      return { id }
    })
    changeAnonymousNote(board.session, id, { laneId: 'health', x: 50, y: 200 })
    expect(shown(board, id)).toMatchObject({ x: 50, y: 200 })
    await board.api.settled()
    expect(shown(board, id)).toMatchObject({ x: 50, y: 200 })
    expect(board.session.undoManager.canUndo()).toBe(false)
  })

  it('put a refused move back, with the reason', async () => {
    const { board, id } = await boardWithMyNote()
    board.api.refuse(
      `POST ${base}/notes/${id}`,
      409,
      'refused',
      'Not allowed now: this lane is locked.',
    )
    changeAnonymousNote(board.session, id, { laneId: 'health', x: 50, y: 200 })
    await board.api.settled()
    expect(shown(board, id)).toMatchObject({ x: spot.x, y: spot.y })
    expect(board.session.view.notice.get()).toBe(
      t.notSaved('Not allowed now: this lane is locked.'),
    )
  })

  it('keep typed text the connection failed to send, and say so', async () => {
    const { board, id } = await boardWithMyNote()
    board.api.unreachable(true)
    changeAnonymousNote(board.session, id, { text: 'Quieter' })
    await board.api.settled()
    expect(shown(board, id)?.text).toBe('Quieter')
    expect(board.session.view.notice.get()).toBe(t.textKept)
    expect(board.session.anonymous.writer.notes.keeps(id)).toBe(true)
  })

  it('closing the editor sends the text; refused, it stays once, then goes', async () => {
    const { board, id } = await boardWithMyNote()
    startEditing(board.session, id)
    const route = `POST ${base}/notes/${id}`
    board.api.refuse(route, 403, 'not_yours', 'Only its author can change this note.')
    changeAnonymousNote(board.session, id, { text: 'Quieter' }, true)
    expect(await finishAnonymousText(board.session, id)).toBe(false)
    expect(board.session.view.notice.get()).toBe(
      t.textRefused('Only its author can change this note.'),
    )
    expect(shown(board, id)?.text).toBe('Quieter')
    expect(await finishAnonymousText(board.session, id)).toBe(true)
    expect(shown(board, id)?.text).toBe('Quiet')
    expect(board.api.sentTo(route).map((request) => request.body)).toEqual([
      { text: 'Quieter' },
      { text: 'Quieter' },
    ])
  })

  it('are gone at once when deleted, and back with the reason if refused', async () => {
    const { board, id } = await boardWithMyNote()
    board.api.refuse(
      `DELETE ${base}/notes/${id}`,
      409,
      'refused',
      'Not allowed now: the board is locked.',
    )
    deleteAnonymousNote(board.session, id)
    expect(shown(board, id)).toBeUndefined()
    await board.api.settled()
    expect(shown(board, id)).toBeDefined()
    expect(board.session.view.notice.get()).toBe(
      t.notSaved('Not allowed now: the board is locked.'),
    )
  })
})

describe('anonymous threads', () => {
  it('are woven through the server and become mine', async () => {
    const board = await openBoard({ name: null })
    const [from, to] = [noteElsewhere(board), noteElsewhere(board)]
    board.api.answer(`POST ${base}/threads`, { id: 'th1' })
    expect(await weaveAnonymously(board.session, from, to)).toBe('th1')
    expect(board.session.anonymous.mine.hasThread('th1')).toBe(true)
    board.setStatus('offline')
    expect(await weaveAnonymously(board.session, from, to)).toBeNull()
    expect(board.session.view.notice.get()).toBe(t.offline)
  })

  it('send a label cut to the longest allowed, and are cut (or back if refused)', async () => {
    const board = await openBoard()
    const [from, to] = [noteElsewhere(board), noteElsewhere(board)]
    const id = threadElsewhere(board, from, to)
    board.session.anonymous.mine.add('thread', id)
    board.api.answer(`POST ${base}/threads/${id}`, { id })
    changeAnonymousThread(board.session, id, { label: 'x'.repeat(THREAD_LABEL_MAX_LENGTH + 9) })
    await board.api.settled()
    expect(board.api.sentTo(`POST ${base}/threads/${id}`)[0]?.body).toEqual({
      label: 'x'.repeat(THREAD_LABEL_MAX_LENGTH),
    })
    board.api.refuse(
      `DELETE ${base}/threads/${id}`,
      404,
      'unknown_thread',
      'That thread is not on the board.',
    )
    deleteAnonymousThread(board.session, id)
    expect(board.session.threads.get()).toEqual([])
    await board.api.settled()
    expect(board.session.threads.get()).toHaveLength(1)
    expect(board.session.view.notice.get()).toBe(t.notSaved('That thread is not on the board.'))
  })
})

describe('waiting for a record the server wrote', () => {
  it('runs once it is shown (at once when it already is)', () => {
    const records = createValueStore<readonly { id: string }[]>([{ id: 'a' }])
    const ran: string[] = []
    whenShown(records, 'a', () => ran.push('a'))
    whenShown(records, 'b', () => ran.push('b'))
    expect(ran).toEqual(['a'])
    records.set([{ id: 'a' }, { id: 'b' }])
    records.set([{ id: 'b' }])
    expect(ran).toEqual(['a', 'b'])
  })
})
