import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js'
import { createSqliteAccess } from './sqlite-access.js'
import { createSqliteRetention } from './sqlite-retention.js'
import { createSqliteModeration } from './sqlite-moderation.js'
import { createSqliteSnapshots } from './sqlite-snapshots.js'
import { createSqliteCodebook } from './sqlite-codebook.js'
import { createSqliteVotes } from './sqlite-votes.js'
import type { ParticipantRecord, Store, StoredDoc } from './types.js'
import {
  toParticipant,
  toRoom,
  toWorkshop,
  type ParticipantRow,
  type RoomRow,
  type WorkshopRow,
} from './rows.js'

/** Options for the embedded store. */
export interface SqliteStoreOptions {
  /** The database file; its directory is created when missing. */
  readonly file: string
  /** NORMAL survives a process crash; FULL also survives power loss (slower). */
  readonly synchronous: 'NORMAL' | 'FULL'
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[version] ?? '')
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}

/** Opens (creating and migrating as needed) the embedded SQLite store in WAL mode. */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  fs.mkdirSync(path.dirname(options.file), { recursive: true })
  const db = new Database(options.file)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${options.synchronous}`)
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // Deleted rows (compacted logs, deleted workshops) are zeroed in the file, not just unlinked.
  db.pragma('secure_delete = ON')
  migrate(db)

  const sql = {
    insertWorkshop: db.prepare(
      'INSERT INTO workshops (id, title, join_code, observer_code, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getWorkshop: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
    listWorkshops: db.prepare<[], WorkshopRow>('SELECT * FROM workshops ORDER BY created_at, id'),
    insertRoom: db.prepare(
      'INSERT INTO rooms (workshop_id, id, name, position, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    listRooms: db.prepare<[string], RoomRow>(
      'SELECT * FROM rooms WHERE workshop_id = ? ORDER BY position, created_at',
    ),
    getRoom: db.prepare<[string, string], RoomRow>(
      'SELECT * FROM rooms WHERE workshop_id = ? AND id = ?',
    ),
    insertParticipant: db.prepare(
      'INSERT INTO participants (id, workshop_id, role, display_name, sector, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getParticipant: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?'),
    listParticipants: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at, id',
    ),
    renameRoom: db.prepare('UPDATE rooms SET name = ? WHERE workshop_id = ? AND id = ?'),
    closeRoom: db.prepare('UPDATE rooms SET closed = 1 WHERE workshop_id = ? AND id = ?'),
    appendUpdate: db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
    getState: db.prepare<[string], { data: Buffer; through_seq: number }>(
      'SELECT data, through_seq FROM doc_states WHERE doc = ?',
    ),
    getUpdates: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
    ),
    latestSeq: db.prepare<[string], { seq: number | null }>(
      'SELECT MAX(seq) AS seq FROM doc_updates WHERE doc = ?',
    ),
    upsertState: db.prepare(
      `INSERT INTO doc_states (doc, data, through_seq) VALUES (?, ?, ?)
       ON CONFLICT(doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq`,
    ),
    deleteUpdatesThrough: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
    claim: db.prepare(
      'INSERT INTO once_keys (key, claimed_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    ),
    docNamesWithPrefix: db.prepare<[number, string, number, string], { doc: string }>(
      `SELECT DISTINCT doc FROM doc_updates WHERE substr(doc, 1, ?) = ?
       UNION SELECT doc FROM doc_states WHERE substr(doc, 1, ?) = ?`,
    ),
  }

  const insertParticipant = (p: ParticipantRecord) =>
    sql.insertParticipant.run(p.id, p.workshopId, p.role, p.displayName, p.sector, p.createdAt)

  const appendMany = db.transaction((docName: string, updates: readonly Uint8Array[]) => {
    for (const update of updates) sql.appendUpdate.run(docName, asBuffer(update))
  })

  const latestSeq = (docName: string) => sql.latestSeq.get(docName)?.seq ?? 0

  function loadStored(docName: string): StoredDoc {
    const state = sql.getState.get(docName)
    const rows = sql.getUpdates.all(docName)
    const updates = rows.map((row) => new Uint8Array(row.data))
    if (state) updates.unshift(new Uint8Array(state.data))
    const lastRow = rows[rows.length - 1]
    return {
      updates,
      throughSeq: lastRow?.seq ?? state?.through_seq ?? 0,
      pendingCount: rows.length,
    }
  }

  // IMMEDIATE takes SQLite's write lock up front, so even processes sharing the file (and this
  // process's appends) wait for the fold instead of slipping an update in between read and delete.
  const compactExclusive = db.transaction(
    (docName: string, fold: (stored: StoredDoc) => Uint8Array) => {
      const stored = loadStored(docName)
      const state = fold(stored)
      sql.upsertState.run(docName, asBuffer(state), stored.throughSeq)
      sql.deleteUpdatesThrough.run(docName, stored.throughSeq)
      return true
    },
  )

  return {
    ...createSqliteVotes(db),
    ...createSqliteModeration(db),
    ...createSqliteAccess(db),
    ...createSqliteRetention(db),
    ...createSqliteSnapshots(db),
    ...createSqliteCodebook(db),
    async createWorkshop(workshop, rooms, creator, docs) {
      db.transaction(() => {
        sql.insertWorkshop.run(
          workshop.id,
          workshop.title,
          workshop.joinCode,
          workshop.observerCode,
          workshop.createdAt,
        )
        for (const room of rooms) {
          sql.insertRoom.run(room.workshopId, room.id, room.name, room.position, room.createdAt)
        }
        insertParticipant(creator)
        for (const doc of docs) sql.appendUpdate.run(doc.docName, asBuffer(doc.update))
      })()
    },
    async getWorkshop(workshopId) {
      const row = sql.getWorkshop.get(workshopId)
      return row ? toWorkshop(row) : null
    },
    async listWorkshops() {
      return sql.listWorkshops.all().map(toWorkshop)
    },
    async listRooms(workshopId) {
      return sql.listRooms.all(workshopId).map(toRoom)
    },
    async getRoom(workshopId, roomId) {
      const row = sql.getRoom.get(workshopId, roomId)
      return row ? toRoom(row) : null
    },
    async addParticipant(participant) {
      insertParticipant(participant)
    },
    async getParticipant(participantId) {
      const row = sql.getParticipant.get(participantId)
      return row ? toParticipant(row) : null
    },
    async listParticipants(workshopId) {
      return sql.listParticipants.all(workshopId).map(toParticipant)
    },
    async addRooms(rooms) {
      db.transaction(() => {
        for (const room of rooms) {
          sql.insertRoom.run(room.workshopId, room.id, room.name, room.position, room.createdAt)
        }
      })()
    },
    async renameRoom(workshopId, roomId, name) {
      sql.renameRoom.run(name, workshopId, roomId)
    },
    async closeRoom(workshopId, roomId) {
      sql.closeRoom.run(workshopId, roomId)
    },
    async appendUpdates(docName, updates) {
      if (updates.length > 0) appendMany(docName, updates)
    },
    async loadDoc(docName): Promise<StoredDoc> {
      return db.transaction(loadStored)(docName)
    },
    async compactExclusive(docName, fold) {
      return compactExclusive.immediate(docName, fold)
    },
    async claimOnce(key, at) {
      return sql.claim.run(key, at).changes > 0
    },
    async latestSeq(docName) {
      return latestSeq(docName)
    },
    async compactDoc(docName, state, throughSeq) {
      db.transaction(() => {
        sql.upsertState.run(docName, asBuffer(state), throughSeq)
        sql.deleteUpdatesThrough.run(docName, throughSeq)
      })()
    },
    async listDocNames(prefix) {
      return sql.docNamesWithPrefix
        .all(prefix.length, prefix, prefix.length, prefix)
        .map((row) => row.doc)
        .sort()
    },
    async close() {
      if (db.open) db.close()
    },
  }
}
