import type { Db } from './postgres-db.js'
import type { AccessStore, ConnectTicketRecord } from './types.js'

interface TicketRow {
  hash: string
  workshop_id: string
  principal_json: string
  doc_name: string | null
  expires_at: string
}

const toTicket = (row: TicketRow): ConnectTicketRecord => ({
  hash: row.hash,
  workshopId: row.workshop_id,
  principalJson: row.principal_json,
  docName: row.doc_name,
  expiresAt: Number(row.expires_at),
})

/** Connect tickets and removed participants in PostgreSQL. */
export function createPostgresAccess(db: Db): AccessStore {
  return {
    async saveConnectTicket(t, now) {
      await db.query('DELETE FROM connect_tickets WHERE expires_at <= $1', [now])
      await db.query(
        'INSERT INTO connect_tickets (hash, workshop_id, principal_json, doc_name, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [t.hash, t.workshopId, t.principalJson, t.docName, t.expiresAt],
      )
    },
    async takeConnectTicket(hash, now) {
      // One statement: of two instances redeeming the same ticket, only one deletes the row.
      const rows = await db.query<TicketRow>(
        'DELETE FROM connect_tickets WHERE hash = $1 AND expires_at > $2 RETURNING *',
        [hash, now],
      )
      return rows[0] ? toTicket(rows[0]) : null
    },
    async removeParticipant(workshopId, participantId, at) {
      const rows = await db.query(
        'INSERT INTO removed_participants (participant_id, workshop_id, removed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING participant_id',
        [participantId, workshopId, at],
      )
      return rows.length > 0
    },
    async listRemovedParticipants(workshopId) {
      const rows = await db.query<{ participant_id: string; removed_at: string }>(
        'SELECT participant_id, removed_at FROM removed_participants WHERE workshop_id = $1 ORDER BY removed_at, participant_id',
        [workshopId],
      )
      return rows.map((row) => ({
        participantId: row.participant_id,
        removedAt: Number(row.removed_at),
      }))
    },
    async isParticipantRemoved(participantId) {
      const rows = await db.query('SELECT 1 FROM removed_participants WHERE participant_id = $1', [
        participantId,
      ])
      return rows.length > 0
    },
  }
}
