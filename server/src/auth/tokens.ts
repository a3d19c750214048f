import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { ROLES, type Principal } from '@weave/shared'
import type { Clock } from '../clock.js'

const ALGORITHM = 'HS256'
const ISSUER = 'weave'

const claimsSchema = z.object({
  sub: z.string().min(1),
  wid: z.string().min(1),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  sector: z.string().nullable(),
})

/** Signs and checks the bearer tokens that carry a principal (workshop, role, participant). */
export interface TokenService {
  sign(principal: Principal, ttlSeconds: number): Promise<string>
  /** The principal of a valid, unexpired token signed by this server; null otherwise. */
  verify(token: string): Promise<Principal | null>
}

/** Creates the token service over an HMAC secret (HS256 JWTs; no other algorithm is accepted). */
export function createTokenService(secret: string, clock: Clock): TokenService {
  const key = new TextEncoder().encode(secret)
  const nowSeconds = () => Math.floor(clock.now() / 1000)
  return {
    async sign(principal, ttlSeconds) {
      const now = nowSeconds()
      return new SignJWT({
        wid: principal.workshopId,
        role: principal.role,
        name: principal.name,
        sector: principal.sector,
      })
        .setProtectedHeader({ alg: ALGORITHM })
        .setSubject(principal.participantId)
        .setIssuer(ISSUER)
        .setIssuedAt(now)
        .setExpirationTime(now + ttlSeconds)
        .sign(key)
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          currentDate: new Date(clock.now()),
        })
        const claims = claimsSchema.safeParse(payload)
        if (!claims.success) return null
        return {
          workshopId: claims.data.wid,
          participantId: claims.data.sub,
          role: claims.data.role,
          name: claims.data.name,
          sector: claims.data.sector,
        }
      } catch {
        return null
      }
    },
  }
}
