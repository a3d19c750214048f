import crypto from 'node:crypto'

/**
 * Sealed links between anonymous records and their authors. A seal is a random nonce and its MAC
 * (with the workshop and participant) under the server's secret: it travels with the note, so it
 * survives snapshots, restores and harvests, yet without the secret nobody can tell whose it is,
 * nor whether two seals are the same person's.
 */
export interface AuthorSeals {
  /** A fresh seal for a record this participant writes anonymously. */
  seal(workshopId: string, participantId: string): string
  /** True when `seal` was made for this participant of this workshop. */
  opens(seal: string | null | undefined, workshopId: string, participantId: string): boolean
  /**
   * The id a revealed draft note gets on the board: derived from the round, the draft and the
   * note (so a repeated reveal after a crash finds it, and two drafts' notes never share one) but
   * unlinkable to the draft's id, which its author's client knew.
   */
  revealedId(workshopId: string, draft: RevealedNoteRef): string
}

/** A draft note as one round's reveal takes it. */
export interface RevealedNoteRef {
  readonly roundId: string
  readonly draftName: string
  readonly noteId: string
}

const NONCE_BYTES = 12
const MAC_BYTES = 16
const REVEALED_ID_LENGTH = 20

/** Creates the seals over the server's secret. */
export function createAuthorSeals(secret: string): AuthorSeals {
  const key = crypto.createHash('sha256').update(`weave-author-seals\0${secret}`).digest()
  const mac = (...parts: string[]) =>
    crypto.createHmac('sha256', key).update(parts.join('\0')).digest()

  function macOf(nonce: string, workshopId: string, participantId: string): Buffer {
    return mac('seal', workshopId, participantId, nonce).subarray(0, MAC_BYTES)
  }

  return {
    seal(workshopId, participantId) {
      const nonce = crypto.randomBytes(NONCE_BYTES).toString('hex')
      return `${nonce}.${macOf(nonce, workshopId, participantId).toString('base64url')}`
    },
    opens(seal, workshopId, participantId) {
      if (typeof seal !== 'string') return false
      const [nonce, tag, ...rest] = seal.split('.')
      if (!nonce || !tag || rest.length > 0 || !/^[0-9a-f]{24}$/.test(nonce)) return false
      const given = Buffer.from(tag, 'base64url')
      const expected = macOf(nonce, workshopId, participantId)
      return given.length === expected.length && crypto.timingSafeEqual(given, expected)
    },
    revealedId(workshopId, { roundId, draftName, noteId }) {
      return mac('revealed', workshopId, roundId, draftName, noteId)
        .toString('hex')
        .slice(0, REVEALED_ID_LENGTH)
    },
  }
}
