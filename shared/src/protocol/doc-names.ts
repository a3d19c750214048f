/**
 * Document names, as they appear in the sync URL `/sync/<docName>`:
 * - `<workshopId>.control`: the workshop's control document (title, lanes, phase, round, vote,
 *   attention, plan); facilitators write it, everyone reads it.
 * - `<workshopId>.room.<roomId>`: one room's board (notes, threads); participants write it.
 * - `<workshopId>.draft.<roomId>.<participantId>`: one participant's private notes during private
 *   rounds in a room; only that participant connects to it, until the server reveals it.
 */
export type DocRef =
  | { readonly kind: 'control'; readonly workshopId: string }
  | { readonly kind: 'room'; readonly workshopId: string; readonly roomId: string }
  | {
      readonly kind: 'draft'
      readonly workshopId: string
      readonly roomId: string
      readonly participantId: string
    }

/** The kinds of document a workshop has. */
export type DocKind = DocRef['kind']

const SEGMENT = '[a-z0-9]{6,32}'
const CONTROL_NAME = new RegExp(`^(${SEGMENT})\\.control$`)
const ROOM_NAME = new RegExp(`^(${SEGMENT})\\.room\\.(${SEGMENT})$`)
const DRAFT_NAME = new RegExp(`^(${SEGMENT})\\.draft\\.(${SEGMENT})\\.(${SEGMENT})$`)

/** The name of a workshop's control document. */
export function controlDocName(workshopId: string): string {
  return `${workshopId}.control`
}

/** The name of a room's board document. */
export function roomDocName(workshopId: string, roomId: string): string {
  return `${workshopId}.room.${roomId}`
}

/** The name of a participant's private draft document in a room. */
export function draftDocName(workshopId: string, roomId: string, participantId: string): string {
  return `${workshopId}.draft.${roomId}.${participantId}`
}

/** Parses a document name; null for anything that is not a well-formed Weave document name. */
export function parseDocName(name: string): DocRef | null {
  const control = CONTROL_NAME.exec(name)
  if (control?.[1]) return { kind: 'control', workshopId: control[1] }
  const room = ROOM_NAME.exec(name)
  if (room?.[1] && room[2]) return { kind: 'room', workshopId: room[1], roomId: room[2] }
  const draft = DRAFT_NAME.exec(name)
  if (draft?.[1] && draft[2] && draft[3]) {
    return { kind: 'draft', workshopId: draft[1], roomId: draft[2], participantId: draft[3] }
  }
  return null
}

/** The name of a parsed document reference (inverse of parseDocName). */
export function docNameOf(ref: DocRef): string {
  switch (ref.kind) {
    case 'control':
      return controlDocName(ref.workshopId)
    case 'room':
      return roomDocName(ref.workshopId, ref.roomId)
    case 'draft':
      return draftDocName(ref.workshopId, ref.roomId, ref.participantId)
  }
}
