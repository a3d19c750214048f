import { accentColorForSector, findSector, type Role } from '@weave/shared'
import type { PeerPresence } from '../session/presence'

/** One row of the who's-here list. */
export interface Person {
  readonly participantId: string
  readonly name: string | null
  readonly sectorName: string | null
  readonly role: Role
  readonly color: string
  readonly isSelf: boolean
}

const ROLE_ORDER: Record<Role, number> = { facilitator: 0, participant: 1, observer: 2 }

/** Everyone here, once each (people with two tabs open count once), facilitators first. */
export function peopleHere(
  self: { participantId: string; name: string | null; sector: string | null; role: Role },
  peers: readonly PeerPresence[],
): Person[] {
  const people = new Map<string, Person>()
  people.set(self.participantId, {
    participantId: self.participantId,
    name: self.name,
    sectorName: findSector(self.sector)?.name ?? null,
    role: self.role,
    color: accentColorForSector(self.sector),
    isSelf: true,
  })
  for (const { user } of peers) {
    if (people.has(user.participantId)) continue
    people.set(user.participantId, {
      participantId: user.participantId,
      name: user.name,
      sectorName: findSector(user.sector)?.name ?? null,
      role: user.role,
      color: user.color,
      isSelf: false,
    })
  }
  return [...people.values()].sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (a.name ?? '').localeCompare(b.name ?? ''),
  )
}
