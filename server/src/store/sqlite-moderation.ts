import type Database from 'better-sqlite3'
import type { ModerationStore } from './types.js'
import { toHidden as toRecord, type HiddenRow } from './rows.js'

/** The moderation part of the SQLite store. */
export function createSqliteModeration(db: Database.Database): ModerationStore {
  const sql = {
    insert: db.prepare(
      `INSERT OR REPLACE INTO hidden_notes (workshop_id, room_id, note_id, note_json, hidden_by, hidden_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], HiddenRow>(
      'SELECT * FROM hidden_notes WHERE workshop_id = ? ORDER BY hidden_at',
    ),
    get: db.prepare<[string, string, string], HiddenRow>(
      'SELECT * FROM hidden_notes WHERE workshop_id = ? AND room_id = ? AND note_id = ?',
    ),
    remove: db.prepare(
      'DELETE FROM hidden_notes WHERE workshop_id = ? AND room_id = ? AND note_id = ?',
    ),
  }
  return {
    async hideNote(r) {
      sql.insert.run(r.workshopId, r.roomId, r.noteId, r.noteJson, r.hiddenBy, r.hiddenAt)
    },
    async listHiddenNotes(workshopId) {
      return sql.list.all(workshopId).map(toRecord)
    },
    async takeHiddenNote(workshopId, roomId, noteId) {
      return db.transaction(() => {
        const row = sql.get.get(workshopId, roomId, noteId)
        if (row) sql.remove.run(workshopId, roomId, noteId)
        return row ? toRecord(row) : null
      })()
    },
  }
}
