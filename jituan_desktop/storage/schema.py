"""What the app's live code knows about the schema: its migrations and the roles of tables.

The migrations themselves live in :mod:`.migrations`, one frozen module each; a shipped
migration is never edited: change the schema by adding the next one. The constants below
describe the schema as it is now (after the last migration) for the code that reads and
writes it; a migration never reads them, it keeps its own copy of what it needed.
"""

from __future__ import annotations

from .migrations import KNOWN_MIGRATIONS, MIGRATION_SET, migrations

# Tables whose free text is searchable, with the columns that make up the searched body.
SEARCHABLE = {
    "observation": ("topic", "subject", "grade_class", "notes", "strengths", "weaknesses",
                    "suggestions", "reflection"),
    "mentor_session": ("topic", "content", "takeaway", "feedback", "next_steps"),
    "activity": ("title", "place", "agenda", "notes", "outcomes", "extra"),
    "plan": ("title", "guiding", "goals", "main_work", "items"),
    "meeting": ("title", "place", "absent", "agenda", "discussion", "decisions"),
    "submission": ("title", "recipient", "notes"),
}

# Record tables, parents first: the tables whose rows travel between schools as versions.
RECORD_TABLES = ("alliance", "school", "teacher", "semester", "rubric_template", "pairing",
                 "activity", "observation", "mentor_session", "quota_rule",
                 "plan", "meeting", "submission")

__all__ = ["KNOWN_MIGRATIONS", "MIGRATION_SET", "migrations", "SEARCHABLE", "RECORD_TABLES"]
