const ID_ALPHABET = 'abcdefghijkmnopqrstuvwxyz23456789'
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every symbol equally likely.
  const limit = 256 - (256 % alphabet.length)
  let out = ''
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2))
    for (const byte of bytes) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length]
    }
  }
  return out
}

/** A new random id for a note, thread, lane, room or workshop: 14 URL-safe characters (~70 bits). */
export function newId(): string {
  return randomString(ID_ALPHABET, 14)
}

/** A new human-friendly join code: 8 upper-case characters without look-alikes (0/O, 1/I). */
export function newJoinCode(): string {
  return randomString(CODE_ALPHABET, 8)
}

/** The shape every id in Weave has; used to validate ids that arrive from outside. */
export const ID_PATTERN = /^[a-z0-9]{6,32}$/

/**
 * The shape of a lane id: a new id, or a default sector's id (`child-care`), which new workshops
 * use as lane ids; never "~" (the analysis view's "Unsorted" column) or anything markup-like.
 */
export const LANE_ID_PATTERN = /^[a-z0-9-]{1,64}$/
