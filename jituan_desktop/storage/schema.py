"""The schema, as numbered migrations (sqlite-utils ``Migrations``).

A shipped migration is never edited: change the schema by adding the next one. Every record
table carries the sync metadata of DESIGN.md §5 from the first migration on.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "jituan"
migrations = Migrations(MIGRATION_SET)
KNOWN_MIGRATIONS: list[str] = []


def migration(name: str):
    KNOWN_MIGRATIONS.append(name)
    return migrations(name=name)

SYNC_COLUMNS = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    owner_school TEXT NOT NULL,
    origin_installation TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""

# Content references are deferred so that a school and its alliance, or a bundle's records,
# can arrive in any order inside one transaction.
REF = "DEFERRABLE INITIALLY DEFERRED"

# Tables whose free text is searchable, with the columns that make up the searched body.
SEARCHABLE = {
    "observation": ("topic", "subject", "grade_class", "notes", "strengths", "weaknesses",
                    "suggestions", "reflection"),
    "mentor_session": ("topic", "content", "takeaway", "feedback", "next_steps"),
    "activity": ("title", "place", "agenda", "notes", "outcomes", "extra"),
}


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending!r}")


@migration("0001_initial")
def m0001_initial(db: Database) -> None:
    run_script(db, f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE alliance ({SYNC_COLUMNS},
        name TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', lead_school TEXT NOT NULL DEFAULT '');

    CREATE TABLE school ({SYNC_COLUMNS},
        name TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', role TEXT NOT NULL,
        alliance TEXT REFERENCES alliance(uuid) {REF}, public_key TEXT);

    CREATE TABLE teacher ({SYNC_COLUMNS},
        school TEXT NOT NULL REFERENCES school(uuid) {REF},
        name TEXT NOT NULL, gender TEXT, subjects TEXT NOT NULL DEFAULT '[]',
        grades TEXT NOT NULL DEFAULT '[]', position TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
        backbone TEXT NOT NULL DEFAULT '[]', active INTEGER NOT NULL DEFAULT 1,
        phone TEXT NOT NULL DEFAULT '');
    CREATE INDEX teacher_school ON teacher(school, name);

    CREATE TABLE semester ({SYNC_COLUMNS},
        school_year INTEGER NOT NULL, term TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL);
    CREATE UNIQUE INDEX semester_live_key ON semester(school_year, term) WHERE deleted = 0;

    CREATE TABLE rubric_template ({SYNC_COLUMNS},
        name TEXT NOT NULL, template_version INTEGER NOT NULL, items TEXT NOT NULL);

    CREATE TABLE pairing ({SYNC_COLUMNS},
        mentor TEXT NOT NULL REFERENCES teacher(uuid) {REF},
        mentee TEXT NOT NULL REFERENCES teacher(uuid) {REF},
        subject TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, start TEXT NOT NULL,
        planned_end TEXT, goals TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
        ended_on TEXT, end_reason TEXT NOT NULL DEFAULT '');
    CREATE INDEX pairing_mentor ON pairing(mentor);
    CREATE INDEX pairing_mentee ON pairing(mentee);

    CREATE TABLE activity ({SYNC_COLUMNS},
        host_school TEXT NOT NULL REFERENCES school(uuid) {REF},
        schools TEXT NOT NULL DEFAULT '[]', type TEXT NOT NULL, title TEXT NOT NULL,
        activity_date TEXT NOT NULL, start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '[]', teachers_reached INTEGER NOT NULL DEFAULT 0,
        students_reached INTEGER NOT NULL DEFAULT 0, agenda TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '', outcomes TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '{{}}', attachments TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX activity_date ON activity(deleted, activity_date);
    CREATE INDEX activity_host ON activity(host_school, activity_date);

    CREATE TABLE observation ({SYNC_COLUMNS},
        school TEXT NOT NULL REFERENCES school(uuid) {REF},
        observer TEXT NOT NULL REFERENCES teacher(uuid) {REF},
        teacher TEXT NOT NULL REFERENCES teacher(uuid) {REF},
        lesson_date TEXT NOT NULL, period_no INTEGER, subject TEXT NOT NULL,
        grade_class TEXT NOT NULL DEFAULT '', topic TEXT NOT NULL, lesson_type TEXT,
        occasion TEXT NOT NULL,
        activity TEXT REFERENCES activity(uuid) {REF},
        pairing TEXT REFERENCES pairing(uuid) {REF},
        notes TEXT NOT NULL DEFAULT '[]', rubric TEXT REFERENCES rubric_template(uuid) {REF},
        rubric_version INTEGER, scores TEXT NOT NULL DEFAULT '{{}}',
        total REAL, band TEXT,
        strengths TEXT NOT NULL DEFAULT '', weaknesses TEXT NOT NULL DEFAULT '',
        suggestions TEXT NOT NULL DEFAULT '', reflection TEXT NOT NULL DEFAULT '',
        attachments TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX observation_date ON observation(deleted, lesson_date);
    CREATE INDEX observation_observer ON observation(observer, lesson_date);
    CREATE INDEX observation_teacher ON observation(teacher, lesson_date);
    CREATE INDEX observation_school ON observation(school, lesson_date);
    CREATE INDEX observation_owner ON observation(owner_school, lesson_date);
    CREATE INDEX observation_occasion ON observation(occasion, lesson_date);
    CREATE INDEX observation_activity ON observation(activity);
    CREATE INDEX observation_pairing ON observation(pairing);

    CREATE TABLE mentor_session ({SYNC_COLUMNS},
        pairing TEXT NOT NULL REFERENCES pairing(uuid) {REF},
        session_date TEXT NOT NULL, kind TEXT NOT NULL, duration_minutes INTEGER,
        topic TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '',
        takeaway TEXT NOT NULL DEFAULT '', feedback TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        observation TEXT REFERENCES observation(uuid) {REF},
        attachments TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX session_pairing ON mentor_session(pairing, session_date);
    CREATE INDEX session_date ON mentor_session(deleted, session_date, kind);

    CREATE TABLE quota_rule ({SYNC_COLUMNS},
        name TEXT NOT NULL, scope TEXT NOT NULL, metric TEXT NOT NULL, period TEXT NOT NULL,
        threshold INTEGER NOT NULL, positions TEXT NOT NULL DEFAULT '[]', session_kind TEXT,
        due_month INTEGER, due_day INTEGER, source_text TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1);

    CREATE TABLE attachment_blob (
        sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, media_type TEXT NOT NULL,
        stored_at TEXT NOT NULL);

    -- Full-text search: one trigram index per searchable table, keyed by the record's id.
    -- Writes only queue the row; the indexer drains the queue later (DESIGN.md §8).
    CREATE TABLE search_pending (
        tbl TEXT NOT NULL, row_id INTEGER NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID;
    """)
    for table in SEARCHABLE:
        run_script(db, f"""
        CREATE VIRTUAL TABLE {table}_fts USING fts5(body, tokenize = 'trigram');
        CREATE TRIGGER {table}_queue_insert AFTER INSERT ON {table} BEGIN
            INSERT OR IGNORE INTO search_pending (tbl, row_id) VALUES ('{table}', new.id);
        END;
        CREATE TRIGGER {table}_queue_update AFTER UPDATE ON {table} BEGIN
            INSERT OR IGNORE INTO search_pending (tbl, row_id) VALUES ('{table}', new.id);
        END;
        """)


@migration("0002_search_queue_upsert")
def m0002_search_queue_upsert(db: Database) -> None:
    """Queue triggers that also work when a row is written by an upsert.

    Inside a trigger, ``INSERT OR IGNORE`` takes the conflict policy of the outer statement;
    under ``INSERT ... ON CONFLICT DO UPDATE`` (how repositories write) that is ABORT, so
    saving a record that was still waiting in the queue failed with a UNIQUE error. Skip
    the insert when the row is already queued instead of relying on a conflict clause.
    """
    for table in SEARCHABLE:
        for event in ("INSERT", "UPDATE"):
            name = f"{table}_queue_{event.lower()}"
            run_script(db, f"""
            DROP TRIGGER IF EXISTS {name};
            CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN
                INSERT INTO search_pending (tbl, row_id) SELECT '{table}', new.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending
                                  WHERE tbl = '{table}' AND row_id = new.id);
            END;
            """)


@migration("0003_session_observation_index")
def m0003_session_observation_index(db: Database) -> None:
    """Index the session -> observation link: deferred foreign keys check it per row at
    commit, and without an index a bulk import that writes sessions before their
    observations scanned the whole table for each (377 s instead of 10 s)."""
    db.execute("CREATE INDEX IF NOT EXISTS session_observation ON mentor_session(observation)")


@migration("0004_search_vocabulary")
def m0004_search_vocabulary(db: Database) -> None:
    """The terms of each search index, so a two-character query can match every trigram
    that begins with it instead of scanning every text."""
    for table in SEARCHABLE:
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts_vocab "
                   f"USING fts5vocab({table}_fts, 'row')")


@migration("0005_teacher_name_initials")
def m0005_teacher_name_initials(db: Database) -> None:
    """Pinyin initials of every teacher's name, so "zs" finds 张三 in a type-to-filter box."""
    from .name_keys import pinyin_initials

    db.execute("ALTER TABLE teacher ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, name FROM teacher").fetchall()
    db.conn.executemany("UPDATE teacher SET name_initials = ? WHERE id = ?",
                        [(pinyin_initials(name), row_id) for row_id, name in rows])


# Record tables, parents first: the tables whose rows travel between schools as versions.
RECORD_TABLES = ("alliance", "school", "teacher", "semester", "rubric_template", "pairing",
                 "activity", "observation", "mentor_session", "quota_rule")


@migration("0006_version_graph")
def m0006_version_graph(db: Database) -> None:
    """Every saved version of every record, with the version(s) it replaced, and the
    conflicting heads kept for review (docs/sync.md §3).

    ``based_on`` is a JSON list of ``[version, origin]`` pairs: empty/NULL for a new record,
    one pair for an ordinary save, every head for a conflict resolution. ``row`` is the
    version's full row (every column but the local ``id``) as JSON, so any version can
    become the record's row again and be relayed to other schools as received; it is NULL
    for the version the record's own row holds (its content is that row: keeping it twice
    would double the database), and filled in from the row before the row is replaced.
    Rows already in the database become versions of their own, based on nothing.
    """
    run_script(db, """
    CREATE TABLE record_version (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, origin TEXT NOT NULL,
        based_on TEXT, owner_school TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), row TEXT);
    -- A version is known by its record and its (version, origin): re-imports find it here.
    CREATE UNIQUE INDEX record_version_key ON record_version(tbl, uuid, version, origin);
    -- What to send an installation that acknowledged another's counter up to some value.
    CREATE INDEX record_version_origin ON record_version(origin, version);
    -- Per-school summaries (count and digest of a school's versions).
    CREATE INDEX record_version_owner ON record_version(owner_school, uuid, version, origin);

    CREATE TABLE conflict (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, origin TEXT NOT NULL,
        row TEXT NOT NULL, detected_at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)));
    CREATE UNIQUE INDEX conflict_key ON conflict(tbl, uuid, version, origin);
    """)
    for table in RECORD_TABLES:
        db.execute(
            "INSERT INTO record_version (tbl, uuid, version, origin, based_on, owner_school, "
            f"deleted, row) SELECT '{table}', uuid, version, origin_installation, NULL, "
            f"owner_school, deleted, NULL FROM {table}")


@migration("0007_sync_state")
def m0007_sync_state(db: Database) -> None:
    """What this installation knows about the alliance's installations and bundles.

    ``sync_installation``: every laptop that asked to join (the lead) or that the lead
    certified or revoked (a member), with the signed documents as received. ``sync_invitation``:
    the lead's outstanding invitations (a join request must answer one). ``sync_bundle``: the
    history of every bundle and joining document sent and received, accepted or refused and
    why. ``sync_coverage``: which counter ranges of each installation the lead has merged,
    from which its acknowledgements are computed (the highest unbroken counter).
    """
    run_script(db, """
    CREATE TABLE sync_installation (
        installation TEXT PRIMARY KEY, school TEXT NOT NULL, public_key TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'approved', 'revoked')),
        request TEXT, certificate TEXT, revocation TEXT, reason TEXT NOT NULL DEFAULT '',
        requested_at TEXT, approved_at TEXT, revoked_at TEXT);
    CREATE INDEX sync_installation_school ON sync_installation(school);

    CREATE TABLE sync_invitation (
        nonce TEXT PRIMARY KEY, school TEXT NOT NULL, body TEXT NOT NULL,
        expires TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX sync_invitation_school ON sync_invitation(school);

    CREATE TABLE sync_bundle (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        content_id TEXT, file TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,
        school TEXT, installation TEXT, records INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, reason TEXT);
    CREATE INDEX sync_bundle_content ON sync_bundle(content_id, status);
    CREATE INDEX sync_bundle_school ON sync_bundle(school, direction, at);

    CREATE TABLE sync_coverage (
        installation TEXT NOT NULL, lo INTEGER NOT NULL, hi INTEGER NOT NULL,
        PRIMARY KEY (installation, lo, hi)) WITHOUT ROWID;
    """)
