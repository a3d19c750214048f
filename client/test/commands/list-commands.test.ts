import { describe, expect, it } from 'vitest'
import { readNote, readNotes, readThread, setLaneLocked } from '@weave/shared'
import {
  connectFromList,
  deleteFromList,
  dotFromList,
  labelFromList,
  moveFromList,
  postFromList,
  saveFromList,
} from '../../src/commands/list-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import {
  MAYA,
  myDotsOf,
  noteElsewhere,
  startRoundElsewhere,
  threadElsewhere,
} from '../fakes/elsewhere'

const t = strings.list
const openBoard = fakeBoardPerTest()

const note = (b: FakeBoard, id: string) => readNote(b.session.roomDoc, id)

describe('the list view', () => {
  it('posts a note at the end of a lane, and says where it went', async () => {
    const board = await openBoard()
    const above = noteElsewhere(board, { laneId: 'education', y: 400 })
    expect(await postFromList(board.session, 'education', 'Shared records')).toBe(true)
    const posted = readNotes(board.session.roomDoc).find((item) => item.id !== above)!
    expect(posted).toMatchObject({
      laneId: 'education',
      text: 'Shared records',
      authorId: 'p-maya',
    })
    expect(posted.y).toBeGreaterThan(400 + note(board, above)!.height)
    expect(board.said).toEqual([t.posted('Education')])
  })

  it('says a note posted in a private round stays private', async () => {
    const board = await openBoard()
    startRoundElsewhere(board, { mode: 'private' })
    expect(await postFromList(board.session, 'health', 'Mine')).toBe(true)
    expect(board.said).toEqual([t.postedPrivately('Health')])
    expect(readNotes(board.session.roomDoc)).toEqual([])
  })

  it('posts nothing in a locked lane (the form keeps the text) and says why', async () => {
    const board = await openBoard()
    board.elsewhereInControl((doc) => setLaneLocked(doc, 'health', true))
    expect(await postFromList(board.session, 'health', 'Mine')).toBe(false)
    expect(board.session.view.notice.get()).toBe(strings.notice.refused('this lane is locked'))
    expect(board.said).toEqual([])
  })

  it('saves a note’s text and a thread’s label (trimmed), saying so', async () => {
    const board = await openBoard()
    const [mine, other] = [noteElsewhere(board, {}, MAYA), noteElsewhere(board)]
    const thread = threadElsewhere(board, mine, other)
    saveFromList(board.session, mine, 'Edited')
    labelFromList(board.session, thread, '  feeds into ', 'referral-path')
    expect(note(board, mine)?.text).toBe('Edited')
    expect(readThread(board.session.roomDoc, thread)).toMatchObject({
      label: 'feeds into',
      kind: 'referral-path',
    })
    expect(board.said).toEqual([t.saved, t.threadSaved])
  })

  it('moves a note to another lane, and says so', async () => {
    const board = await openBoard()
    const mine = noteElsewhere(board, {}, MAYA)
    expect(moveFromList(board.session, mine, 'education')).toBe(true)
    expect(note(board, mine)?.laneId).toBe('education')
    expect(board.said).toEqual([strings.access.movedToLane('Education')])
  })

  it('weaves a thread and names both ends', async () => {
    const board = await openBoard()
    const from = noteElsewhere(board, { text: 'Clinic' }, MAYA)
    const to = noteElsewhere(board, { text: 'School' })
    expect(await connectFromList(board.session, from, to)).toBe(true)
    expect(board.said).toEqual([strings.access.connected('Clinic', 'School')])
    expect(await connectFromList(board.session, from, 'gone')).toBe(false)
  })

  it('says a note was deleted only when it was', async () => {
    const board = await openBoard()
    const [mine, theirs] = [noteElsewhere(board, {}, MAYA), noteElsewhere(board)]
    deleteFromList(board.session, theirs)
    expect(board.said).toEqual([])
    deleteFromList(board.session, mine)
    expect(note(board, mine)).toBeUndefined()
    expect(board.said).toEqual([t.deleted])
  })

  it('gives and takes back dots, saying how many are left', async () => {
    const board = await openBoard()
    const dots = '/api/workshops/w1/votes/current/dots'
    board.api.answer(`POST ${dots}`, myDotsOf(['n1'], 2))
    board.api.answer(`DELETE ${dots}/room-main/n1`, myDotsOf([], 3))
    await dotFromList(board.session, 'n1', false)
    await dotFromList(board.session, 'n1', true)
    board.api.refuse(`POST ${dots}`, 409, 'vote_closed', 'There is no open vote right now.')
    await dotFromList(board.session, 'n1', false)
    expect(board.said).toEqual([strings.access.dotPlaced(2), strings.access.dotRemoved(3)])
    expect(board.session.view.notice.get()).toBe('There is no open vote right now.')
  })
})
