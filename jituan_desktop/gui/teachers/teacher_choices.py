"""The common values a teacher's record takes, and how the roster shows them.

Subjects, grades, titles and backbone titles are stored as the Chinese words of the school's
own paperwork (they travel to the other schools and print on their forms), so the values
here are data, not interface text; only the backbone titles get a label in the user's
language, because the editor shows them as check boxes.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from ...domain.messages import QT_TRANSLATE_NOOP
from ...domain.teacher_vocabulary import GRADES, SUBJECTS, TITLES  # noqa: F401 - the editor's

CONTEXT = "TeacherChoices"

# (stored value, label) of the backbone titles a county awards.
BACKBONE = (
    ("骨干教师", QT_TRANSLATE_NOOP("TeacherChoices", "Backbone teacher")),
    ("学科带头人", QT_TRANSLATE_NOOP("TeacherChoices", "Subject leader")),
    ("名师", QT_TRANSLATE_NOOP("TeacherChoices", "Master teacher")),
)
ACTIVE = QT_TRANSLATE_NOOP("TeacherChoices", "Active")
INACTIVE = QT_TRANSLATE_NOOP("TeacherChoices", "Left")


def backbone_label(value: str) -> str:
    """The label of a stored backbone title; a title we do not know is shown as stored."""
    for stored, label in BACKBONE:
        if stored == value:
            return QCoreApplication.translate(CONTEXT, label)
    return value


def status_text(active) -> str:
    return QCoreApplication.translate(CONTEXT, ACTIVE if active else INACTIVE)


def stored_list(value) -> list[str]:
    """A list column of a roster row (JSON text in the table) as a list."""
    if isinstance(value, list):
        return value
    try:
        values = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in values] if isinstance(values, list) else []


def joined(values) -> str:
    return "、".join(stored_list(values))
