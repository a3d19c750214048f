/**
 * Numbered schema migrations, applied in order at start; `PRAGMA user_version` records the last
 * one applied. Never edit a released migration: add the next one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    join_code TEXT NOT NULL,
    observer_code TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE rooms (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, id)
  );
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    display_name TEXT,
    sector TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX participants_workshop ON participants(workshop_id);
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_doc_seq ON doc_updates(doc, seq);
  CREATE TABLE doc_states (
    doc TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    through_seq INTEGER NOT NULL
  );
  `,
  `
  CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    dots_per_person INTEGER NOT NULL,
    round_id TEXT,
    status TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
  );
  CREATE INDEX votes_workshop_status ON votes(workshop_id, status);
  CREATE TABLE vote_dots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    room_id TEXT NOT NULL,
    note_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX vote_dots_vote_participant ON vote_dots(vote_id, participant_id);
  `,
  `
  CREATE TABLE hidden_notes (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    room_id TEXT NOT NULL,
    note_id TEXT NOT NULL,
    note_json TEXT NOT NULL,
    hidden_by TEXT NOT NULL,
    hidden_at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, room_id, note_id)
  );
  `,
  `
  ALTER TABLE rooms ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
  `,
  `
  CREATE TABLE snapshots (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    room_id TEXT NOT NULL,
    name TEXT NOT NULL,
    reason TEXT NOT NULL,
    round_id TEXT,
    taken_by TEXT,
    taken_at INTEGER NOT NULL,
    state BLOB NOT NULL
  );
  CREATE INDEX snapshots_workshop ON snapshots(workshop_id, taken_at);
  `,
  `
  CREATE TABLE themes (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    color TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, id)
  );
  CREATE INDEX themes_workshop ON themes(workshop_id, created_at);
  CREATE TABLE codes (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    theme_id TEXT,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, id)
  );
  CREATE INDEX codes_workshop ON codes(workshop_id, created_at);
  CREATE TABLE codings (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    room_id TEXT NOT NULL,
    note_id TEXT NOT NULL,
    code_id TEXT NOT NULL,
    PRIMARY KEY (workshop_id, room_id, note_id, code_id),
    FOREIGN KEY (workshop_id, code_id) REFERENCES codes(workshop_id, id) ON DELETE CASCADE
  );
  CREATE INDEX codings_code ON codings(workshop_id, code_id);
  `,
  `
  CREATE TABLE once_keys (
    key TEXT PRIMARY KEY,
    claimed_at INTEGER NOT NULL
  );
  `,
  // Connect tickets (only their hash) and participants removed by a facilitator.
  `
  CREATE TABLE connect_tickets (
    hash TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    principal_json TEXT NOT NULL,
    doc_name TEXT,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX connect_tickets_expiry ON connect_tickets(expires_at);
  CREATE TABLE removed_participants (
    participant_id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    removed_at INTEGER NOT NULL
  );
  CREATE INDEX removed_participants_workshop ON removed_participants(workshop_id);
  `,
  // When the workshop moved to the closed phase (retention counts from it); null while open.
  `
  ALTER TABLE workshops ADD COLUMN closed_at INTEGER;
  CREATE INDEX workshops_closed_at ON workshops(closed_at);
  `,
]
