import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * `GET /api/workshops/:id/start`: what a board page needs before it can show anything, in one
 * request its first script sends while the app's code is still downloading. On a slow rural
 * connection (400 ms round trips) opening the control document, then the room, over their own
 * sockets cost five round trips after the code arrived, and the room's state came uncompressed;
 * this answer comes Brotli-compressed, in the same round trip as the code, with a connect ticket
 * per document in a header (BOARD_START_TICKETS_HEADER).
 */
export interface BoardStart {
  /** The room the server would let this person open now (their breakout room, or the main room). */
  readonly roomId: string
  /** The control document, then the room's board. */
  readonly docs: readonly StartDoc[]
}

/** One document's whole state, as a Yjs update. */
export interface StartDoc {
  readonly docName: string
  readonly state: Uint8Array
}

/** The media type of the answer. */
export const BOARD_START_TYPE = 'application/vnd.weave.board-start'
/**
 * The response header with a single-use connect ticket per document, in the body's order,
 * separated by spaces. Not in the body, so that stays the same for everyone in a room, and is
 * compressed once per version of the board, not once per person.
 */
export const BOARD_START_TICKETS_HEADER = 'weave-connect-tickets'
/** Bumped when the layout below changes; a client that reads another version ignores the answer. */
const VERSION = 1
/** More than the control document and one room is not a board start. */
const MAX_DOCS = 4

/** `[version][roomId][count]` then `[docName][state]` per document. */
export function encodeBoardStart(start: BoardStart): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, VERSION)
  encoding.writeVarString(encoder, start.roomId)
  encoding.writeVarUint(encoder, start.docs.length)
  for (const doc of start.docs) {
    encoding.writeVarString(encoder, doc.docName)
    encoding.writeVarUint8Array(encoder, doc.state)
  }
  return encoding.toUint8Array(encoder)
}

/** The board start in `bytes`, or null when they are not one (the page then syncs as usual). */
export function decodeBoardStart(bytes: Uint8Array): BoardStart | null {
  try {
    const decoder = decoding.createDecoder(bytes)
    if (decoding.readVarUint(decoder) !== VERSION) return null
    const roomId = decoding.readVarString(decoder)
    const count = decoding.readVarUint(decoder)
    if (count > MAX_DOCS) return null
    const docs: StartDoc[] = []
    for (let i = 0; i < count; i++) {
      const docName = decoding.readVarString(decoder)
      docs.push({ docName, state: decoding.readVarUint8Array(decoder) })
    }
    return decoding.hasContent(decoder) ? null : { roomId, docs }
  } catch {
    return null
  }
}
