import type Database from 'better-sqlite3'
import type { DotRecord, NoteDots, VoteRecord, VoteStore } from './types.js'
import {
  DOT_TOTALS_SQL,
  IMPORTED_VOTER,
  toDotTotal,
  toPlacedDot,
  toVote,
  type DotTotalRow,
  type PlacedDotRow,
  type VoteRow,
} from './rows.js'

/** The vote part of the SQLite store. */
export function createSqliteVotes(db: Database.Database): VoteStore {
  const sql = {
    closeOpen: db.prepare(
      "UPDATE votes SET status = 'closed', closed_at = ? WHERE workshop_id = ? AND status = 'open'",
    ),
    insert: db.prepare(
      'INSERT INTO votes (id, workshop_id, dots_per_person, round_id, status, opened_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getOpen: db.prepare<[string], VoteRow>(
      "SELECT * FROM votes WHERE workshop_id = ? AND status = 'open' ORDER BY opened_at DESC LIMIT 1",
    ),
    close: db.prepare("UPDATE votes SET status = 'closed', closed_at = ? WHERE id = ?"),
    counts: db.prepare<[string], { note_id: string; dots: number }>(
      'SELECT note_id, COUNT(*) AS dots FROM vote_dots WHERE vote_id = ? GROUP BY note_id',
    ),
    countMine: db.prepare<[string, string], { dots: number }>(
      'SELECT COUNT(*) AS dots FROM vote_dots WHERE vote_id = ? AND participant_id = ?',
    ),
    insertDot: db.prepare(
      'INSERT INTO vote_dots (vote_id, participant_id, room_id, note_id, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteDot: db.prepare(
      `DELETE FROM vote_dots WHERE id = (SELECT id FROM vote_dots
       WHERE vote_id = ? AND participant_id = ? AND room_id = ? AND note_id = ? ORDER BY id DESC LIMIT 1)`,
    ),
    listMine: db.prepare<[string, string], { room_id: string; note_id: string }>(
      'SELECT room_id, note_id FROM vote_dots WHERE vote_id = ? AND participant_id = ? ORDER BY id',
    ),
    dotTotals: db.prepare<[string], DotTotalRow>(DOT_TOTALS_SQL('?')),
    listVotes: db.prepare<[string], VoteRow>(
      'SELECT * FROM votes WHERE workshop_id = ? ORDER BY opened_at, id',
    ),
    listVoteDots: db.prepare<[string], PlacedDotRow>(
      'SELECT participant_id, room_id, note_id, created_at FROM vote_dots WHERE vote_id = ? ORDER BY id',
    ),
  }
  // Counting and inserting in one transaction keeps the limit under concurrent requests.
  const placeDot = db.transaction(
    (voteId: string, participantId: string, dot: DotRecord, limit: number, now: number) => {
      const used = sql.countMine.get(voteId, participantId)?.dots ?? 0
      if (used >= limit) return false
      sql.insertDot.run(voteId, participantId, dot.roomId, dot.noteId, now)
      return true
    },
  )
  const importVote = db.transaction((vote: VoteRecord, tallies: readonly NoteDots[]) => {
    sql.insert.run(
      vote.id,
      vote.workshopId,
      vote.dotsPerPerson,
      vote.roundId,
      'closed',
      vote.openedAt,
      vote.closedAt,
    )
    // One row per dot, as if cast by one anonymous voter.
    for (const tally of tallies)
      for (let dot = 0; dot < tally.dots; dot++)
        sql.insertDot.run(vote.id, IMPORTED_VOTER, tally.roomId, tally.noteId, vote.openedAt)
  })
  return {
    async listVotes(workshopId) {
      return sql.listVotes.all(workshopId).map(toVote)
    },
    async listVoteDots(voteId) {
      return sql.listVoteDots.all(voteId).map(toPlacedDot)
    },
    async dotTotals(workshopId) {
      return sql.dotTotals.all(workshopId).map(toDotTotal)
    },
    async importVote(vote, tallies) {
      importVote(vote, tallies)
    },
    async openVote(vote) {
      db.transaction(() => {
        sql.closeOpen.run(vote.openedAt, vote.workshopId)
        sql.insert.run(
          vote.id,
          vote.workshopId,
          vote.dotsPerPerson,
          vote.roundId,
          vote.status,
          vote.openedAt,
          vote.closedAt,
        )
      })()
    },
    async getOpenVote(workshopId) {
      const row = sql.getOpen.get(workshopId)
      return row ? toVote(row) : null
    },
    async closeVote(voteId, closedAt) {
      return db.transaction(() => {
        sql.close.run(closedAt, voteId)
        return Object.fromEntries(sql.counts.all(voteId).map((row) => [row.note_id, row.dots]))
      })()
    },
    async placeDot(voteId, participantId, dot, limit, now) {
      return placeDot(voteId, participantId, dot, limit, now)
    },
    async removeDot(voteId, participantId, dot) {
      return sql.deleteDot.run(voteId, participantId, dot.roomId, dot.noteId).changes > 0
    },
    async listDots(voteId, participantId) {
      return sql.listMine
        .all(voteId, participantId)
        .map((row) => ({ roomId: row.room_id, noteId: row.note_id }))
    },
  }
}
