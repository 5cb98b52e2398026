"""0009: where a quota rule comes from, as structured fields: the policy file and the section
(篇 / heading) its quoted sentence is under, and which shipped default it started as (empty
for a rule the lead school wrote), so that an edited default can be told from an untouched one
and upgraded defaults replace only untouched ones."""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0009_rule_sources"


def migrate(db: Database) -> None:
    run_script(db, """
    ALTER TABLE quota_rule ADD COLUMN source_file TEXT NOT NULL DEFAULT '';
    ALTER TABLE quota_rule ADD COLUMN source_section TEXT NOT NULL DEFAULT '';
    ALTER TABLE quota_rule ADD COLUMN default_key TEXT NOT NULL DEFAULT '';
    """)
