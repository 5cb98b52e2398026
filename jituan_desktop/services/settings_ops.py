"""What the 设置 page reads and writes: who we are, the alliance's calendar, rubrics and rules,
and where the data lives.

Rubric templates are versioned: an observation keeps the ``template_version`` it was scored
on, and the store holds only the latest items. Changing the items therefore starts a new
version, so observations scored before keep their scores as given (see
``record_ops._context``); renaming a template does not change what its scores mean.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain.messages import Problem, ValidationError
from ..domain.records import Alliance, QuotaRule, RubricTemplate, Semester
from ..storage import errors
from ..storage.errors import StoreError
from ..storage.repositories import repository
from ..storage.store import Store
from . import compliance_ops, record_ops, setup_ops
from .changes import Changes
from .setup_ops import Identity

# Changes kinds that make a loaded snapshot stale.
SETTINGS_KINDS = frozenset({"School", "Alliance", "Semester", "RubricTemplate", "QuotaRule"})


@dataclass(frozen=True)
class DataFolder:
    folder: Path
    database: Path
    database_bytes: int  # the database with its write-ahead log
    attachments_bytes: int


@dataclass(frozen=True)
class SettingsSnapshot:
    identity: Identity
    semesters: list[Semester]
    semesters_stored: bool  # False while the defaults stand in for an alliance calendar
    rubrics: list[RubricTemplate]
    rules: list[QuotaRule]
    data: DataFolder

    @property
    def is_lead(self) -> bool:
        return self.identity.role is not None and self.identity.role.value == "lead"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def data_folder(store: Store) -> DataFolder:
    database = store.path
    db_bytes = sum(_size(Path(f"{database}{suffix}")) for suffix in ("", "-wal"))
    attachments = store.attachments_dir
    files = attachments.rglob("*") if attachments.is_dir() else []
    return DataFolder(store.data_dir, database, db_bytes,
                      sum(_size(f) for f in files if f.is_file()))


def load(store: Store) -> SettingsSnapshot:
    stored = repository(store, Semester).where(order="start")
    return SettingsSnapshot(
        identity=setup_ops.identity(store),
        semesters=stored or setup_ops.semesters(store),
        semesters_stored=bool(stored),
        rubrics=repository(store, RubricTemplate).where(order="id"),
        rules=compliance_ops.rules(store),
        data=data_folder(store))


def _prefixed(error: ValidationError, prefix: str) -> ValidationError:
    """The same problems, their fields named as the form names them (alliance_name ...)."""
    return ValidationError([replace(p, field=f"{prefix}{p.field}") for p in error.problems])


def save_identity(store: Store, *, school_name: str, school_code: str | None = None,
                  alliance_name: str | None = None, today: date | None = None) -> Changes:
    """Rename this school (and, at the lead school, set its code and the alliance's name).

    ``None`` leaves a value as it is. Problems come back as ``school_name``,
    ``school_code`` and ``alliance_name`` fields, every one at once.
    """
    me = setup_ops.identity(store)
    if me.school is None:
        raise StoreError(errors.NOT_INITIALISED)
    school = replace(me.school, name=(school_name or "").strip())
    if school_code is not None:
        school.code = school_code.strip()
    alliance: Alliance | None = None
    if alliance_name is not None and me.alliance is not None:
        alliance = replace(me.alliance, name=alliance_name.strip())
    changes = Changes()
    problems: list[Problem] = []
    with store.transaction():
        for record, prefix in ((school, "school_"), (alliance, "alliance_")):
            if record is None:
                continue
            try:
                changes.merge(record_ops.save(store, record, today=today))
            except ValidationError as exc:
                problems.extend(_prefixed(exc, prefix).problems)
        if problems:
            raise ValidationError(problems)  # rolls back whichever half was written
    return changes


def save_rubric(store: Store, template: RubricTemplate, *, today: date | None = None) -> Changes:
    """Save a template; when its items differ from the stored ones, as a new version."""
    with store.transaction():
        stored = repository(store, RubricTemplate).get(template.uuid, include_deleted=True)
        if stored is not None:
            template.template_version = stored.template_version
            if list(stored.items) != list(template.items):
                template.template_version = stored.template_version + 1
        return record_ops.save(store, template, today=today)


__all__ = ["DataFolder", "SettingsSnapshot", "SETTINGS_KINDS", "data_folder", "load",
           "save_identity", "save_rubric"]
