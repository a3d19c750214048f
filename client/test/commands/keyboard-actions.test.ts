import { describe, expect, it } from 'vitest'
import { createThread, NOTE_MAX_SIZE, readNote, setAttention } from '@weave/shared'
import {
  deleteFocused,
  resizeFocused,
  selectFocusedThread,
  showShortcuts,
  toggleFollow,
  voteOnFocused,
} from '../../src/commands/keyboard-actions'
import { focusNote } from '../../src/commands/keyboard-focus'
import { undo } from '../../src/commands/history-commands'
import { strings } from '../../src/i18n/strings'
import { fakeBoardPerTest, type FakeBoard } from '../fakes/fake-board-session'
import {
  MAYA,
  myAnonymousNote,
  myDotsOf,
  noteElsewhere,
  openVoteElsewhere,
  SAM,
} from '../fakes/elsewhere'

const t = strings.access
const openBoard = fakeBoardPerTest()

const note = (b: FakeBoard, id: string) => readNote(b.session.roomDoc, id)

describe('keys on the focused note', () => {
  it('V gives it a dot (or says there is no vote), shift-V takes one back', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board)
    focusNote(board.session, id)
    await voteOnFocused(board.session, false)
    expect(board.said).toEqual([t.noVote])
    openVoteElsewhere(board)
    const dots = '/api/workshops/w1/votes/current/dots'
    board.api.answer(`POST ${dots}`, myDotsOf([id], 2))
    board.api.answer(`DELETE ${dots}/room-main/${id}`, myDotsOf([], 3))
    await voteOnFocused(board.session, false)
    await voteOnFocused(board.session, true)
    expect(board.said).toEqual([t.noVote, t.dotPlaced(2), t.dotRemoved(3)])
  })

  it('Delete removes it, says so and moves focus on; undo brings it back', async () => {
    const board = await openBoard()
    const first = noteElsewhere(board, { y: 80 }, MAYA)
    const second = noteElsewhere(board, { y: 300 })
    focusNote(board.session, first)
    deleteFocused(board.session)
    expect(note(board, first)).toBeUndefined()
    expect(board.said).toEqual([t.deleted])
    expect(board.session.view.selection.get()).toEqual({ kind: 'note', id: second })
    undo(board.session)
    expect(note(board, first)).toBeDefined()
  })

  it('Delete leaves someone else’s note alone; an anonymous one says undo cannot bring it back', async () => {
    const board = await openBoard()
    const theirs = noteElsewhere(board)
    focusNote(board.session, theirs)
    deleteFocused(board.session)
    expect(note(board, theirs)).toBeDefined()
    const quiet = myAnonymousNote(board)
    board.api.answer(`DELETE /api/workshops/w1/rooms/room-main/anonymous/notes/${quiet}`, {
      id: quiet,
    })
    focusNote(board.session, quiet)
    deleteFocused(board.session)
    expect(board.said).toEqual([strings.anonymous.deleted])
  })

  it('> and < resize it in steps, within the allowed sizes', async () => {
    const board = await openBoard()
    const id = noteElsewhere(board, { width: 200, height: 130 }, MAYA)
    focusNote(board.session, id)
    resizeFocused(board.session, 1)
    expect(note(board, id)).toMatchObject({ width: 220, height: 150 })
    expect(board.said).toEqual([t.resized(220, 150)])
    const big = noteElsewhere(board, { width: NOTE_MAX_SIZE, height: NOTE_MAX_SIZE }, MAYA)
    focusNote(board.session, big)
    resizeFocused(board.session, 1)
    expect(board.said.at(-1)).toBe(t.largest)
  })

  it('> says why someone else’s note cannot be resized', async () => {
    const board = await openBoard()
    focusNote(board.session, noteElsewhere(board))
    resizeFocused(board.session, -1)
    expect(board.session.view.notice.get()).toBe(
      strings.notice.refused('participants change only their own notes'),
    )
  })

  it('T selects its threads one after another, naming the note each leads to', async () => {
    const board = await openBoard()
    const hub = noteElsewhere(board, { text: 'Hub' })
    focusNote(board.session, hub)
    selectFocusedThread(board.session)
    expect(board.said).toEqual([t.noThreads])
    const school = noteElsewhere(board, { text: 'School' })
    const clinic = noteElsewhere(board, { text: 'Clinic', laneId: 'education' })
    board.elsewhere((doc) => {
      createThread(doc, { from: hub, to: school }, SAM)
      createThread(doc, { from: clinic, to: hub }, SAM)
    })
    // In the order the board keeps them.
    const threads = board.session.threads.get()
    const said: Record<string, string> = {
      [school]: t.threadSelected('School', 'Health'),
      [clinic]: t.threadSelected('Clinic', 'Education'),
    }
    selectFocusedThread(board.session)
    expect(board.session.view.selection.get()).toEqual({
      kind: 'thread',
      id: threads[0]!.id,
      returnTo: hub,
    })
    focusNote(board.session, hub)
    selectFocusedThread(board.session)
    expect(board.session.view.selection.get()).toMatchObject({ kind: 'thread', id: threads[1]!.id })
    const ends = threads.map((thread) => (thread.from === hub ? thread.to : thread.from))
    expect(board.said.slice(1)).toEqual(ends.map((end) => said[end]))
  })
})

describe('other keys', () => {
  it('F follows the leading facilitator, or stops; nobody leading is said', async () => {
    const board = await openBoard()
    toggleFollow(board.session)
    board.elsewhereInControl((doc) =>
      setAttention(doc, { follow: { participantId: 'p-fac', name: 'Fatima' } }),
    )
    toggleFollow(board.session)
    expect(board.session.view.following.get()).toBe(true)
    toggleFollow(board.session)
    expect(board.session.view.following.get()).toBe(false)
    expect(board.said).toEqual([t.nobodyLeading, t.followOn('Fatima'), t.followOff])
  })

  it('? opens and closes the shortcuts sheet', async () => {
    const board = await openBoard()
    showShortcuts(board.session, true)
    expect(board.session.view.shortcutsOpen.get()).toBe(true)
    showShortcuts(board.session, false)
    expect(board.session.view.shortcutsOpen.get()).toBe(false)
  })
})
