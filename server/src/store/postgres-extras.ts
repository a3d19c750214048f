import type { Db } from './postgres-db.js'
import type { ModerationStore, VoteStore } from './types.js'
import {
  DOT_TOTALS_SQL,
  IMPORTED_VOTER,
  toDotTotal,
  toHidden,
  toPlacedDot,
  toVote,
  type DotTotalRow,
  type HiddenRow,
  type PlacedDotRow,
  type VoteRow,
} from './rows.js'

/** Votes and moderation in PostgreSQL. */
export function createPostgresExtras(db: Db): VoteStore & ModerationStore {
  return {
    async listVotes(workshopId) {
      const rows = await db.query<VoteRow>(
        'SELECT * FROM votes WHERE workshop_id = $1 ORDER BY opened_at, id',
        [workshopId],
      )
      return rows.map(toVote)
    },
    async listVoteDots(voteId) {
      const rows = await db.query<PlacedDotRow>(
        'SELECT participant_id, room_id, note_id, created_at FROM vote_dots WHERE vote_id = $1 ORDER BY id',
        [voteId],
      )
      return rows.map(toPlacedDot)
    },
    async openVote(vote) {
      await db.transaction(async (client) => {
        await client.query(
          "UPDATE votes SET status = 'closed', closed_at = $1 WHERE workshop_id = $2 AND status = 'open'",
          [vote.openedAt, vote.workshopId],
        )
        await client.query(
          'INSERT INTO votes (id, workshop_id, dots_per_person, round_id, status, opened_at, closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [
            vote.id,
            vote.workshopId,
            vote.dotsPerPerson,
            vote.roundId,
            vote.status,
            vote.openedAt,
            vote.closedAt,
          ],
        )
      })
    },
    async getOpenVote(workshopId) {
      const [row] = await db.query<VoteRow>(
        "SELECT * FROM votes WHERE workshop_id = $1 AND status = 'open' ORDER BY opened_at DESC LIMIT 1",
        [workshopId],
      )
      return row ? toVote(row) : null
    },
    async closeVote(voteId, closedAt) {
      return db.transaction(async (client) => {
        await client.query("UPDATE votes SET status = 'closed', closed_at = $1 WHERE id = $2", [
          closedAt,
          voteId,
        ])
        const counts = await client.query<{ note_id: string; dots: string }>(
          'SELECT note_id, COUNT(*) AS dots FROM vote_dots WHERE vote_id = $1 GROUP BY note_id',
          [voteId],
        )
        return Object.fromEntries(counts.rows.map((row) => [row.note_id, Number(row.dots)]))
      })
    },
    async placeDot(voteId, participantId, dot, limit, now) {
      return db.transaction(async (client) => {
        // Locking the vote row serialises dots of one vote, across instances too.
        await client.query('SELECT id FROM votes WHERE id = $1 FOR UPDATE', [voteId])
        const used = await client.query<{ dots: string }>(
          'SELECT COUNT(*) AS dots FROM vote_dots WHERE vote_id = $1 AND participant_id = $2',
          [voteId, participantId],
        )
        if (Number(used.rows[0]?.dots ?? 0) >= limit) return false
        await client.query(
          'INSERT INTO vote_dots (vote_id, participant_id, room_id, note_id, created_at) VALUES ($1, $2, $3, $4, $5)',
          [voteId, participantId, dot.roomId, dot.noteId, now],
        )
        return true
      })
    },
    async removeDot(voteId, participantId, dot) {
      const rows = await db.query(
        `DELETE FROM vote_dots WHERE id = (SELECT id FROM vote_dots
         WHERE vote_id = $1 AND participant_id = $2 AND room_id = $3 AND note_id = $4 ORDER BY id DESC LIMIT 1)
         RETURNING id`,
        [voteId, participantId, dot.roomId, dot.noteId],
      )
      return rows.length > 0
    },
    async listDots(voteId, participantId) {
      const rows = await db.query<{ room_id: string; note_id: string }>(
        'SELECT room_id, note_id FROM vote_dots WHERE vote_id = $1 AND participant_id = $2 ORDER BY id',
        [voteId, participantId],
      )
      return rows.map((row) => ({ roomId: row.room_id, noteId: row.note_id }))
    },
    async dotTotals(workshopId) {
      return (await db.query<DotTotalRow>(DOT_TOTALS_SQL('$1'), [workshopId])).map(toDotTotal)
    },
    async importVote(vote, tallies) {
      await db.transaction(async (client) => {
        await client.query(
          'INSERT INTO votes (id, workshop_id, dots_per_person, round_id, status, opened_at, closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [
            vote.id,
            vote.workshopId,
            vote.dotsPerPerson,
            vote.roundId,
            'closed',
            vote.openedAt,
            vote.closedAt,
          ],
        )
        // One row per dot, as if cast by one anonymous voter.
        await client.query(
          `INSERT INTO vote_dots (vote_id, participant_id, room_id, note_id, created_at)
           SELECT $1, $2, t.room_id, t.note_id, $3
           FROM unnest($4::text[], $5::text[], $6::int[]) AS t(room_id, note_id, dots),
                generate_series(1, t.dots)`,
          [
            vote.id,
            IMPORTED_VOTER,
            vote.openedAt,
            tallies.map((t) => t.roomId),
            tallies.map((t) => t.noteId),
            tallies.map((t) => t.dots),
          ],
        )
      })
    },
    async hideNote(r) {
      await db.query(
        `INSERT INTO hidden_notes (workshop_id, room_id, note_id, note_json, hidden_by, hidden_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workshop_id, room_id, note_id) DO UPDATE SET note_json = excluded.note_json,
           hidden_by = excluded.hidden_by, hidden_at = excluded.hidden_at`,
        [r.workshopId, r.roomId, r.noteId, r.noteJson, r.hiddenBy, r.hiddenAt],
      )
    },
    async listHiddenNotes(workshopId) {
      const rows = await db.query<HiddenRow>(
        'SELECT * FROM hidden_notes WHERE workshop_id = $1 ORDER BY hidden_at',
        [workshopId],
      )
      return rows.map(toHidden)
    },
    async takeHiddenNote(workshopId, roomId, noteId) {
      const rows = await db.query<HiddenRow>(
        'DELETE FROM hidden_notes WHERE workshop_id = $1 AND room_id = $2 AND note_id = $3 RETURNING *',
        [workshopId, roomId, noteId],
      )
      return rows[0] ? toHidden(rows[0]) : null
    },
  }
}
