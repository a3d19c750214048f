import * as Y from 'yjs'
import { createNote } from '@weave/shared'
import { BenchSocket, createTrafficStats, withDeadline } from './bench-socket.js'
import { awarenessFrame, syncStep1, updateFrame } from './frames.js'

const HOLD_CONCURRENCY = 16

/** Idle participants to open and keep open. */
export interface HoldPlan {
  readonly urls: readonly string[]
  /** Awareness client ids are this plus the socket's index. */
  readonly awarenessIdBase: number
  readonly timeoutMs: number
  /** Each socket writes one small note once synced (so the room has something to store). */
  readonly writeNote?: boolean
  /** The first socket uploads this update (a whole board) once synced. */
  readonly upload?: Uint8Array | null
}

/**
 * Opens idle participants (synced, with a first presence state, then silent) and keeps them in
 * `held` until the caller closes them; resolves with how many failed to sync.
 */
export async function holdSockets(plan: HoldPlan, held: BenchSocket[]): Promise<number> {
  const stats = createTrafficStats()
  let next = 0
  let failures = 0
  const worker = async () => {
    while (next < plan.urls.length) {
      const index = next++
      const socket = new BenchSocket(plan.urls[index]!, stats, {}, plan.timeoutMs)
      held.push(socket)
      try {
        const hello = awarenessFrame(plan.awarenessIdBase + index, 1, { cursor: null })
        await socket.sync(plan.timeoutMs, hello)
        const update =
          index === 0 && plan.upload ? plan.upload : plan.writeNote ? noteUpdate() : null
        if (update) {
          // Sent, then a sync round trip: the server has it once the step 2 comes back.
          socket.send(updateFrame(update))
          const answered = socket.nextStep2()
          socket.send(syncStep1())
          await withDeadline(answered, plan.timeoutMs, 'write')
        }
      } catch {
        failures++
      }
    }
  }
  await Promise.all(Array.from({ length: HOLD_CONCURRENCY }, worker))
  return failures
}

function noteUpdate(): Uint8Array {
  const doc = new Y.Doc()
  createNote(
    doc,
    { laneId: 'health', x: 40, y: 80, text: 'Idle room note' },
    {
      id: null,
      name: null,
      sector: null,
    },
  )
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}
