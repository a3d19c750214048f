import crypto from 'node:crypto'
import { z } from 'zod'
import { ROLES, type Principal } from '@weave/shared'
import type { Clock } from '../clock.js'
import type { AccessStore } from '../store/types.js'

/** Random bytes per ticket: guessing one is hopeless within its lifetime. */
const TICKET_BYTES = 32

const principalSchema = z.strictObject({
  workshopId: z.string().min(1),
  participantId: z.string().min(1),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  sector: z.string().nullable(),
})

/**
 * Connect tickets: what a browser puts in the sync URL instead of its token. A ticket is random,
 * lives `ttlMs`, opens one document (or any of the workshop's when issued without one) and works
 * once: the store deletes it as it is redeemed, so a URL that was logged is useless, on every
 * instance sharing the store. Only a SHA-256 of the ticket is stored. Whether its participant was
 * removed meanwhile is the sync endpoint's check (it answers 4410).
 */
export interface ConnectTickets {
  issue(
    principal: Principal,
    docName: string | null,
  ): Promise<{ ticket: string; expiresAt: number }>
  /** The principal of a valid, unused, unexpired ticket for `docName`; null otherwise. */
  redeem(ticket: string, docName: string): Promise<Principal | null>
}

const hashOf = (ticket: string) => crypto.createHash('sha256').update(ticket).digest('hex')

/** Creates the ticket service over the store. */
export function createConnectTickets(deps: {
  store: AccessStore
  clock: Clock
  ttlMs: number
}): ConnectTickets {
  return {
    async issue(principal, docName) {
      const ticket = crypto.randomBytes(TICKET_BYTES).toString('base64url')
      const now = deps.clock.now()
      const expiresAt = now + deps.ttlMs
      await deps.store.saveConnectTicket(
        {
          hash: hashOf(ticket),
          workshopId: principal.workshopId,
          principalJson: JSON.stringify(principal),
          docName,
          expiresAt,
        },
        now,
      )
      return { ticket, expiresAt }
    },
    async redeem(ticket, docName) {
      if (ticket.length > 100) return null
      const record = await deps.store.takeConnectTicket(hashOf(ticket), deps.clock.now())
      if (!record || (record.docName !== null && record.docName !== docName)) return null
      const parsed = principalSchema.safeParse(JSON.parse(record.principalJson))
      return parsed.success ? parsed.data : null
    },
  }
}
