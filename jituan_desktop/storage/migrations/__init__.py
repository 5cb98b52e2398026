"""The numbered migrations that build the schema, in the order they apply (sqlite-utils).

One module per migration, named after it (``m0005_teacher_name_initials.py`` is migration
``0005_teacher_name_initials``, the name recorded in every database it ran on), with its
``NAME`` and ``migrate(db)``. A shipped migration is never edited: change the schema by
adding the next module and listing it in ``MODULES``; tests/storage/test_migrations.py keeps
a hash of each module's text. A migration imports only the standard library, sqlite-utils,
third-party libraries and the frozen ``sql_script`` helper, never the app's own modules:
live code changes, and a migration must do tomorrow exactly what it did the day it shipped.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

from . import (m0001_initial, m0002_search_queue_upsert, m0003_session_observation_index,
               m0004_search_vocabulary, m0005_teacher_name_initials, m0006_version_graph,
               m0007_sync_state, m0008_plans_meetings_submissions, m0009_rule_sources,
               m0010_version_digest)

MIGRATION_SET = "jituan"

MODULES = (m0001_initial, m0002_search_queue_upsert, m0003_session_observation_index,
           m0004_search_vocabulary, m0005_teacher_name_initials, m0006_version_graph,
           m0007_sync_state, m0008_plans_meetings_submissions, m0009_rule_sources,
           m0010_version_digest)

migrations = Migrations(MIGRATION_SET)
for _module in MODULES:
    migrations(name=_module.NAME)(_module.migrate)

KNOWN_MIGRATIONS: list[str] = [module.NAME for module in MODULES]
