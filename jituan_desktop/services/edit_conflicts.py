"""A record changed between opening its form and saving it (issue 14).

Every record carries the version it is (``version`` and ``origin_installation``, the pair
that names a node of the version graph, storage/version_graph.py). A form that opened version
V collects a record still carrying V; when the store holds another version at save time,
another window, a ``jituan`` command or an imported bundle changed it meanwhile, and saving
would silently throw that change away. ``record_ops.save`` refuses it with
:class:`RecordChanged`, which carries the stored version, so the form can show what differs
(:func:`differences`) and let the user save over it. Saving over it is then an ordinary
save based on the stored version: the version graph keeps the other one as the version this
one replaced (it is history, not a sync conflict: nothing diverged, the user chose).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Callable

from ..domain.day_text import day_text
from ..domain.messages import QT_TRANSLATE_NOOP, Refusal, Text
from ..domain.records import (Activity, Attachment, LessonObservation, MentorPairing,
                              Record, RubricTemplate, School, Teacher)
from ..domain.validation import label
from ..storage.repositories import repository
from ..storage.store import Store

Translate = Callable[[str, str], str]
CONTEXT = "Editing"

CHANGED = QT_TRANSLATE_NOOP(
    "Editing", "This record was changed after you opened it ({when}, {where}).")
HERE = QT_TRANSLATE_NOOP(
    "Editing", "on this computer: in another window or by a jituan command")
ELSEWHERE = QT_TRANSLATE_NOOP(
    "Editing", "on another computer of this school, received in a sync bundle")
UNKNOWN_TIME = QT_TRANSLATE_NOOP("Editing", "time unknown")
YES = QT_TRANSLATE_NOOP("Editing", "yes")
NO = QT_TRANSLATE_NOOP("Editing", "no")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Editing", ", ")

# The sync metadata: every save changes it, so it is never a difference people made.
METADATA = frozenset(f.name for f in dataclasses.fields(Record))
# Fields of a record's parts that name a teacher (an activity's participant, a decision's
# follow-up): shown by name.
TEACHER_PARTS = frozenset({"teacher", "follow_up", "mentor", "mentee", "observer", "chair",
                           "recorder", "attendees", "sent_by"})
# Ids no one reads: a part's own id (a decision's, a plan item's).
HIDDEN_PARTS = frozenset({"id", "sha256", "media_type", "size"})


def same_version(a: Record, b: Record) -> bool:
    return (a.version, a.origin_installation) == (b.version, b.origin_installation)


class RecordChanged(Refusal):
    """The stored record is no longer the version the form opened; ``current`` is the one
    stored now (the save wrote nothing)."""

    context = CONTEXT

    def __init__(self, current: Record, *, here: bool):
        self.current, self.here = current, here
        when = _moment(current.updated_at) or Text(CONTEXT, UNKNOWN_TIME)
        super().__init__(CHANGED, when=when, where=Text(CONTEXT, HERE if here else ELSEWHERE))


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def check_unchanged(store: Store, record: Record, existing: Record | None) -> None:
    """Refuse saving ``record`` over a stored version other than the one it was read as.
    A record that carries no version (built anew by a caller for a known id) has nothing
    to compare and is not refused."""
    if existing is None or record.version == 0 or same_version(record, existing):
        return
    raise RecordChanged(existing, here=existing.origin_installation == store.installation_id)


def rebased(record: Record, current: Record) -> Record:
    """``record`` as an edit of ``current``: saving it writes the form over the stored
    version (which the version graph keeps as the one replaced)."""
    return dataclasses.replace(record, version=current.version,
                               origin_installation=current.origin_installation)


# -- what differs, field by field ------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Difference:
    field: str
    label: str  # the field's label, translated
    stored: str  # what the store holds now
    form: str  # what the form holds


def differences(store: Store, stored: Record, form: Record,
                translate: Translate) -> list[Difference]:
    """The fields whose values differ between the stored version and the form's record, as
    people read them (names for references, dates as written, labels for codes)."""
    shown = _Shown(store, translate)
    found = []
    for f in dataclasses.fields(form):
        if f.name in METADATA:
            continue
        before, after = getattr(stored, f.name, None), getattr(form, f.name, None)
        if before == after:
            continue
        found.append(Difference(
            f.name, translate("Fields", label(f.name, form)),
            shown.value(f.name, before), shown.value(f.name, after)))
    return found


# What a reference field of each record type points at.
_REFERENCE_FIELDS: dict[str, type] = {
    "school": School, "host_school": School, "schools": School,
    "observer": Teacher, "teacher": Teacher, "mentor": Teacher, "mentee": Teacher,
    "chair": Teacher, "recorder": Teacher, "attendees": Teacher, "sent_by": Teacher,
    "follow_up": Teacher, "pairing": MentorPairing, "activity": Activity,
    "observation": LessonObservation, "rubric": RubricTemplate,
}


class _Shown:
    """Values written for people, names looked up once each."""

    def __init__(self, store: Store, translate: Translate):
        self.store, self.translate, self.names = store, translate, {}

    def value(self, field: str, value) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return ""
        target = _REFERENCE_FIELDS.get(field)
        if target is not None:
            if isinstance(value, str):
                return self.name(target, value)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return self.joined(self.name(target, v) for v in value)
        if isinstance(value, list):
            parts = [self.part(v) for v in value]
            if value and dataclasses.is_dataclass(value[0]) and \
                    not isinstance(value[0], Attachment):
                return "\n".join(parts)
            return self.joined(parts)
        if isinstance(value, dict):
            return "\n".join(f"{k}: {self.plain(v)}" for k, v in value.items())
        return self.plain(value)

    def part(self, item) -> str:
        """One element of a list: an attachment by its file name, a part (a note, a
        participant, a decision) by its values."""
        if isinstance(item, Attachment):
            return item.name
        if not dataclasses.is_dataclass(item):
            return self.plain(item)
        values = []
        for f in dataclasses.fields(item):
            if f.name in HIDDEN_PARTS:
                continue
            v = getattr(item, f.name)
            if v is None or v == "" or v == []:
                continue
            values.append(self.name(Teacher, v) if f.name in TEACHER_PARTS and
                          isinstance(v, str) else self.plain(v))
        return " / ".join(values)

    def plain(self, value) -> str:
        if isinstance(value, bool):
            return self.translate(CONTEXT, YES if value else NO)
        if isinstance(value, Enum) and hasattr(value, "label"):
            return self.translate("Labels", value.label)
        if isinstance(value, date) and not isinstance(value, datetime):
            return day_text(value, self.translate)
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    def joined(self, parts) -> str:
        return self.translate(CONTEXT, LIST_SEPARATOR).join(p for p in parts if p)

    def name(self, cls: type, uuid: str) -> str:
        key = (cls, uuid)
        if key not in self.names:
            found = repository(self.store, cls).get(uuid, include_deleted=True)
            self.names[key] = _record_name(self.store, found) if found is not None else uuid
        return self.names[key]


def _record_name(store: Store, record: Record) -> str:
    if isinstance(record, MentorPairing):
        mentor = repository(store, Teacher).get(record.mentor, include_deleted=True)
        mentee = repository(store, Teacher).get(record.mentee, include_deleted=True)
        return "—".join(t.name if t else "?" for t in (mentor, mentee))
    for attribute in ("name", "title", "topic"):
        value = getattr(record, attribute, None)
        if value:
            return str(value)
    return record.uuid


__all__ = ["RecordChanged", "Difference", "differences", "check_unchanged", "rebased",
           "same_version"]
