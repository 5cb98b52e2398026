"""联盟活动登记表: one alliance activity on A4, as the registration form schools file.

Head grid (type, title, date and time, place, mode, host and participating schools, 人次),
the fields particular to its type (集体备课: 主备人 ...; 支教/轮岗: sending and receiving
school ...), participants with their roles, agenda, notes, outcomes, the lessons observed
during it, attachments, and the lines for the person in charge and the school seal.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm

from ..domain.day_text import day_text
from ..domain.list_query import ListQuery
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.records import Activity
from ..i18n import translate
from ..services import query_ops
from ..storage import lookups
from ..storage.store import Store
from .pdf_document import Document
from .pdf_layout import (CONTENT_WIDTH, data_table, day_width, field_grid, heading,
                         signature_lines, stamp_box, text_box)
from .record_parts import attachment_lines, label_of
from .report_context import header_names, record_for
from .report_kinds import ACTIVITY as KIND
from .report_types import ReportRequest

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
TYPE = QT_TRANSLATE_NOOP("Reports", "Activity type")
ACTIVITY_TITLE = QT_TRANSLATE_NOOP("Reports", "Activity title")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
TIME = QT_TRANSLATE_NOOP("Reports", "Time")
PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
MODE = QT_TRANSLATE_NOOP("Reports", "Mode")
HOST = QT_TRANSLATE_NOOP("Reports", "Host school")
SCHOOLS = QT_TRANSLATE_NOOP("Reports", "Participating schools")
TEACHERS_REACHED = QT_TRANSLATE_NOOP("Reports", "Teachers reached (person-times)")
STUDENTS_REACHED = QT_TRANSLATE_NOOP("Reports", "Students reached (person-times)")
PARTICIPANTS = QT_TRANSLATE_NOOP("Reports", "Participants")
NO = QT_TRANSLATE_NOOP("Reports", "No.")
NAME = QT_TRANSLATE_NOOP("Reports", "Name")
SCHOOL = QT_TRANSLATE_NOOP("Reports", "School")
ROLE = QT_TRANSLATE_NOOP("Reports", "Role")
AGENDA = QT_TRANSLATE_NOOP("Reports", "Agenda")
CONTENT = QT_TRANSLATE_NOOP("Reports", "How the activity went")
NOTES = QT_TRANSLATE_NOOP("Reports", "Record of the activity")
OUTCOMES = QT_TRANSLATE_NOOP("Reports", "Outcomes")
ATTACHMENTS = QT_TRANSLATE_NOOP("Reports", "Attachments")
OBSERVED = QT_TRANSLATE_NOOP("Reports", "Lessons observed during the activity")
TAUGHT_BY = QT_TRANSLATE_NOOP("Reports", "Taught by")
TOPIC = QT_TRANSLATE_NOOP("Reports", "Topic")
OBSERVER = QT_TRANSLATE_NOOP("Reports", "Observer")
IN_CHARGE = QT_TRANSLATE_NOOP("Reports", "Signature of the person in charge")
SIGNED_ON = QT_TRANSLATE_NOOP("Reports", "Date")
SEAL = QT_TRANSLATE_NOOP("Reports", "School seal")
SEPARATOR = QT_TRANSLATE_NOOP("Reports", ", ")

# The type-specific fields (Activity.extra), in the order the activity editor shows them.
EXTRA_LABELS = {
    "lead_preparer": QT_TRANSLATE_NOOP("Reports", "Lead preparer"),
    "unit": QT_TRANSLATE_NOOP("Reports", "Unit / topic"),
    "key_points": QT_TRANSLATE_NOOP("Reports", "Discussion points"),
    "sending_school": QT_TRANSLATE_NOOP("Reports", "Sending school"),
    "receiving_school": QT_TRANSLATE_NOOP("Reports", "Receiving school"),
    "subject": QT_TRANSLATE_NOOP("Reports", "Subject"),
    "dates": QT_TRANSLATE_NOOP("Reports", "From – to"),
}
LONG_EXTRAS = ("unit", "key_points", "dates")

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_OBSERVATIONS = 200  # a 示范课 with every observer of the alliance still fits a few pages


def _t(text: str) -> str:
    return translate("Reports", text)


def _extra_fields(a: Activity) -> list[tuple[str, str]]:
    known = [(_t(label), _days_in(a.extra[key]) if key == "dates" else a.extra[key])
             for key, label in EXTRA_LABELS.items() if a.extra.get(key)]
    return known + [(key, value) for key, value in a.extra.items()
                    if key not in EXTRA_LABELS and value]


def _days_in(text: str) -> str:
    """支教 dates are kept as 2026-09-01至2027-01-20; printed as people write them."""
    return ISO_DAY.sub(lambda match: day_text(match[0], translate), text)


def _observations(store: Store, a: Activity, teachers: dict[str, str]) -> list[list[str]]:
    rows = query_ops.page(store, "observation", ListQuery(filters={"activity": a.uuid}),
                          limit=MAX_OBSERVATIONS)
    rows.sort(key=lambda r: (r["lesson_date"], r.get("period_no") or 0, r["id"]))
    return [[str(i), day_text(r["lesson_date"], translate), teachers.get(r["teacher"], ""),
             r["topic"] or "", teachers.get(r["observer"], "")] for i, r in enumerate(rows, 1)]


def build(store: Store, request: ReportRequest) -> Document:
    a = record_for(store, Activity, request.id)
    teachers = lookups.names(store, "teacher")
    schools = lookups.names(store, "school")
    school_of = {t.uuid: t.school for t in lookups.teachers(store)}
    alliance, host = header_names(store, a.host_school)
    time = "–".join(t for t in (a.start_time, a.end_time) if t)
    others = [schools.get(s, s) for s in a.schools if s != a.host_school]
    head = field_grid([
        (_t(TYPE), label_of(a.type)),
        (_t(DATE), day_text(a.activity_date, translate)),
        (_t(ACTIVITY_TITLE), a.title),
        (_t(TIME), time),
        (_t(MODE), label_of(a.mode)),
        (_t(PLACE), a.place),
        (_t(HOST), schools.get(a.host_school, "")),
        (_t(SCHOOLS), _t(SEPARATOR).join(others)),
        (_t(TEACHERS_REACHED), str(a.teachers_reached)),
        (_t(STUDENTS_REACHED), str(a.students_reached)),
        *_extra_fields(a),
    ], label_width=30 * mm,
        wide=[_t(ACTIVITY_TITLE), _t(PLACE), _t(HOST), _t(SCHOOLS)] +
        [_t(EXTRA_LABELS[k]) for k in LONG_EXTRAS])
    people = [[str(i), teachers.get(p.teacher, ""), schools.get(school_of.get(p.teacher), ""),
               label_of(p.role)] for i, p in enumerate(a.participants, 1)]
    story = [head, heading(_t(PARTICIPANTS)),
             data_table([_t(NO), _t(NAME), _t(SCHOOL), _t(ROLE)], people or [["", "", "", ""]],
                        [14 * mm, 40 * mm, CONTENT_WIDTH - 94 * mm, 40 * mm]),
             heading(_t(CONTENT)),
             text_box(_t(AGENDA), a.agenda), text_box(_t(NOTES), a.notes, lines=5),
             text_box(_t(OUTCOMES), a.outcomes, lines=4)]
    observed = _observations(store, a, teachers)
    if observed:
        story += [heading(_t(OBSERVED)),
                  data_table([_t(NO), _t(DATE), _t(TAUGHT_BY), _t(TOPIC), _t(OBSERVER)],
                             observed, [14 * mm, day_width(), 28 * mm,
                                        CONTENT_WIDTH - 70 * mm - day_width(), 28 * mm])]
    story += [text_box(_t(ATTACHMENTS), attachment_lines(a.attachments), lines=1),
              signature_lines([_t(IN_CHARGE), _t(SIGNED_ON)]), stamp_box(_t(SEAL))]
    return Document(title=_t(TITLE), story=story, header_left=alliance, header_right=host)
