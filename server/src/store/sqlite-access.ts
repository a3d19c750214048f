import type Database from 'better-sqlite3'
import type { AccessStore, ConnectTicketRecord } from './types.js'

interface TicketRow {
  hash: string
  workshop_id: string
  principal_json: string
  doc_name: string | null
  expires_at: number
}

const toTicket = (row: TicketRow): ConnectTicketRecord => ({
  hash: row.hash,
  workshopId: row.workshop_id,
  principalJson: row.principal_json,
  docName: row.doc_name,
  expiresAt: row.expires_at,
})

/** Connect tickets and removed participants in SQLite. */
export function createSqliteAccess(db: Database.Database): AccessStore {
  const sql = {
    prune: db.prepare('DELETE FROM connect_tickets WHERE expires_at <= ?'),
    insert: db.prepare(
      'INSERT INTO connect_tickets (hash, workshop_id, principal_json, doc_name, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    // One statement: the row is gone by the time anyone else looks, so a ticket is used once.
    take: db.prepare<[string, number], TicketRow>(
      'DELETE FROM connect_tickets WHERE hash = ? AND expires_at > ? RETURNING *',
    ),
    remove: db.prepare(
      'INSERT OR IGNORE INTO removed_participants (participant_id, workshop_id, removed_at) VALUES (?, ?, ?)',
    ),
    listRemoved: db.prepare<[string], { participant_id: string; removed_at: number }>(
      'SELECT participant_id, removed_at FROM removed_participants WHERE workshop_id = ? ORDER BY removed_at, participant_id',
    ),
    isRemoved: db.prepare<[string], { one: number }>(
      'SELECT 1 AS one FROM removed_participants WHERE participant_id = ?',
    ),
  }
  return {
    async saveConnectTicket(t, now) {
      db.transaction(() => {
        sql.prune.run(now)
        sql.insert.run(t.hash, t.workshopId, t.principalJson, t.docName, t.expiresAt)
      })()
    },
    async takeConnectTicket(hash, now) {
      const row = sql.take.get(hash, now)
      return row ? toTicket(row) : null
    },
    async removeParticipant(workshopId, participantId, at) {
      return sql.remove.run(participantId, workshopId, at).changes > 0
    },
    async listRemovedParticipants(workshopId) {
      return sql.listRemoved
        .all(workshopId)
        .map((row) => ({ participantId: row.participant_id, removedAt: row.removed_at }))
    },
    async isParticipantRemoved(participantId) {
      return sql.isRemoved.get(participantId) !== undefined
    },
  }
}
