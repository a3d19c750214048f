import * as Y from 'yjs'
import type { Store } from '../src/store/types.js'

/** A string that must be in no stored byte once its workshop is deleted. */
export const CANARY = 'CANARY-delete-me-4b1d'

/** Ids of a workshop `fillWorkshop` wrote. */
export interface FilledWorkshop {
  readonly workshopId: string
  readonly roomId: string
  readonly participantIds: readonly string[]
  readonly voteId: string
  readonly docNames: readonly string[]
}

const canaryUpdate = (text: string) => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Writes a row to every kind of thing a store keeps for a workshop, each carrying `text` where it
 * can: documents (control, board, draft; logged and compacted), votes and dots, a hidden note,
 * a snapshot, a codebook, a once-only key, a connect ticket and a removed participant.
 */
export async function fillWorkshop(
  store: Store,
  tag: string,
  text: string,
): Promise<FilledWorkshop> {
  const workshopId = `wshop${tag}`
  const roomId = `room${tag}`
  const facilitatorId = `fac${tag}`
  const participantId = `par${tag}`
  const voteId = `vote${tag}`
  const control = `${workshopId}.control`
  const board = `${workshopId}.room.${roomId}`
  const draft = `${workshopId}.draft.${roomId}.${participantId}`
  await store.createWorkshop(
    {
      id: workshopId,
      title: `${text} title`,
      joinCode: `J${tag}`,
      observerCode: `O${tag}`,
      createdAt: 1,
    },
    [{ id: roomId, workshopId, name: `${text} room`, position: 0, createdAt: 1 }],
    {
      id: facilitatorId,
      workshopId,
      role: 'facilitator',
      displayName: text,
      sector: null,
      createdAt: 1,
    },
    [{ docName: control, update: canaryUpdate(`${text} control`) }],
  )
  await store.addParticipant({
    id: participantId,
    workshopId,
    role: 'participant',
    displayName: `${text} person`,
    sector: 'health',
    createdAt: 2,
  })
  await store.appendUpdates(board, [canaryUpdate(`${text} board`)])
  await store.compactDoc(board, canaryUpdate(`${text} compacted`), await store.latestSeq(board))
  await store.appendUpdates(board, [canaryUpdate(`${text} after compaction`)])
  await store.appendUpdates(draft, [canaryUpdate(`${text} draft`)])
  await store.openVote({
    id: voteId,
    workshopId,
    dotsPerPerson: 3,
    roundId: null,
    status: 'open',
    openedAt: 3,
    closedAt: null,
  })
  await store.placeDot(voteId, participantId, { roomId, noteId: 'note1' }, 3, 4)
  await store.hideNote({
    workshopId,
    roomId,
    noteId: 'note1',
    noteJson: JSON.stringify({ text }),
    hiddenBy: facilitatorId,
    hiddenAt: 5,
  })
  await store.saveSnapshot({
    id: `snap${tag}`,
    workshopId,
    roomId,
    name: `${text} snapshot`,
    reason: 'manual',
    roundId: null,
    takenBy: facilitatorId,
    takenAt: 6,
    state: canaryUpdate(`${text} snapshot state`),
  })
  const theme = {
    id: `theme${tag}`,
    workshopId,
    name: text,
    description: text,
    color: '#123456',
    createdAt: 7,
  }
  await store.saveTheme(theme)
  await store.saveCode({
    id: `code${tag}`,
    workshopId,
    themeId: theme.id,
    name: text,
    description: text,
    createdAt: 7,
  })
  await store.applyCodings(workshopId, [{ roomId, noteId: 'note1', codeId: `code${tag}` }])
  await store.claimOnce(`${workshopId}:round-ended:r1:8:-`, 8)
  await store.saveConnectTicket(
    {
      hash: `${tag}`.padEnd(64, '0'),
      workshopId,
      principalJson: JSON.stringify({ workshopId, participantId, name: text }),
      docName: board,
      expiresAt: 10_000,
    },
    9,
  )
  await store.removeParticipant(workshopId, participantId, 9)
  await store.setWorkshopClosedAt(workshopId, 10)
  return {
    workshopId,
    roomId,
    participantIds: [facilitatorId, participantId],
    voteId,
    docNames: [control, board, draft],
  }
}
