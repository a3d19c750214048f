import * as Y from 'yjs'
import { BenchSocket, withDeadline, type TrafficStats } from './bench-socket.js'
import { helloFrame, Writer } from './actors.js'
import { awarenessEntries, payloadOf, syncStep1 } from './frames.js'
import { marksIn } from './marks.js'
import type { ClientSpec } from './plan.js'
import type { SequenceTimer } from './sequence-timer.js'

/** Awareness client ids are this plus the participant's index (unique within a run). */
export const AWARENESS_ID_BASE = 1000

/** The timers that timed receivers report to, once the run has its schedule. */
export interface Timers {
  updates: SequenceTimer | null
  presence: SequenceTimer | null
  /** Writes received by timed receivers during the window, per room. */
  readonly marksPerRoom: Map<number, number>
  counting: boolean
}

/** One simulated participant: a socket, and a Y.Doc with a note if it writes. */
export interface Participant {
  readonly index: number
  readonly spec: ClientSpec
  readonly socket: BenchSocket
  readonly awarenessId: number
  readonly writer: Writer | null
}

/** Opens a participant's socket with hooks that time what it receives (when it is timed). */
export function createParticipant(
  index: number,
  spec: ClientSpec,
  stats: TrafficStats,
  timers: Timers,
  writerOfClient: Map<number, number>,
  applyRemote: boolean,
  handshakeTimeoutMs: number,
): Participant {
  let writer: Writer | null = null
  const receiveUpdate = (update: Uint8Array, atMs: number) => {
    if (writer && applyRemote) writer.applyRemote(update)
    const timer = timers.updates
    if (!spec.timedUpdates || !timer) return
    for (const mark of marksIn(update)) {
      const sender = writerOfClient.get(mark.client)
      if (sender === undefined || sender === index) continue
      timer.arrived(index, sender, mark.seq, atMs)
      if (timers.counting)
        timers.marksPerRoom.set(spec.room, (timers.marksPerRoom.get(spec.room) ?? 0) + 1)
    }
  }
  const socket = new BenchSocket(
    spec.url,
    stats,
    {
      onUpdate: (frame, head, atMs) => receiveUpdate(payloadOf(frame, head), atMs),
      onStep2: (payload) => {
        if (writer && applyRemote) writer.applyRemote(payload)
      },
      onAwareness: spec.timedPresence
        ? (frame, head, atMs) => {
            const timer = timers.presence
            if (!timer) return
            for (const entry of awarenessEntries(frame, head)) {
              const sender = entry.clientId - AWARENESS_ID_BASE
              const cursor = (entry.state as { cursor?: { x?: unknown } } | null)?.cursor
              if (sender === index || typeof cursor?.x !== 'number') continue
              timer.arrived(index, sender, cursor.x, atMs)
            }
          }
        : undefined,
      answerStep1: (stateVector) =>
        writer ? Y.encodeStateAsUpdate(writer.doc, stateVector) : new Uint8Array([0, 0]),
    },
    handshakeTimeoutMs,
  )
  if (spec.role !== 'cursor') {
    writer = new Writer(socket, spec)
    writerOfClient.set(writer.doc.clientID, index)
  }
  return { index, spec, socket, awarenessId: AWARENESS_ID_BASE + index, writer }
}

/** Connects and syncs every participant, `concurrency` at a time; rejects on the first failure. */
export async function connectAll(
  participants: readonly Participant[],
  concurrency: number,
  timeoutMs: number,
): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    // After a failure no new socket opens: the run is over and its sockets are being closed.
    while (next < participants.length && !failed) {
      const p = participants[next++]!
      try {
        await p.socket.sync(timeoutMs, helloFrame(p.awarenessId))
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, participants.length) }, worker))
}

/** Each writer creates its note; resolves once the server has answered a sync after it. */
export async function createNotes(
  participants: readonly Participant[],
  timeoutMs: number,
): Promise<void> {
  await withDeadline(
    Promise.all(
      participants.map((p) => {
        if (!p.writer) return Promise.resolve()
        p.writer.createOwnNote()
        const answered = p.socket.nextStep2()
        p.socket.send(syncStep1(Y.encodeStateVector(p.writer.doc)))
        return answered
      }),
    ),
    timeoutMs,
    'creating the writers’ notes',
  )
}
