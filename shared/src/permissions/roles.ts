import type { DocKind, DocRef } from '../protocol/doc-names.js'

/** The roles a token can carry. */
export const ROLES = ['facilitator', 'participant', 'observer'] as const
/** One of ROLES. */
export type Role = (typeof ROLES)[number]

/**
 * Who may change a document: facilitators the control document and the room boards; participants
 * the room boards and their own drafts (not the control document); observers nothing.
 */
export function canWriteDocument(role: Role, kind: DocKind): boolean {
  switch (role) {
    case 'facilitator':
      return kind !== 'draft'
    case 'participant':
      return kind === 'room' || kind === 'draft'
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

/**
 * A principal may open the documents of its own workshop only; a private draft only by its author
 * (not even facilitators read drafts before the reveal).
 */
export function canConnect(principal: Principal, doc: DocRef): boolean {
  if (principal.workshopId !== doc.workshopId) return false
  if (doc.kind === 'draft') return principal.participantId === doc.participantId
  return true
}

/** The name others see for a principal: anonymous participants are never named. */
export function displayNameOf(principal: Principal): string {
  if (principal.name) return principal.name
  return principal.role === 'observer' ? 'Observer' : 'Anonymous'
}
