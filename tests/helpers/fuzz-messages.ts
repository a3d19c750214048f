import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { createNote, createThread } from '@weave/shared'

/** A small seeded generator (mulberry32) so every fuzz case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function frame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  if (sub !== null) encoding.writeVarUint(encoder, sub)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** Real messages to cut and mutate: an update with notes, text and a thread; an awareness update. */
function realMessages(): Uint8Array[] {
  const doc = new Y.Doc()
  const author = { id: 'fuzz', name: 'Fuzz', sector: 'health' }
  const a = createNote(doc, { laneId: 'health', x: 1, y: 2, text: 'fuzz me' }, author)
  const b = createNote(doc, { laneId: 'education', x: 3, y: 4, text: 'and me' }, author)
  createThread(doc, { from: a, to: b, label: 'x' }, author)
  const awareness = encoding.createEncoder()
  encoding.writeVarUint(awareness, 1)
  encoding.writeVarUint(awareness, 12345)
  encoding.writeVarUint(awareness, 1)
  encoding.writeVarString(awareness, JSON.stringify({ cursor: { x: 1, y: 2 } }))
  return [
    frame(0, 2, Y.encodeStateAsUpdate(doc)),
    frame(0, 1, Y.encodeStateAsUpdate(doc)),
    frame(0, 0, Y.encodeStateVector(doc)),
    frame(1, null, encoding.toUint8Array(awareness)),
    frame(0, 2, Y.encodeStateAsUpdateV2(doc)),
  ]
}

/** The kinds of malformed message the fuzzer sends. */
export const FUZZ_KINDS = [
  'random',
  'truncated',
  'mutated',
  'overlong',
  'huge-length',
  'v2',
] as const

/** Generates `count` malformed (or at least hostile) messages from `seed`. */
export function* fuzzMessages(
  seed: number,
  count: number,
): Generator<{ kind: (typeof FUZZ_KINDS)[number]; bytes: Uint8Array }> {
  const random = seededRandom(seed)
  const int = (n: number) => Math.floor(random() * n)
  const reals = realMessages()
  for (let i = 0; i < count; i++) {
    const kind = FUZZ_KINDS[i % FUZZ_KINDS.length]!
    const real = reals[int(reals.length)]!
    let bytes: Uint8Array
    switch (kind) {
      case 'random':
        bytes = Uint8Array.from({ length: int(64) }, () => int(256))
        break
      case 'truncated':
        bytes = real.slice(0, 1 + int(real.length - 1))
        break
      case 'mutated': {
        bytes = real.slice()
        for (let flips = 1 + int(4); flips > 0; flips--) bytes[int(bytes.length)] = int(256)
        break
      }
      case 'overlong':
        // A message type written with needless continuation bytes, then junk.
        bytes = Uint8Array.from([
          ...Array.from({ length: 1 + int(12) }, () => 0x80),
          int(4),
          ...real.slice(1, 1 + int(8)),
        ])
        break
      case 'huge-length': {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, int(2))
        encoding.writeVarUint(encoder, int(3))
        encoding.writeVarUint(encoder, 2 ** 31 + int(2 ** 20))
        encoding.writeUint8Array(
          encoder,
          Uint8Array.from({ length: int(16) }, () => int(256)),
        )
        bytes = encoding.toUint8Array(encoder)
        break
      }
      case 'v2': {
        // V2 bombs: a V2 header declaring huge counts, sent where V1 is expected.
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, 0)
        encoding.writeVarUint(encoder, 2)
        const inner = encoding.createEncoder()
        encoding.writeVarUint(inner, 0)
        for (let j = 0; j < 9; j++) encoding.writeVarUint(inner, 2 ** 24 + int(2 ** 24))
        encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
        bytes = encoding.toUint8Array(encoder)
        break
      }
    }
    yield { kind, bytes }
  }
}
