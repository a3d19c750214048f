import * as Y from 'yjs'
import {
  draftDocName,
  roomDocName,
  type Author,
  type RoomInfo,
  type SnapshotInfo,
} from '@weave/shared'
import { createWorkshop, facilitatorAuthor, join, type TestWorkshop } from '../helpers/api.js'
import { call } from '../helpers/http.js'
import { openBystander, type Bystander } from '../helpers/probe.js'
import { startServer, type RunningServer } from '../helpers/server.js'

/** The principals the matrix covers: the three token roles, plus anonymous participants. */
export const MATRIX_ROLES = ['facilitator', 'participant', 'anonymous', 'observer'] as const
/** One of MATRIX_ROLES. */
export type MatrixRole = (typeof MATRIX_ROLES)[number]

/** The documents, as seen from the role that addresses them ("own" means that role's). */
export const MATRIX_DOCS = [
  'control',
  'main room',
  'own breakout room',
  'other breakout room',
  'own draft',
  "another's draft",
  "other workshop's room",
  'snapshot',
] as const
/** One of MATRIX_DOCS. */
export type MatrixDoc = (typeof MATRIX_DOCS)[number]

/** Someone who can send messages: a token and the author stamp their notes would carry. */
export interface Actor {
  readonly token: string
  readonly author: Author
}

/** The document a cell writes to, and the bystander watching it (none for non-documents). */
export interface Target {
  readonly docName: string
  readonly watcher: Bystander | null
}

/** One server with two workshops, open breakouts and a bystander on every document. */
export interface MatrixFixture {
  readonly running: RunningServer
  readonly actors: Record<MatrixRole, Actor>
  target(role: MatrixRole, doc: MatrixDoc): Target
  /** The state vector of `docName` as the store holds it. */
  storedStateVector(docName: string): Promise<Uint8Array>
  stop(): Promise<void>
}

/**
 * Workshop A has a main room and two breakout rooms, breakouts open, the named and the anonymous
 * participant both assigned to breakout 1 (so breakout 2 and the main room are not theirs).
 * Workshop B is "another workshop". Rate limits are lifted: bystanders send many round trips.
 */
export async function startMatrix(): Promise<MatrixFixture> {
  const running = await startServer({ messagesPerSecond: 100_000, messageBurst: 100_000 })
  const a = await createWorkshop(running.httpUrl, 'Matrix A')
  const b = await createWorkshop(running.httpUrl, 'Matrix B')
  const named = await join(running.httpUrl, a, { name: 'Ana', sector: 'health' })
  const anonymous = await join(running.httpUrl, a, { anonymous: true })
  const observer = await join(running.httpUrl, a, { observer: true })
  const facilitate = async (path: string, body: unknown) => {
    const res = await call(
      `${running.httpUrl}/api/workshops/${a.workshopId}${path}`,
      'POST',
      a.facilitatorToken,
      body,
    )
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  const main = a.rooms[0]!.roomId
  const [own, other] = (await facilitate('/rooms', { count: 2 })) as RoomInfo[]
  for (const person of [named, anonymous])
    await facilitate('/breakouts/move', {
      participantId: person.participantId,
      roomId: own!.roomId,
    })
  await facilitate('/breakouts/open', {})
  const snapshot = (await facilitate('/snapshots', {
    roomId: main,
    name: 'matrix',
  })) as SnapshotInfo

  const actors: Record<MatrixRole, Actor> = {
    facilitator: { token: a.facilitatorToken, author: facilitatorAuthor(a) },
    participant: named,
    anonymous,
    observer,
  }
  const room = (workshop: TestWorkshop, roomId: string) => roomDocName(workshop.workshopId, roomId)
  const draftOf = (role: MatrixRole) =>
    draftDocName(
      a.workshopId,
      role === 'participant' || role === 'anonymous' ? own!.roomId : main,
      actors[role].author.id!,
    )
  // Who may watch each document: its owner for drafts, a facilitator otherwise.
  const targets: Record<MatrixDoc, (role: MatrixRole) => [string, string | null]> = {
    control: () => [a.controlDoc, a.facilitatorToken],
    'main room': () => [room(a, main), a.facilitatorToken],
    'own breakout room': () => [room(a, own!.roomId), a.facilitatorToken],
    'other breakout room': () => [room(a, other!.roomId), a.facilitatorToken],
    'own draft': (role) => [draftOf(role), actors[role].token],
    "another's draft": (role) => {
      const victim: MatrixRole = role === 'participant' ? 'anonymous' : 'participant'
      return [draftOf(victim), actors[victim].token]
    },
    "other workshop's room": () => [b.roomDoc, b.facilitatorToken],
    snapshot: () => [`${a.workshopId}.snapshot.${snapshot.id}`, null],
  }

  const watchers = new Map<string, Bystander>()
  const resolved = new Map<string, Target>()
  let nextClientId = 900_000
  for (const role of MATRIX_ROLES) {
    for (const doc of MATRIX_DOCS) {
      const [docName, watcherToken] = targets[doc](role)
      let watcher = watchers.get(docName) ?? null
      if (!watcher && watcherToken) {
        watcher = await openBystander(running.wsUrl, docName, watcherToken, nextClientId++)
        watchers.set(docName, watcher)
      }
      resolved.set(`${role}|${doc}`, { docName, watcher })
    }
  }

  return {
    running,
    actors,
    target: (role, doc) => resolved.get(`${role}|${doc}`)!,
    async storedStateVector(docName) {
      const stored = await running.server.store.loadDoc(docName)
      const copy = new Y.Doc()
      for (const update of stored.updates) Y.applyUpdate(copy, update)
      const vector = Y.encodeStateVector(copy)
      copy.destroy()
      return vector
    },
    async stop() {
      for (const watcher of watchers.values()) watcher.socket.ws.close()
      await running.stop()
    },
  }
}
