import type { DocKind } from '../protocol/doc-names.js'

/** The roles a token can carry. */
export const ROLES = ['facilitator', 'participant', 'observer'] as const
/** One of ROLES. */
export type Role = (typeof ROLES)[number]

/** Everyone in a workshop may read all of its documents. */
export function canReadDocument(role: Role, kind: DocKind): boolean {
  void role
  void kind
  return true
}

/**
 * Who may change a document: facilitators everything; participants the room boards (not the
 * control document with lanes and workshop settings); observers nothing.
 */
export function canWriteDocument(role: Role, kind: DocKind): boolean {
  switch (role) {
    case 'facilitator':
      return true
    case 'participant':
      return kind === 'room'
    case 'observer':
      return false
  }
}

/** The identity a token proves: who, in which workshop, with which role. */
export interface Principal {
  readonly workshopId: string
  readonly participantId: string
  readonly role: Role
  /** null for anonymous participants. */
  readonly name: string | null
  readonly sector: string | null
}

/** A principal may open a document of its own workshop only. */
export function canConnect(principal: Principal, doc: { workshopId: string }): boolean {
  return principal.workshopId === doc.workshopId
}

/** The name others see for a principal: anonymous participants are never named. */
export function displayNameOf(principal: Principal): string {
  if (principal.name) return principal.name
  return principal.role === 'observer' ? 'Observer' : 'Anonymous'
}
