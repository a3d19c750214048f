import type pg from 'pg'
import { openDb } from './postgres-db.js'
import { createPostgresAccess } from './postgres-access.js'
import { createPostgresRetention } from './postgres-retention.js'
import { createPostgresExtras } from './postgres-extras.js'
import { createPostgresSnapshots } from './postgres-snapshots.js'
import { createPostgresCodebook } from './postgres-codebook.js'
import type { ParticipantRecord, RoomRecord, Store, StoredDoc } from './types.js'
import {
  toParticipant,
  toRoom,
  toWorkshop,
  type ParticipantRow,
  type RoomRow,
  type WorkshopRow,
} from './rows.js'

/** Options for the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** `postgres://user@host:port/database` */
  readonly url: string
  /** A schema to keep Weave's tables in (created if missing); the default search path otherwise. */
  readonly schema?: string
}

const INSERT_ROOM =
  'INSERT INTO rooms (workshop_id, id, name, position, created_at) VALUES ($1, $2, $3, $4, $5)'
const INSERT_PARTICIPANT =
  'INSERT INTO participants (id, workshop_id, role, display_name, sector, created_at) VALUES ($1, $2, $3, $4, $5, $6)'
const INSERT_UPDATE = 'INSERT INTO doc_updates (doc, data) VALUES ($1, $2)'
/** First key of the compaction advisory locks (the second is a hash of the document name). */
const COMPACTION_LOCK_SPACE = 0x77656176

/** Reads a document's compacted state and log on one connection, with the log's sequence numbers. */
async function readStored(
  client: pg.PoolClient,
  docName: string,
): Promise<{ stored: StoredDoc; seqs: string[] }> {
  const state = await client.query<{ data: Buffer; through_seq: string }>(
    'SELECT data, through_seq FROM doc_states WHERE doc = $1',
    [docName],
  )
  const rows = await client.query<{ seq: string; data: Buffer }>(
    'SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq',
    [docName],
  )
  const updates = rows.rows.map((row) => new Uint8Array(row.data))
  const compacted = state.rows[0]
  if (compacted) updates.unshift(new Uint8Array(compacted.data))
  const last = rows.rows[rows.rows.length - 1]
  const stored = {
    updates,
    throughSeq: Number(last?.seq ?? compacted?.through_seq ?? 0),
    pendingCount: rows.rows.length,
  }
  return { stored, seqs: rows.rows.map((row) => row.seq) }
}

const participantValues = (p: ParticipantRecord) => [
  p.id,
  p.workshopId,
  p.role,
  p.displayName,
  p.sector,
  p.createdAt,
]
const roomValues = (r: RoomRecord) => [r.workshopId, r.id, r.name, r.position, r.createdAt]

/** Opens the PostgreSQL store (the same contract as SQLite), applying migrations first. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const db = await openDb(options.url, options.schema)
  return {
    ...createPostgresExtras(db),
    ...createPostgresAccess(db),
    ...createPostgresRetention(db),
    ...createPostgresSnapshots(db),
    ...createPostgresCodebook(db),
    async createWorkshop(workshop, rooms, creator, docs) {
      await db.transaction(async (client) => {
        await client.query(
          'INSERT INTO workshops (id, title, join_code, observer_code, created_at) VALUES ($1, $2, $3, $4, $5)',
          [
            workshop.id,
            workshop.title,
            workshop.joinCode,
            workshop.observerCode,
            workshop.createdAt,
          ],
        )
        for (const room of rooms) await client.query(INSERT_ROOM, roomValues(room))
        await client.query(INSERT_PARTICIPANT, participantValues(creator))
        for (const doc of docs)
          await client.query(INSERT_UPDATE, [doc.docName, Buffer.from(doc.update)])
      })
    },
    async getWorkshop(workshopId) {
      const [row] = await db.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [
        workshopId,
      ])
      return row ? toWorkshop(row) : null
    },
    async listWorkshops() {
      const rows = await db.query<WorkshopRow>('SELECT * FROM workshops ORDER BY created_at, id')
      return rows.map(toWorkshop)
    },
    async listRooms(workshopId) {
      const rows = await db.query<RoomRow>(
        'SELECT * FROM rooms WHERE workshop_id = $1 ORDER BY position, created_at',
        [workshopId],
      )
      return rows.map(toRoom)
    },
    async getRoom(workshopId, roomId) {
      const [row] = await db.query<RoomRow>(
        'SELECT * FROM rooms WHERE workshop_id = $1 AND id = $2',
        [workshopId, roomId],
      )
      return row ? toRoom(row) : null
    },
    async addParticipant(participant) {
      await db.query(INSERT_PARTICIPANT, participantValues(participant))
    },
    async getParticipant(participantId) {
      const [row] = await db.query<ParticipantRow>('SELECT * FROM participants WHERE id = $1', [
        participantId,
      ])
      return row ? toParticipant(row) : null
    },
    async listParticipants(workshopId) {
      const rows = await db.query<ParticipantRow>(
        'SELECT * FROM participants WHERE workshop_id = $1 ORDER BY created_at, id',
        [workshopId],
      )
      return rows.map(toParticipant)
    },
    async addRooms(rooms) {
      await db.transaction(async (client) => {
        for (const room of rooms) await client.query(INSERT_ROOM, roomValues(room))
      })
    },
    async renameRoom(workshopId, roomId, name) {
      await db.query('UPDATE rooms SET name = $1 WHERE workshop_id = $2 AND id = $3', [
        name,
        workshopId,
        roomId,
      ])
    },
    async closeRoom(workshopId, roomId) {
      await db.query('UPDATE rooms SET closed = true WHERE workshop_id = $1 AND id = $2', [
        workshopId,
        roomId,
      ])
    },
    async appendUpdates(docName, updates) {
      if (updates.length === 0) return
      // One statement for the batch: a single round trip and one commit.
      const values = updates.map((_, i) => `($1, $${i + 2})`).join(', ')
      await db.query(`INSERT INTO doc_updates (doc, data) VALUES ${values}`, [
        docName,
        ...updates.map((u) => Buffer.from(u)),
      ])
    },
    async loadDoc(docName): Promise<StoredDoc> {
      return db.transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
        return (await readStored(client, docName)).stored
      })
    },
    async compactExclusive(docName, fold) {
      return db.transaction(async (client) => {
        // One compactor per document across instances; the others skip (their turn comes later).
        const lock = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
          [COMPACTION_LOCK_SPACE, docName],
        )
        if (!lock.rows[0]?.locked) return false
        const { stored, seqs } = await readStored(client, docName)
        const state = fold(stored)
        await client.query(
          `INSERT INTO doc_states (doc, data, through_seq) VALUES ($1, $2, $3)
           ON CONFLICT (doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq`,
          [docName, Buffer.from(state), stored.throughSeq],
        )
        // Exactly the rows folded: another instance's append may hold a lower sequence number and
        // commit after the read, and `seq <= throughSeq` would delete it unseen.
        await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = ANY($2::bigint[])', [
          docName,
          seqs,
        ])
        return true
      })
    },
    async claimOnce(key, at) {
      const rows = await db.query(
        'INSERT INTO once_keys (key, claimed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING key',
        [key, at],
      )
      return rows.length > 0
    },
    async latestSeq(docName) {
      const [row] = await db.query<{ seq: string | null }>(
        'SELECT MAX(seq) AS seq FROM doc_updates WHERE doc = $1',
        [docName],
      )
      return Number(row?.seq ?? 0)
    },
    async compactDoc(docName, state, throughSeq) {
      await db.transaction(async (client) => {
        await client.query(
          `INSERT INTO doc_states (doc, data, through_seq) VALUES ($1, $2, $3)
           ON CONFLICT (doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq`,
          [docName, Buffer.from(state), throughSeq],
        )
        await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [
          docName,
          throughSeq,
        ])
      })
    },
    async listDocNames(prefix) {
      const rows = await db.query<{ doc: string }>(
        `SELECT doc FROM doc_updates WHERE left(doc, $1) = $2
         UNION SELECT doc FROM doc_states WHERE left(doc, $1) = $2`,
        [prefix.length, prefix],
      )
      return rows.map((row) => row.doc).sort()
    },
    async close() {
      await db.pool.end()
    },
  }
}
