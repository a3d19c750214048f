import type Database from 'better-sqlite3'
import type { SnapshotStore } from './types.js'
import { toSnapshotInfo as toInfo, type SnapshotRow } from './rows.js'

/** The snapshot part of the SQLite store. */
export function createSqliteSnapshots(db: Database.Database): SnapshotStore {
  const sql = {
    insert: db.prepare(
      `INSERT INTO snapshots (id, workshop_id, room_id, name, reason, round_id, taken_by, taken_at, state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], SnapshotRow>(
      `SELECT id, workshop_id, room_id, name, reason, round_id, taken_by, taken_at
       FROM snapshots WHERE workshop_id = ? ORDER BY taken_at, id`,
    ),
    get: db.prepare<[string], SnapshotRow>('SELECT * FROM snapshots WHERE id = ?'),
  }
  return {
    async saveSnapshot(s) {
      const state = Buffer.from(s.state.buffer, s.state.byteOffset, s.state.byteLength)
      sql.insert.run(
        s.id,
        s.workshopId,
        s.roomId,
        s.name,
        s.reason,
        s.roundId,
        s.takenBy,
        s.takenAt,
        state,
      )
    },
    async listSnapshots(workshopId) {
      return sql.list.all(workshopId).map(toInfo)
    },
    async getSnapshot(snapshotId) {
      const row = sql.get.get(snapshotId)
      return row?.state ? { ...toInfo(row), state: new Uint8Array(row.state) } : null
    },
  }
}
