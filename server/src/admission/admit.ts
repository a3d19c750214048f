import {
  canConnect,
  CloseCode,
  controlDocName,
  mayEnterRoom,
  parseDocName,
  type DocRef,
  type Principal,
} from '@weave/shared'
import type { RoomManager } from '../rooms/room-manager.js'
import { withRoom } from '../rooms/with-room.js'
import type { AccessStore, WorkshopStore } from '../store/types.js'
import { ClosingError } from '../wire/closing-errors.js'
import type { RecentRooms } from './recent-rooms.js'

/**
 * How a principal may open a document: `enter` it, or only send back, once, what they wrote in a
 * room they have left (a write-only connection, closed with 4412 after).
 */
export type Admitted = { readonly kind: 'enter' | 'write-back'; readonly ref: DocRef }

/** A refused admission: the connection is closed with its close code and reason. */
export class Refusal extends ClosingError {}

/** Who may open which document. */
export interface RoomAdmission {
  /**
   * Admits `principal` to the document `docName` or throws a Refusal: removed from the workshop
   * (4410), unknown document (4404), another's document (4403), or, during breakouts, a room
   * that is not the participant's (4412) unless they left it within the write-back window.
   */
  admit(principal: Principal, docName: string): Promise<Admitted>
  /**
   * Records that a participant is in a room now (on entering and on leaving it): the write-back
   * window counts from their last moment there. Only participants are held to their rooms.
   */
  present(principal: Principal, docName: string): void
}

/** What admission needs. */
export interface AdmissionDeps {
  readonly store: WorkshopStore & AccessStore
  readonly rooms: RoomManager
  /** Which rooms participants were recently in (shared by the instances of a cluster). */
  readonly recentRooms: RecentRooms
}

/** Creates room admission. */
export function createAdmission({ store, rooms, recentRooms }: AdmissionDeps): RoomAdmission {
  async function exists(ref: DocRef): Promise<boolean> {
    // Drafts exist as soon as their room does (they are created on first write).
    return ref.kind === 'control'
      ? (await store.getWorkshop(ref.workshopId)) !== null
      : (await store.getRoom(ref.workshopId, ref.roomId)) !== null
  }

  return {
    async admit(principal, docName) {
      if (await store.isParticipantRemoved(principal.participantId))
        throw new Refusal(CloseCode.removed, 'removed from the workshop')
      const ref = parseDocName(docName)
      if (!ref) throw new Refusal(CloseCode.unknownDocument, 'unknown document')
      if (!canConnect(principal, ref)) {
        // A deleted workshop's token gets 4404 whatever it opens, as its API calls get 404.
        if (!(await store.getWorkshop(principal.workshopId)))
          throw new Refusal(CloseCode.unknownDocument, 'unknown document')
        const whose =
          ref.workshopId === principal.workshopId ? "someone else's draft" : 'another workshop'
        throw new Refusal(CloseCode.forbidden, `document of ${whose}`)
      }
      if (!(await exists(ref))) throw new Refusal(CloseCode.unknownDocument, 'unknown document')
      if (ref.kind === 'control' || principal.role !== 'participant') return { kind: 'enter', ref }
      // During breakouts a participant opens only the room they are assigned to, except to send
      // back, once, what they wrote in a room they left while offline.
      const allowed = await withRoom(rooms, controlDocName(ref.workshopId), (control) =>
        control.read((doc) => mayEnterRoom(doc, principal.participantId, ref.roomId)),
      )
      if (allowed) return { kind: 'enter', ref }
      if (await recentRooms.recentlyIn(principal.participantId, docName))
        return { kind: 'write-back', ref }
      throw new Refusal(CloseCode.moved, 'not your room now')
    },
    present(principal, docName) {
      if (principal.role === 'participant') recentRooms.touch(principal.participantId, docName)
    },
  }
}
