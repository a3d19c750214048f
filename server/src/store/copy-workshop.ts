import { isDeepStrictEqual } from 'node:util'
import * as Y from 'yjs'
import type { Store, StoredDoc } from './types.js'

/** How many of each kind of record a workshop copy moved. */
export interface CopyCounts {
  rooms: number
  participants: number
  documents: number
  votes: number
  dots: number
  hiddenNotes: number
  snapshots: number
  codes: number
}

/** A voter "limit" that never refuses a dot being copied. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER

/**
 * Copies one workshop, everything that belongs to it, from one store into another that does not
 * have it yet: rooms, participants, its documents (compacted state and log as they are), votes
 * with every dot and its voter, hidden notes, snapshots, the codebook and who was removed (so a
 * removed participant stays out). Once-only keys and connect tickets are not copied: they only
 * guard work that has been done already, or live for seconds.
 */
export async function copyWorkshop(
  from: Store,
  to: Store,
  workshopId: string,
): Promise<CopyCounts> {
  const workshop = await from.getWorkshop(workshopId)
  if (!workshop) throw new Error(`no workshop ${workshopId} in the source`)
  const rooms = await from.listRooms(workshopId)
  const [creator, ...others] = await from.listParticipants(workshopId)
  if (!creator) throw new Error(`workshop ${workshopId} has no participants, not even its creator`)
  await to.createWorkshop(workshop, rooms, creator, [])
  for (const room of rooms) if (room.closed) await to.closeRoom(workshopId, room.id)
  for (const participant of others) await to.addParticipant(participant)
  for (const removed of await from.listRemovedParticipants(workshopId))
    await to.removeParticipant(workshopId, removed.participantId, removed.removedAt)

  const docNames = await from.listDocNames(`${workshopId}.`)
  for (const docName of docNames) await copyDoc(await from.loadDoc(docName), to, docName)

  let dots = 0
  const votes = await from.listVotes(workshopId)
  for (const vote of votes) {
    await to.openVote(vote)
    for (const dot of await from.listVoteDots(vote.id)) {
      await to.placeDot(vote.id, dot.participantId, dot, NO_LIMIT, dot.createdAt)
      dots++
    }
  }
  const hidden = await from.listHiddenNotes(workshopId)
  for (const note of hidden) await to.hideNote(note)
  const snapshots = await from.listSnapshots(workshopId)
  for (const { id } of snapshots) {
    const snapshot = await from.getSnapshot(id)
    if (snapshot) await to.saveSnapshot(snapshot)
  }
  for (const theme of await from.listThemes(workshopId)) await to.saveTheme(theme)
  const codes = await from.listCodes(workshopId)
  for (const code of codes) await to.saveCode(code)
  await to.applyCodings(workshopId, await from.listCodings(workshopId))
  return {
    rooms: rooms.length,
    participants: others.length + 1,
    documents: docNames.length,
    votes: votes.length,
    dots,
    hiddenNotes: hidden.length,
    snapshots: snapshots.length,
    codes: codes.length,
  }
}

/** Writes a document as it is stored: its compacted state (if any) as state, then its log. */
async function copyDoc(stored: StoredDoc, to: Store, docName: string): Promise<void> {
  const stateCount = stored.updates.length - stored.pendingCount
  const state = stateCount > 0 ? stored.updates[0] : undefined
  if (state) {
    await to.appendUpdates(docName, [state])
    await to.compactDoc(docName, state, await to.latestSeq(docName))
  }
  await to.appendUpdates(docName, stored.updates.slice(stateCount))
}

/** The differences between a workshop in two stores (empty when they hold the same). */
export async function compareWorkshop(a: Store, b: Store, workshopId: string): Promise<string[]> {
  const differences: string[] = []
  const same = async (what: string, read: (store: Store) => Promise<unknown>) => {
    if (!isDeepStrictEqual(await read(a), await read(b))) differences.push(what)
  }
  await same('workshop', (s) => s.getWorkshop(workshopId))
  await same('rooms', (s) => s.listRooms(workshopId))
  await same('participants', (s) => s.listParticipants(workshopId))
  await same('removed participants', (s) => s.listRemovedParticipants(workshopId))
  await same('votes', (s) => s.listVotes(workshopId))
  for (const vote of await a.listVotes(workshopId))
    await same(`dots of vote ${vote.id}`, (s) => s.listVoteDots(vote.id))
  await same('hidden notes', (s) => s.listHiddenNotes(workshopId))
  await same('snapshots', (s) => s.listSnapshots(workshopId))
  for (const { id } of await a.listSnapshots(workshopId))
    await same(`snapshot ${id}`, (s) => s.getSnapshot(id))
  await same('themes', (s) => s.listThemes(workshopId))
  await same('codes', (s) => s.listCodes(workshopId))
  await same('codings', (s) => s.listCodings(workshopId))
  const prefix = `${workshopId}.`
  await same('document names', (s) => s.listDocNames(prefix))
  for (const docName of await a.listDocNames(prefix)) {
    const [docA, docB] = [await replay(a, docName), await replay(b, docName)]
    if (!Y.equalSnapshots(Y.snapshot(docA), Y.snapshot(docB)))
      differences.push(`document ${docName}`)
    docA.destroy()
    docB.destroy()
  }
  return differences
}

async function replay(store: Store, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of (await store.loadDoc(docName)).updates) Y.applyUpdate(doc, update)
  return doc
}
