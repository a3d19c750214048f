import type { Db } from './postgres-db.js'
import type { CodebookStore, CodingRecord } from './types.js'
import { toCode, toCoding, toTheme, type CodeRow, type CodingRow, type ThemeRow } from './rows.js'

/** Unzips codings into one array per column, for a single `unnest` statement. */
function columns(codings: readonly CodingRecord[]): [string[], string[], string[]] {
  return [codings.map((c) => c.roomId), codings.map((c) => c.noteId), codings.map((c) => c.codeId)]
}

/** The codebook in PostgreSQL. */
export function createPostgresCodebook(db: Db): CodebookStore {
  return {
    async listThemes(workshopId) {
      const rows = await db.query<ThemeRow>(
        'SELECT * FROM themes WHERE workshop_id = $1 ORDER BY created_at, id',
        [workshopId],
      )
      return rows.map(toTheme)
    },
    async listCodes(workshopId) {
      const rows = await db.query<CodeRow>(
        'SELECT * FROM codes WHERE workshop_id = $1 ORDER BY created_at, id',
        [workshopId],
      )
      return rows.map(toCode)
    },
    async saveTheme(t) {
      await db.query(
        `INSERT INTO themes (id, workshop_id, name, description, color, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workshop_id, id) DO UPDATE SET name = excluded.name, description = excluded.description,
         color = excluded.color`,
        [t.id, t.workshopId, t.name, t.description, t.color, t.createdAt],
      )
    },
    async saveCode(c) {
      await db.query(
        `INSERT INTO codes (id, workshop_id, theme_id, name, description, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workshop_id, id) DO UPDATE SET theme_id = excluded.theme_id, name = excluded.name,
         description = excluded.description`,
        [c.id, c.workshopId, c.themeId, c.name, c.description, c.createdAt],
      )
    },
    async deleteTheme(workshopId, themeId) {
      return db.transaction(async (client) => {
        await client.query(
          'UPDATE codes SET theme_id = NULL WHERE workshop_id = $1 AND theme_id = $2',
          [workshopId, themeId],
        )
        const deleted = await client.query(
          'DELETE FROM themes WHERE workshop_id = $1 AND id = $2',
          [workshopId, themeId],
        )
        return (deleted.rowCount ?? 0) > 0
      })
    },
    async deleteCode(workshopId, codeId) {
      const rows = await db.query(
        'DELETE FROM codes WHERE workshop_id = $1 AND id = $2 RETURNING id',
        [workshopId, codeId],
      )
      return rows.length > 0
    },
    async listCodings(workshopId) {
      const rows = await db.query<CodingRow>(
        'SELECT room_id, note_id, code_id FROM codings WHERE workshop_id = $1 ORDER BY room_id, note_id, code_id',
        [workshopId],
      )
      return rows.map(toCoding)
    },
    async applyCodings(workshopId, codings) {
      await db.query(
        `INSERT INTO codings (workshop_id, room_id, note_id, code_id)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
        [workshopId, ...columns(codings)],
      )
    },
    async removeCodings(workshopId, codings) {
      await db.query(
        `DELETE FROM codings c USING unnest($2::text[], $3::text[], $4::text[]) AS r(room_id, note_id, code_id)
         WHERE c.workshop_id = $1 AND c.room_id = r.room_id AND c.note_id = r.note_id AND c.code_id = r.code_id`,
        [workshopId, ...columns(codings)],
      )
    },
  }
}
