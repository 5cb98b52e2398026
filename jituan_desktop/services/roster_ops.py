"""Saving the teachers a school's roster names, in one transaction (issue 5 §3).

The use case of the roster import; reading the file (Excel or CSV) and turning each row into
a teacher's field values is :mod:`jituan_desktop.reports.roster_import`'s, which calls this.
Every row is checked against the school's roster — a name held by two teachers there is not
guessed at — and through ``record_ops`` the app's own validation; the good rows are written,
each refused row is reported with its row number and reason. A teacher already on the roster
under the same name is updated where the row says something different, so importing a file
twice adds no one twice.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date

from ..domain.enums import Role
from ..domain.messages import (QT_TRANSLATE_NOOP, Problem, Refusal, Translate, ValidationError,
                               identity as no_translation)
from ..domain.records import School, Teacher
from ..storage import lookups
from ..storage.repositories import repository
from ..storage.store import Store
from . import record_ops
from .changes import Changes
from .setup_ops import identity


class RosterError(Refusal):
    """A roster file that cannot be imported at all (bad rows are reported one by one)."""

    context = "Reports"


NO_SUCH_SCHOOL = QT_TRANSLATE_NOOP("Reports", "There is no school {school}.")
NOT_OWN_SCHOOL = QT_TRANSLATE_NOOP(
    "Reports", "Only the lead school imports the roster of another school; {school} imports "
    "its own.")
AMBIGUOUS_NAME = QT_TRANSLATE_NOOP(
    "Reports", "{target} already has {count} teachers named {name}; change them one by one on "
    "the teachers page.")
ROW_REFUSED = QT_TRANSLATE_NOOP("Reports", "Row {row} ({name}): {reason}")


@dataclass
class RosterRow:
    """A data row of the file as the reader found it: a teacher's field values (``name``
    always among them) and what is already wrong with the row."""

    number: int  # 1-based row number in the file
    values: dict
    problems: list[Problem]


@dataclass
class RefusedRow:
    row: int  # 1-based row number in the file
    name: str
    problems: list[Problem]

    def reason(self, translate: Translate = no_translation) -> str:
        texts = [p.render(translate) for p in self.problems]
        chinese = any(re.search(r"[\u4e00-\u9fff]", t) for t in texts)
        return ("；" if chinese else "; ").join(texts)

    def message(self, translate: Translate = no_translation) -> str:
        return translate("Reports", ROW_REFUSED).format(
            row=self.row, name=self.name or "?", reason=self.reason(translate))


@dataclass
class RosterResult:
    school: str  # the school's uuid
    imported: list[str] = field(default_factory=list)  # names of new teachers
    updated: list[str] = field(default_factory=list)  # names of teachers changed
    unchanged: int = 0  # rows of teachers already on the roster as the file says
    refused: list[RefusedRow] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    dry_run: bool = False


def target_school(store: Store, school: str | None) -> School:
    """The school a roster is imported into: ``school`` (a uuid), else this installation's.
    Only the lead school imports another school's roster."""
    uuid = school or store.school_uuid
    record = repository(store, School).get(uuid) if uuid else None
    if record is None:
        raise RosterError(NO_SUCH_SCHOOL, school=school or "?")
    if record.uuid != store.school_uuid and identity(store).role is not Role.LEAD:
        own = repository(store, School).get(store.school_uuid)
        raise RosterError(NOT_OWN_SCHOOL, school=own.name if own else "?")
    return record


class _DryRun(Exception):
    """Raised at the end of a dry run to take back everything it wrote."""


def save_roster(store: Store, target: School, rows: list[RosterRow], *, dry_run: bool = False,
                today: date | None = None) -> RosterResult:
    """Write the good ``rows`` into ``target``'s roster in one transaction; ``dry_run`` checks
    everything the same way, then takes it back."""
    result = RosterResult(school=target.uuid, dry_run=dry_run)
    try:
        with store.transaction():
            _save_rows(store, rows, target, result, today or store.clock.today())
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.changes = Changes()
    return result


def _save_rows(store: Store, rows: list[RosterRow], target: School, result: RosterResult,
               today: date) -> None:
    on_roster: dict[str, list[Teacher]] = {}
    for teacher in lookups.teachers(store, target.uuid):
        on_roster.setdefault(re.sub(r"\s+", "", teacher.name), []).append(teacher)
    for row in rows:
        name, problems = row.values["name"], list(row.problems)
        matches = on_roster.get(name, [])
        if len(matches) > 1:
            problems.append(Problem("", AMBIGUOUS_NAME, {"target": target.name,
                                                         "count": len(matches), "name": name},
                                    "Reports"))
        if problems:
            result.refused.append(RefusedRow(row.number, name, problems))
            continue
        if matches:
            teacher = copy.deepcopy(matches[0])
        else:
            teacher = Teacher(school=target.uuid, name=name)
        if not _apply(teacher, row.values) and matches:
            result.unchanged += 1
            continue
        try:
            changes = record_ops.save(store, teacher, today=today)
        except (ValidationError, Refusal) as exc:
            result.refused.append(RefusedRow(row.number, name, _problems_of(exc)))
            continue
        result.changes.merge(changes)
        if matches:  # a later row of the same name edits this version, not the one read
            matches[0] = teacher
        (result.updated if matches else result.imported).append(name)
        if not matches:
            on_roster[name] = [teacher]


def _apply(teacher: Teacher, values: dict) -> bool:
    """Set what the row says on ``teacher``; True when anything differs."""
    changed = False
    for name, value in values.items():
        if name == "name" or getattr(teacher, name) == value:
            continue
        setattr(teacher, name, value)
        changed = True
    return changed


def _problems_of(exc: Exception) -> list[Problem]:
    if isinstance(exc, ValidationError):
        return list(exc.problems)
    return [exc.problem]


__all__ = ["RosterError", "RosterRow", "RefusedRow", "RosterResult", "target_school",
           "save_roster"]
