"""0008: the alliance's own duties as records: plans (工作计划), meetings (会议纪要) with their
decisions, and reports sent to the county bureau (报送). Synced like every record table,
with the sync metadata, a search index each, and the version graph's rows."""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0008_plans_meetings_submissions"

SYNC_COLUMNS = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    owner_school TEXT NOT NULL,
    origin_installation TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""

REF = "DEFERRABLE INITIALLY DEFERRED"

NEW_SEARCHABLE_TABLES = ("plan", "meeting", "submission")


def migrate(db: Database) -> None:
    run_script(db, f"""
    CREATE TABLE plan ({SYNC_COLUMNS},
        scope TEXT NOT NULL, school TEXT NOT NULL REFERENCES school(uuid) {REF},
        school_year INTEGER NOT NULL, term TEXT, title TEXT NOT NULL,
        guiding TEXT NOT NULL DEFAULT '', goals TEXT NOT NULL DEFAULT '',
        main_work TEXT NOT NULL DEFAULT '', items TEXT NOT NULL DEFAULT '[]',
        attachments TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX plan_year ON plan(deleted, school_year, term);
    CREATE INDEX plan_school ON plan(school, school_year);

    CREATE TABLE meeting ({SYNC_COLUMNS},
        kind TEXT NOT NULL, title TEXT NOT NULL, meeting_date TEXT NOT NULL,
        host_school TEXT NOT NULL REFERENCES school(uuid) {REF},
        schools TEXT NOT NULL DEFAULT '[]', start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
        chair TEXT REFERENCES teacher(uuid) {REF},
        recorder TEXT REFERENCES teacher(uuid) {REF},
        attendees TEXT NOT NULL DEFAULT '[]', absent TEXT NOT NULL DEFAULT '',
        agenda TEXT NOT NULL DEFAULT '', discussion TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '[]', attachments TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX meeting_date ON meeting(deleted, meeting_date, kind);
    CREATE INDEX meeting_host ON meeting(host_school, meeting_date);

    CREATE TABLE submission ({SYNC_COLUMNS},
        school TEXT NOT NULL REFERENCES school(uuid) {REF},
        kind TEXT NOT NULL, year INTEGER NOT NULL, quarter INTEGER,
        title TEXT NOT NULL DEFAULT '', generated_on TEXT, sent_on TEXT,
        recipient TEXT NOT NULL DEFAULT '', sent_by TEXT REFERENCES teacher(uuid) {REF},
        notes TEXT NOT NULL DEFAULT '', attachments TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX submission_period ON submission(deleted, kind, year, quarter);
    CREATE INDEX submission_school ON submission(school, kind, year);
    """)
    for table in NEW_SEARCHABLE_TABLES:
        db.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5(body, tokenize = 'trigram')")
        for event in ("INSERT", "UPDATE"):
            run_script(db, f"""
            CREATE TRIGGER {table}_queue_{event.lower()} AFTER {event} ON {table} BEGIN
                INSERT INTO search_pending (tbl, row_id) SELECT '{table}', new.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending
                                  WHERE tbl = '{table}' AND row_id = new.id);
            END;
            """)
        db.execute(f"CREATE VIRTUAL TABLE {table}_fts_vocab USING fts5vocab({table}_fts, 'row')")
