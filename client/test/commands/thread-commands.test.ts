import { describe, expect, it } from 'vitest'
import { readThread, readThreads, setAttention, setLaneLocked } from '@weave/shared'
import { connectNotes, relabel, removeThread } from '../../src/commands/thread-commands'
import { redo, undo } from '../../src/commands/history-commands'
import { createNoteIn } from '../../src/commands/note-commands'
import { select } from '../../src/commands/selection-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import {
  MAYA,
  myAnonymousNote,
  NOBODY,
  noteElsewhere,
  SAM,
  startRoundElsewhere,
  threadElsewhere,
} from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

const refused = (reason: string) => strings.notice.refused(reason)
const anonymousBase = '/api/workshops/w1/rooms/room-main/anonymous'

describe('weaving a thread', () => {
  it('joins two notes as this person, selects it, and undo cuts it again', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, {}, MAYA)
    const to = noteElsewhere(board)
    const id = await connectNotes(board.session, from, to)
    expect(readThread(board.session.roomDoc, id!)).toMatchObject({ from, to, authorId: 'p-maya' })
    expect(board.session.view.selection.get()).toMatchObject({ kind: 'thread', id })
    undo(board.session)
    expect(readThreads(board.session.roomDoc)).toEqual([])
    redo(board.session)
    expect(readThread(board.session.roomDoc, id!)).toBeDefined()
  })

  it('may join two notes of others (the thread is one’s own), but not on a locked board', async () => {
    const board = await openBoard()
    const [a, b, c] = [noteElsewhere(board), noteElsewhere(board), noteElsewhere(board)]
    expect(await connectNotes(board.session, a, b)).not.toBeNull()
    board.elsewhereInControl((doc) => setAttention(doc, { boardLocked: true }))
    expect(await connectNotes(board.session, a, c)).toBeNull()
    expect(board.session.view.notice.get()).toBe(refused('the board is locked'))
    expect(readThreads(board.session.roomDoc)).toHaveLength(1)
  })

  it('weaves nothing for an observer', async () => {
    const board = await openBoard({ role: 'observer' })
    const [a, b] = [noteElsewhere(board), noteElsewhere(board)]
    expect(await connectNotes(board.session, a, b)).toBeNull()
    expect(readThreads(board.session.roomDoc)).toEqual([])
  })

  it('is refused to a note in a locked lane, and to a private note', async () => {
    const board = await openBoard()
    const mine = noteElsewhere(board, {}, MAYA)
    const locked = noteElsewhere(board, { laneId: 'education' })
    board.elsewhereInControl((doc) => setLaneLocked(doc, 'education', true))
    expect(await connectNotes(board.session, mine, locked)).toBeNull()
    expect(board.session.view.notice.get()).toBe(refused('this lane is locked'))
    startRoundElsewhere(board, { mode: 'private' })
    const draft = await createNoteIn(board.session, { laneId: 'health', x: 20, y: 300 })
    expect(await connectNotes(board.session, mine, draft!)).toBeNull()
    expect(board.session.view.notice.get()).toBe(refused('private notes cannot be connected'))
  })

  it('goes through the server for someone who joined without a name', async () => {
    const board = await openBoard({ name: null })
    const from = noteElsewhere(board, {}, { id: 'p-maya', name: null, sector: 'health' })
    const to = noteElsewhere(board)
    board.api.answer(`POST ${anonymousBase}/threads`, () => ({
      status: 201,
      json: { id: threadElsewhere(board, from, to, NOBODY) },
    }))
    const id = await connectNotes(board.session, from, to)
    expect(board.api.sentTo(`POST ${anonymousBase}/threads`)[0]?.body).toEqual({ from, to })
    expect(readThread(board.session.roomDoc, id!)?.authorId).toBeNull()
    expect(board.session.view.selection.get()).toMatchObject({ kind: 'thread', id })
  })

  it('says why when the server refuses an anonymous thread', async () => {
    const board = await openBoard({ name: null })
    const [from, to] = [noteElsewhere(board, {}, MAYA), noteElsewhere(board)]
    board.api.refuse(`POST ${anonymousBase}/threads`, 403, 'forbidden', 'The board is locked.')
    expect(await connectNotes(board.session, from, to)).toBeNull()
    expect(board.session.view.notice.get()).toBe(strings.anonymous.notSaved('The board is locked.'))
  })
})

describe('changing a thread', () => {
  async function boardWithThread(author = MAYA) {
    const board = await openBoard()
    const [from, to] = [noteElsewhere(board, {}, SAM), noteElsewhere(board, {}, SAM)]
    return { board, id: threadElsewhere(board, from, to, author) }
  }

  it('relabels one’s own thread, undoably', async () => {
    const { board, id } = await boardWithThread()
    relabel(board.session, id, 'depends on', 'referral-path')
    expect(readThread(board.session.roomDoc, id)).toMatchObject({
      label: 'depends on',
      kind: 'referral-path',
    })
    undo(board.session)
    expect(readThread(board.session.roomDoc, id)).toMatchObject({ label: '', kind: 'connection' })
  })

  it('cuts one’s own thread (letting go of it) and undo weaves it back', async () => {
    const { board, id } = await boardWithThread()
    board.session.view.notice.set(null)
    select(board.session, { kind: 'thread', id })
    removeThread(board.session, id)
    expect(readThread(board.session.roomDoc, id)).toBeUndefined()
    expect(board.session.view.selection.get()).toBeNull()
    undo(board.session)
    expect(readThread(board.session.roomDoc, id)).toBeDefined()
  })

  it('refuses to relabel or cut someone else’s thread', async () => {
    const { board, id } = await boardWithThread(SAM)
    relabel(board.session, id, 'mine now')
    expect(board.session.view.notice.get()).toBe(
      refused('participants change only their own threads'),
    )
    board.session.view.notice.set(null)
    removeThread(board.session, id)
    expect(board.session.view.notice.get()).toBe(
      refused('participants change only their own threads'),
    )
    expect(readThread(board.session.roomDoc, id)).toMatchObject({ label: '' })
  })

  it('relabels a thread to one’s anonymous note through the server', async () => {
    const board = await openBoard()
    const quiet = myAnonymousNote(board)
    const id = threadElsewhere(board, noteElsewhere(board), quiet)
    const route = `POST ${anonymousBase}/threads/${id}`
    board.api.answer(route, { id })
    relabel(board.session, id, 'because', 'shared-goal')
    await board.api.settled()
    expect(board.api.sentTo(route)[0]?.body).toEqual({ label: 'because', kind: 'shared-goal' })
    // Not written from here: the server writes it.
    expect(readThread(board.session.roomDoc, id)?.label).toBe('')
  })
})
