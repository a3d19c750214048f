import type Database from 'better-sqlite3'
import type { CodebookStore, CodingRecord } from './types.js'
import { toCode, toCoding, toTheme, type CodeRow, type CodingRow, type ThemeRow } from './rows.js'

/** The codebook part of the SQLite store. */
export function createSqliteCodebook(db: Database.Database): CodebookStore {
  const sql = {
    listThemes: db.prepare<[string], ThemeRow>(
      'SELECT * FROM themes WHERE workshop_id = ? ORDER BY created_at, id',
    ),
    listCodes: db.prepare<[string], CodeRow>(
      'SELECT * FROM codes WHERE workshop_id = ? ORDER BY created_at, id',
    ),
    saveTheme: db.prepare(
      `INSERT INTO themes (id, workshop_id, name, description, color, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (workshop_id, id) DO UPDATE SET name = excluded.name, description = excluded.description,
       color = excluded.color`,
    ),
    saveCode: db.prepare(
      `INSERT INTO codes (id, workshop_id, theme_id, name, description, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (workshop_id, id) DO UPDATE SET theme_id = excluded.theme_id, name = excluded.name,
       description = excluded.description`,
    ),
    deleteTheme: db.prepare('DELETE FROM themes WHERE workshop_id = ? AND id = ?'),
    ungroup: db.prepare('UPDATE codes SET theme_id = NULL WHERE workshop_id = ? AND theme_id = ?'),
    deleteCode: db.prepare('DELETE FROM codes WHERE workshop_id = ? AND id = ?'),
    listCodings: db.prepare<[string], CodingRow>(
      'SELECT room_id, note_id, code_id FROM codings WHERE workshop_id = ? ORDER BY room_id, note_id, code_id',
    ),
    apply: db.prepare(
      'INSERT OR IGNORE INTO codings (workshop_id, room_id, note_id, code_id) VALUES (?, ?, ?, ?)',
    ),
    remove: db.prepare(
      'DELETE FROM codings WHERE workshop_id = ? AND room_id = ? AND note_id = ? AND code_id = ?',
    ),
  }
  const each = (statement: Database.Statement) =>
    db.transaction((workshopId: string, codings: readonly CodingRecord[]) => {
      for (const c of codings) statement.run(workshopId, c.roomId, c.noteId, c.codeId)
    })
  const deleteTheme = db.transaction((workshopId: string, themeId: string) => {
    sql.ungroup.run(workshopId, themeId)
    return sql.deleteTheme.run(workshopId, themeId).changes > 0
  })
  const apply = each(sql.apply)
  const remove = each(sql.remove)
  return {
    async listThemes(workshopId) {
      return sql.listThemes.all(workshopId).map(toTheme)
    },
    async listCodes(workshopId) {
      return sql.listCodes.all(workshopId).map(toCode)
    },
    async saveTheme(t) {
      sql.saveTheme.run(t.id, t.workshopId, t.name, t.description, t.color, t.createdAt)
    },
    async saveCode(c) {
      sql.saveCode.run(c.id, c.workshopId, c.themeId, c.name, c.description, c.createdAt)
    },
    async deleteTheme(workshopId, themeId) {
      return deleteTheme(workshopId, themeId)
    },
    async deleteCode(workshopId, codeId) {
      return sql.deleteCode.run(workshopId, codeId).changes > 0
    },
    async listCodings(workshopId) {
      return sql.listCodings.all(workshopId).map(toCoding)
    },
    async applyCodings(workshopId, codings) {
      apply(workshopId, codings)
    },
    async removeCodings(workshopId, codings) {
      remove(workshopId, codings)
    },
  }
}
