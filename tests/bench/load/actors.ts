import * as Y from 'yjs'
import { createNote, editNoteText, moveNote } from '@weave/shared'
import type { BenchSocket } from './bench-socket.js'
import { awarenessFrame, updateFrame } from './frames.js'
import { markOf } from './marks.js'
import type { Actor } from './open-loop.js'
import type { ClientSpec } from './plan.js'

/** A periodic sender: message `seq` is due at `startAt + seq * periodMs`. */
export interface Timeline {
  readonly startAt: number
  readonly periodMs: number
  /** How many messages were sent (the last sequence sent is `sent - 1`). */
  sent: number
}

/** When message `seq` of a timeline was meant to be sent. */
export function intendedAt(timeline: Timeline, seq: number): number {
  return timeline.startAt + seq * timeline.periodMs
}

function periodic(timeline: Timeline, send: (seq: number) => void): Actor {
  return {
    nextAt: timeline.startAt,
    fire() {
      send(timeline.sent)
      timeline.sent++
      return intendedAt(timeline, timeline.sent)
    },
  }
}

/** Cursor moves through awareness: `cursor.x` carries the sequence (the server keeps it). */
export function cursorActor(
  socket: BenchSocket,
  awarenessId: number,
  index: number,
  timeline: Timeline,
): Actor {
  // Clock 1 was the first presence state, sent on connect.
  return periodic(timeline, (seq) =>
    socket.send(awarenessFrame(awarenessId, seq + 2, { cursor: { x: seq, y: index } })),
  )
}

/** The first presence state a client publishes on connect. */
export function helloFrame(awarenessId: number): Uint8Array {
  return awarenessFrame(awarenessId, 1, { cursor: null })
}

/**
 * A participant who writes: a full Y.Doc with one note of their own, which they drag (position
 * writes) or type into. Each write's `updatedAt` is the mark of its sequence.
 */
export class Writer {
  readonly doc = new Y.Doc()
  private noteId = ''
  private text = ''
  private pending: Uint8Array[] | null = null
  private readonly prepared: Uint8Array[] = []

  constructor(
    private readonly socket: BenchSocket,
    private readonly spec: ClientSpec,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return
      if (this.pending) this.pending.push(update)
      else socket.send(updateFrame(update))
    })
  }

  /** Applies an update from the server, as a provider would. */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'remote')
  }

  /** Creates the note this writer will change (sent at once). */
  createOwnNote(): void {
    this.noteId = createNote(
      this.doc,
      { laneId: this.spec.laneId, x: 40, y: 80, text: 'Benchmark note ' },
      this.spec.author,
    )
    this.text = 'Benchmark note '
  }

  /** Encodes writes 0..count-1 now, to be sent later by the actor. */
  prepare(count: number): void {
    this.pending = []
    for (let seq = 0; seq < count; seq++) this.write(seq)
    this.prepared.push(...this.pending.map(updateFrame))
    this.pending = null
  }

  actor(timeline: Timeline): Actor {
    return periodic(timeline, (seq) => {
      const frame = this.prepared[seq]
      if (frame) this.socket.send(frame)
      else this.write(seq)
    })
  }

  private write(seq: number): void {
    if (this.spec.role === 'type') {
      // Keystrokes; a long note loses its start now and then, so it never reaches the limit.
      this.text = this.text.length > 300 ? this.text.slice(100) : this.text + 'abcde '[seq % 6]
      editNoteText(this.doc, this.noteId, this.text, markOf(seq))
    } else {
      const to = { laneId: this.spec.laneId, x: 40 + ((seq * 7) % 400), y: 80 + ((seq * 3) % 300) }
      moveNote(this.doc, this.noteId, to, markOf(seq))
    }
  }
}
