"""Stored values no reader could use, found for ``jituan check`` (storage/integrity.py).

A database can hold values the app would never write: from an older version that accepted
anything, edited by hand with sqlite3, or damaged. Readers leave such a record out of lists
and reports (storage/codec.py, storage/repositories.py) rather than stop; this module names
each one for people: the table, the record (id and a readable name), the field, what is
wrong and what to do. Two kinds:

- a value that cannot be read at all ("not a date", scores that are not JSON, an unknown
  code): every field of every row, tombstones included (a restore would read them);
- a value that reads but breaks the rule a save would apply (a lesson in 2999, a required
  text left empty, a score above its item's maximum): live records, through the same domain
  validation as a local save.
"""

from __future__ import annotations

from typing import Iterator

from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Text
from ..domain.records import LessonObservation, MentorPairing, MentorSession, RubricTemplate
from ..domain.validation import problems_of
from .codec import UndecodableValue, from_row, row_problems
from .repositories import TABLES, decoded_records, field_label
from .store import Store

CONTEXT = "Integrity"

UNREADABLE = QT_TRANSLATE_NOOP(
    "Integrity", "{kind} \"{name}\": {field} holds \"{value}\", which cannot be read "
    "({reason}). Lists and reports leave this record out until it is corrected: ask {owner} "
    "to enter it again, or restore a backup made before the damage.")
BREAKS_RULE = QT_TRANSLATE_NOOP(
    "Integrity", "{kind} \"{name}\": {problem} Open the record in the app and correct it "
    "(only {owner} can change it).")

# The columns that make a record recognisable to people, first found wins.
NAME_COLUMNS = ("name", "title", "topic")
SHOWN_VALUE = 40  # characters of a bad value quoted in a finding


def stored_value_problems(store: Store) -> Iterator[tuple[str, Problem]]:
    """(where, problem) for each stored value of a record table that a reader cannot use."""
    today = store.clock.today()
    schools = {uuid: name for uuid, name in store.execute("SELECT uuid, name FROM school")}
    context = _Context(store)
    for cls, (table, label) in TABLES.items():
        kind = Text("Labels", label)
        for row in store.query(f"SELECT * FROM {table} ORDER BY id"):
            where = f"{table}/{row['uuid']}"
            named = {"kind": kind, "name": _name(row),
                     "owner": schools.get(row["owner_school"]) or row["owner_school"]}
            bad = row_problems(cls, row)
            for value in bad:
                yield where, _problem(UNREADABLE, **named, field=field_label(cls, value.field),
                                      value=_shown(value.value),
                                      reason=Text(CONTEXT, value.reason))
            if bad or row["deleted"]:
                continue
            try:
                record = from_row(cls, row)
            except UndecodableValue as exc:  # a required value missing altogether
                yield where, _problem(UNREADABLE, **named, field=field_label(cls, exc.field),
                                      value="", reason=Text(CONTEXT, exc.reason))
                continue
            for found in problems_of(record, today, **context.of(record)):
                yield where, _problem(BREAKS_RULE, **named, problem=found)


class _Context:
    """What validating a record needs to see (its rubric, its pairing), as a save does
    (services/record_ops.py), loaded once for the whole check."""

    def __init__(self, store: Store):
        self.store = store
        self._rubrics: dict | None = None
        self._pairings: dict | None = None

    def of(self, record) -> dict:
        if isinstance(record, LessonObservation):
            if self._rubrics is None:
                self._rubrics = {r.uuid: r for r in self._all(RubricTemplate)}
            rubric = self._rubrics.get(record.rubric) if record.rubric else None
            if record.rubric and rubric is None:
                # Its rubric cannot be read (reported on its own): only the numbers count.
                return {"rubric": None, "scored_on_other_version": True}
            version = record.rubric_version
            if rubric is not None and version is not None and version != rubric.template_version:
                return {"rubric": None, "scored_on_other_version": True}
            return {"rubric": rubric}
        if isinstance(record, MentorSession):
            if self._pairings is None:
                self._pairings = {p.uuid: p for p in self._all(MentorPairing)}
            return {"pairing": self._pairings.get(record.pairing)}
        return {}

    def _all(self, cls) -> list:
        table = TABLES[cls][0]
        return decoded_records(cls, self.store.query(f"SELECT * FROM {table}"), table,
                               warn=False)  # the check reports them itself


def _problem(text: str, **params) -> Problem:
    return Problem("", text, params, CONTEXT)


def _name(row: dict) -> str:
    for column in NAME_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            return _shown(value)
    return row["uuid"]


def _shown(value) -> str:
    if isinstance(value, bytes):
        return value[:SHOWN_VALUE // 2].hex()
    text = "" if value is None else str(value)
    return text if len(text) <= SHOWN_VALUE else text[:SHOWN_VALUE] + "…"


__all__ = ["stored_value_problems"]
