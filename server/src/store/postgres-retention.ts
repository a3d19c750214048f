import type { Db } from './postgres-db.js'
import type { RetentionStore } from './types.js'

/** First key of the per-workshop deletion advisory lock (the second is a hash of the id). */
const DELETION_LOCK_SPACE = 0x77656177

/** Workshop deletion and retention in PostgreSQL (see sqlite-retention.ts for the ranges). */
export function createPostgresRetention(db: Db): RetentionStore {
  return {
    async deleteWorkshop(workshopId) {
      return db.transaction(async (client) => {
        // Two instances deleting the same workshop (a retention sweep on each) take turns.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          DELETION_LOCK_SPACE,
          workshopId,
        ])
        // COLLATE "C": byte order, so the range is exactly the names starting with '<id>.'.
        const range = [`${workshopId}.`, `${workshopId}/`]
        await client.query(
          'DELETE FROM doc_updates WHERE doc COLLATE "C" >= $1 AND doc COLLATE "C" < $2',
          range,
        )
        await client.query(
          'DELETE FROM doc_states WHERE doc COLLATE "C" >= $1 AND doc COLLATE "C" < $2',
          range,
        )
        await client.query(
          'DELETE FROM once_keys WHERE key COLLATE "C" >= $1 AND key COLLATE "C" < $2',
          [`${workshopId}:`, `${workshopId};`],
        )
        // Every other table is keyed by the workshop and cascades from this row.
        const deleted = await client.query('DELETE FROM workshops WHERE id = $1', [workshopId])
        return (deleted.rowCount ?? 0) > 0
      })
    },
    async setWorkshopClosedAt(workshopId, at) {
      await db.query('UPDATE workshops SET closed_at = $1 WHERE id = $2', [at, workshopId])
    },
    async listClosedBefore(cutoff) {
      const rows = await db.query<{ id: string }>(
        'SELECT id FROM workshops WHERE closed_at IS NOT NULL AND closed_at <= $1 ORDER BY closed_at, id',
        [cutoff],
      )
      return rows.map((row) => row.id)
    },
  }
}
