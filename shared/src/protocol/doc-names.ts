/**
 * Document names, as they appear in the sync URL `/sync/<docName>`:
 * - `<workshopId>.control`: the workshop's control document (title, lanes); facilitators write it.
 * - `<workshopId>.room.<roomId>`: one room's board (notes, threads); participants write it.
 */
export type DocRef =
  | { readonly kind: 'control'; readonly workshopId: string }
  | { readonly kind: 'room'; readonly workshopId: string; readonly roomId: string }

/** The kinds of document a workshop has. */
export type DocKind = DocRef['kind']

const SEGMENT = '[a-z0-9]{6,32}'
const CONTROL_NAME = new RegExp(`^(${SEGMENT})\\.control$`)
const ROOM_NAME = new RegExp(`^(${SEGMENT})\\.room\\.(${SEGMENT})$`)

/** The name of a workshop's control document. */
export function controlDocName(workshopId: string): string {
  return `${workshopId}.control`
}

/** The name of a room's board document. */
export function roomDocName(workshopId: string, roomId: string): string {
  return `${workshopId}.room.${roomId}`
}

/** Parses a document name; null for anything that is not a well-formed Weave document name. */
export function parseDocName(name: string): DocRef | null {
  const control = CONTROL_NAME.exec(name)
  if (control?.[1]) return { kind: 'control', workshopId: control[1] }
  const room = ROOM_NAME.exec(name)
  if (room?.[1] && room[2]) return { kind: 'room', workshopId: room[1], roomId: room[2] }
  return null
}

/** The name of a parsed document reference (inverse of parseDocName). */
export function docNameOf(ref: DocRef): string {
  return ref.kind === 'control'
    ? controlDocName(ref.workshopId)
    : roomDocName(ref.workshopId, ref.roomId)
}
