import type Database from 'better-sqlite3'
import type { RetentionStore } from './types.js'

/**
 * Workshop deletion and retention in SQLite. The store runs with `secure_delete` on, so deleted
 * rows are overwritten with zeros in the database file; after a deletion the WAL, which still
 * holds the old pages, is checkpointed and truncated, so no deleted byte stays in the data dir.
 */
export function createSqliteRetention(db: Database.Database): RetentionStore {
  // Document names are `<workshopId>.<...>`: the range ['<id>.', '<id>/') is exactly them, and
  // uses the indexes ('/' sorts right after '.').
  const sql = {
    deleteUpdates: db.prepare('DELETE FROM doc_updates WHERE doc >= ? AND doc < ?'),
    deleteStates: db.prepare('DELETE FROM doc_states WHERE doc >= ? AND doc < ?'),
    deleteOnceKeys: db.prepare('DELETE FROM once_keys WHERE key >= ? AND key < ?'),
    // Every other table is keyed by the workshop and cascades from this row (foreign keys on).
    deleteWorkshop: db.prepare('DELETE FROM workshops WHERE id = ?'),
    setClosedAt: db.prepare('UPDATE workshops SET closed_at = ? WHERE id = ?'),
    closedBefore: db.prepare<[number], { id: string }>(
      'SELECT id FROM workshops WHERE closed_at IS NOT NULL AND closed_at <= ? ORDER BY closed_at, id',
    ),
  }
  const deleteAll = db.transaction((workshopId: string) => {
    sql.deleteUpdates.run(`${workshopId}.`, `${workshopId}/`)
    sql.deleteStates.run(`${workshopId}.`, `${workshopId}/`)
    sql.deleteOnceKeys.run(`${workshopId}:`, `${workshopId};`)
    return sql.deleteWorkshop.run(workshopId).changes > 0
  })
  return {
    async deleteWorkshop(workshopId) {
      const existed = deleteAll.immediate(workshopId)
      // Readers (another process on the same file) may keep part of the WAL: best effort, the next
      // deletion or SQLite's own checkpoints take it.
      db.pragma('wal_checkpoint(TRUNCATE)')
      return existed
    },
    async setWorkshopClosedAt(workshopId, at) {
      sql.setClosedAt.run(at, workshopId)
    },
    async listClosedBefore(cutoff) {
      return sql.closedBefore.all(cutoff).map((row) => row.id)
    },
  }
}
