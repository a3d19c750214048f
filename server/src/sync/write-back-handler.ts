import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { CloseCode, MessageType, SyncMessageType } from '@weave/shared'
import type { Room } from '../rooms/room.js'
import type { RoomConnection } from '../rooms/types.js'
import {
  BadMessageError,
  MissingDependenciesError,
  RefusedUpdateError,
} from '../wire/closing-errors.js'
import { emptySyncStep2Frame, stateVectorFrame } from '../wire/frames.js'
import { assertEnd, assertSoundUpdate, assertStateVector } from '../wire/update-guard.js'

const NOT_TAKEN = 'not your room now (not taken)'

/** What a write-back connection's handler needs besides its room and connection. */
export interface WriteBackDeps {
  /** Sends a frame to this client; the room itself sends a write-back connection nothing. */
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
}

/**
 * Handles a write-back connection (FAC-B2): a participant back, within the write-back window, in a
 * room they were moved out of, to deliver what their device wrote there before the move. It is
 * write-only, so a move really ends what they see of the room:
 * - their sync step 1 is answered with an empty step 1: their step 2 is then all they have, of
 *   which we take what we lack, and the answer depends on nothing of the room;
 * - their step 2 and updates may add only what that step 1 declared (a live edit made after
 *   connecting is not pending work), and pass the content rule and the participant board rules
 *   like any write; whatever is not taken closes the connection with one and the same 4412;
 * - once their step 2 is stored they get an empty step 2 (their edits are in; nothing of the room
 *   comes back) and the connection closes with 4412;
 * - presence goes neither way: theirs is dropped, nobody's is sent.
 */
export function createWriteBackHandler(room: Room, conn: RoomConnection, deps: WriteBackDeps) {
  // What their sync step 1 said they have; null until it arrives (then nothing may be added).
  let claimed: Map<number, number> | null = null

  async function answerSyncStep1(stateVector: Uint8Array): Promise<void> {
    assertStateVector(stateVector)
    claimed = Y.decodeStateVector(stateVector)
    await room.settled()
    // An empty state vector: any clock of ours we named, even capped by theirs, would answer
    // "have you more than this?" for someone else's client id, which is how much they wrote since.
    deps.send(stateVectorFrame(Y.encodeStateVector(new Map())))
  }

  /** True when everything `update` adds beyond our state is within what they claimed to have. */
  function onlyClaimed(update: Uint8Array): boolean {
    const { to } = Y.parseUpdateMeta(update)
    return room.read((doc) =>
      [...to].every(
        ([client, end]) =>
          end <= Math.max(Y.getState(doc.store, client), claimed?.get(client) ?? 0),
      ),
    )
  }

  async function deliver(update: Uint8Array, isStep2: boolean): Promise<void> {
    assertSoundUpdate(update)
    // Every write it cannot take ends the same way, unapplied (their copy keeps it): a 4409 for
    // a change to something the room holds against a resync for something it lacks would let a
    // crafted delete set probe what was written since they left.
    if (!onlyClaimed(update)) return deps.close(CloseCode.moved, NOT_TAKEN)
    try {
      room.applyUpdate(conn, update)
    } catch (error) {
      if (error instanceof MissingDependenciesError || error instanceof RefusedUpdateError) {
        return deps.close(CloseCode.moved, NOT_TAKEN)
      }
      throw error
    }
    if (!isStep2) return
    await room.settled()
    // A client that asked (the official one) counts as synced once it has a step 2.
    if (claimed) deps.send(emptySyncStep2Frame())
    deps.close(CloseCode.moved, 'not your room now')
  }

  return async function handle(data: Uint8Array): Promise<void> {
    const decoder = decoding.createDecoder(data)
    let type: number
    let subType = -1
    let payload: Uint8Array | null = null
    try {
      type = decoding.readVarUint(decoder)
      if (type === MessageType.sync) subType = decoding.readVarUint(decoder)
      if (type === MessageType.sync || type === MessageType.awareness) {
        payload = decoding.readVarUint8Array(decoder)
      }
      assertEnd(decoder)
    } catch (error) {
      if (error instanceof BadMessageError) throw error
      throw new BadMessageError(`malformed message: ${(error as Error).message}`)
    }
    if (type === MessageType.awareness || type === MessageType.queryAwareness) return
    if (type !== MessageType.sync || payload === null) {
      throw new BadMessageError(`unknown message type ${type}`)
    }
    switch (subType) {
      case SyncMessageType.step1:
        return answerSyncStep1(payload)
      case SyncMessageType.step2:
      case SyncMessageType.update:
        return deliver(payload, subType === SyncMessageType.step2)
      default:
        throw new BadMessageError(`unknown sync message type ${subType}`)
    }
  }
}
