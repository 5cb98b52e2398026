"""0001: every table of the first release. Every record table carries the sync metadata of
DESIGN.md §5 from this migration on."""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0001_initial"

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

# The tables whose free text is searchable, as they were when this migration shipped.
SEARCHABLE_TABLES = ("observation", "mentor_session", "activity")


def migrate(db: Database) -> None:
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
    for table in SEARCHABLE_TABLES:
        run_script(db, f"""
        CREATE VIRTUAL TABLE {table}_fts USING fts5(body, tokenize = 'trigram');
        CREATE TRIGGER {table}_queue_insert AFTER INSERT ON {table} BEGIN
            INSERT OR IGNORE INTO search_pending (tbl, row_id) VALUES ('{table}', new.id);
        END;
        CREATE TRIGGER {table}_queue_update AFTER UPDATE ON {table} BEGIN
            INSERT OR IGNORE INTO search_pending (tbl, row_id) VALUES ('{table}', new.id);
        END;
        """)
