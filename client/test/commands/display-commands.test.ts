import { describe, expect, it } from 'vitest'
import { setDisplayMode } from '../../src/commands/display-commands'
import { drawThreadTo } from '../../src/commands/draft-commands'
import { fakeBoardPerTest } from '../fakes/fake-board-session'
import { noteElsewhere } from '../fakes/elsewhere'

const openBoard = fakeBoardPerTest()

describe('canvas or list', () => {
  it('switches the workshop’s display mode, ends any gesture and puts the slow-link notice away', async () => {
    const board = await openBoard()
    board.session.workshop.slowLinkNotice.set(true)
    drawThreadTo(board.session, noteElsewhere(board), { x: 0, y: 0 })
    setDisplayMode(board.session, 'list')
    // The list has no thread being drawn, nor a note picked up.
    expect(board.session.view.interaction.get().mode).toBe('idle')
    expect(board.session.workshop.displayMode.get()).toBe('list')
    expect(board.session.workshop.slowLinkNotice.get()).toBe(false)
    setDisplayMode(board.session, 'board')
    expect(board.session.workshop.displayMode.get()).toBe('board')
  })
})
