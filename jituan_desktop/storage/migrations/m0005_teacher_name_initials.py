"""0005: pinyin initials of every teacher's name, so "zs" finds 张三 in a type-to-filter box.

The initials of the rows already there are computed by a copy of the app's function as it
was when this migration shipped (storage/name_keys.py of that day), not by the app's own:
that one may change, what this migration writes must not.
"""

from __future__ import annotations

from itertools import islice, product

from sqlite_utils import Database

NAME = "0005_teacher_name_initials"

MAX_VARIANTS = 32


def pinyin_initials(name: str) -> str:
    """张三 -> "zs"; a character with several readings gives every spelling (单 is d, s or c),
    at most MAX_VARIANTS of them, space-separated."""
    # Imported here: pypinyin's dictionaries take ~160 ms to load, which opening a database
    # that has nothing left to migrate must not pay.
    from pypinyin import Style, pinyin

    letters = pinyin(name.strip(), style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    choices = [sorted({s.lower()[:1] for s in options if s}) for options in letters]
    choices = [c for c in choices if c]
    if not choices:
        return ""
    return " ".join("".join(v) for v in islice(product(*choices), MAX_VARIANTS))


def migrate(db: Database) -> None:
    db.execute("ALTER TABLE teacher ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, name FROM teacher").fetchall()
    db.conn.executemany("UPDATE teacher SET name_initials = ? WHERE id = ?",
                        [(pinyin_initials(name), row_id) for row_id, name in rows])
