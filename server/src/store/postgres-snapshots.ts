import type { Db } from './postgres-db.js'
import type { SnapshotStore } from './types.js'
import { toSnapshotInfo as toInfo, type SnapshotRow } from './rows.js'

/** Snapshots in PostgreSQL. */
export function createPostgresSnapshots(db: Db): SnapshotStore {
  return {
    async saveSnapshot(s) {
      await db.query(
        `INSERT INTO snapshots (id, workshop_id, room_id, name, reason, round_id, taken_by, taken_at, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          s.id,
          s.workshopId,
          s.roomId,
          s.name,
          s.reason,
          s.roundId,
          s.takenBy,
          s.takenAt,
          Buffer.from(s.state),
        ],
      )
    },
    async listSnapshots(workshopId) {
      const rows = await db.query<SnapshotRow>(
        `SELECT id, workshop_id, room_id, name, reason, round_id, taken_by, taken_at
         FROM snapshots WHERE workshop_id = $1 ORDER BY taken_at, id`,
        [workshopId],
      )
      return rows.map(toInfo)
    },
    async getSnapshot(snapshotId) {
      const [row] = await db.query<SnapshotRow>('SELECT * FROM snapshots WHERE id = $1', [
        snapshotId,
      ])
      return row?.state ? { ...toInfo(row), state: new Uint8Array(row.state) } : null
    },
  }
}
