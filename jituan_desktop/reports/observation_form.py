"""听课记录表: one lesson observation on A4, in the shape of the paper 听课本 page.

Head grid (学校, 授课人, 学科 ... 开课形式), the 听课过程 rows (time / stage / process /
comment), the rubric with each item's maximum and score, total and grade band (computed by
domain.rubric, as everywhere), the four comments, attachments, and the observer's signature.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from ..domain.day_text import day_text
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.records import LessonObservation, RubricTemplate
from ..i18n import translate
from ..storage import lookups
from ..storage.repositories import repository
from ..storage.store import Store
from .pdf_document import Document
from .pdf_layout import (CONTENT_WIDTH, data_table, field_grid, heading, number,
                         signature_lines, text_box)
from .record_parts import attachment_lines, label_of
from .report_context import header_names, record_for
from .report_kinds import OBSERVATION as KIND
from .report_types import ReportRequest

C = "Reports"
TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
SCHOOL = QT_TRANSLATE_NOOP("Reports", "School")
TAUGHT_BY = QT_TRANSLATE_NOOP("Reports", "Taught by")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Subject")
GRADE_CLASS = QT_TRANSLATE_NOOP("Reports", "Grade and class")
TOPIC = QT_TRANSLATE_NOOP("Reports", "Topic")
LESSON_TYPE = QT_TRANSLATE_NOOP("Reports", "Lesson type")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period")
PERIOD_NO = QT_TRANSLATE_NOOP("Reports", "Period {n}")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
OBSERVER = QT_TRANSLATE_NOOP("Reports", "Observer")
OCCASION = QT_TRANSLATE_NOOP("Reports", "Occasion")
PROCESS = QT_TRANSLATE_NOOP("Reports", "Lesson process")
TIME = QT_TRANSLATE_NOOP("Reports", "Time")
STAGE = QT_TRANSLATE_NOOP("Reports", "Stage")
WHAT_HAPPENED = QT_TRANSLATE_NOOP("Reports", "Teaching process")
COMMENT = QT_TRANSLATE_NOOP("Reports", "Comment")
COMMENTS = QT_TRANSLATE_NOOP("Reports", "Comments")
EVALUATION = QT_TRANSLATE_NOOP("Reports", "Evaluation")
ITEM = QT_TRANSLATE_NOOP("Reports", "Item")
MAXIMUM = QT_TRANSLATE_NOOP("Reports", "Maximum")
SCORE = QT_TRANSLATE_NOOP("Reports", "Score")
BONUS = QT_TRANSLATE_NOOP("Reports", "{item} (bonus)")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
GRADE = QT_TRANSLATE_NOOP("Reports", "Grade")
NOT_SCORED = QT_TRANSLATE_NOOP("Reports", "Not scored")
STRENGTHS = QT_TRANSLATE_NOOP("Reports", "Strengths")
WEAKNESSES = QT_TRANSLATE_NOOP("Reports", "Weaknesses")
SUGGESTIONS = QT_TRANSLATE_NOOP("Reports", "Suggestions")
REFLECTION = QT_TRANSLATE_NOOP("Reports", "Teacher's reflection")
ATTACHMENTS = QT_TRANSLATE_NOOP("Reports", "Attachments")
OBSERVER_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Observer's signature")
SIGNED_ON = QT_TRANSLATE_NOOP("Reports", "Date")

BLANK_PROCESS_ROWS = 8  # a record without notes still gives room to write by hand


def _t(text: str) -> str:
    return translate(C, text)


def _rubric_rows(o: LessonObservation, rubric: RubricTemplate | None):
    """(item, maximum, score) rows in the template's order; items scored on another version
    of the template come after, without a maximum we could vouch for."""
    items = list(rubric.items) if rubric is not None else []
    rows = []
    for item in items:
        name = _t(BONUS).format(item=item.name) if item.bonus else item.name
        rows.append([name, number(item.max_score), number(o.scores.get(item.name))])
    known = {i.name for i in items}
    rows += [[name, "", number(score)] for name, score in o.scores.items() if name not in known]
    max_total = rubric.max_total if rubric is not None else None
    return rows, max_total


def build(store: Store, request: ReportRequest) -> Document:
    o = record_for(store, LessonObservation, request.id)
    teachers = lookups.names(store, "teacher")
    schools = lookups.names(store, "school")
    alliance, school = header_names(store, o.school)
    head = field_grid([
        (_t(SCHOOL), schools.get(o.school, "")),
        (_t(DATE), day_text(o.lesson_date, translate)),
        (_t(TAUGHT_BY), teachers.get(o.teacher, "")),
        (_t(OBSERVER), teachers.get(o.observer, "")),
        (_t(SUBJECT), o.subject),
        (_t(GRADE_CLASS), o.grade_class),
        (_t(TOPIC), o.topic),
        (_t(LESSON_TYPE), label_of(o.lesson_type)),
        (_t(PERIOD), _t(PERIOD_NO).format(n=o.period_no) if o.period_no else ""),
        (_t(OCCASION), label_of(o.occasion)),
    ], wide=[_t(TOPIC)])
    notes = [[n.time, n.stage, n.process, n.comment] for n in o.notes] or \
        [["", "", "", ""] for _ in range(BLANK_PROCESS_ROWS)]
    process = data_table([_t(TIME), _t(STAGE), _t(WHAT_HAPPENED), _t(COMMENT)], notes,
                         [16 * mm, 22 * mm, CONTENT_WIDTH - 88 * mm, 50 * mm])
    rubric = (repository(store, RubricTemplate).get(o.rubric, include_deleted=True)
              if o.rubric else None)
    rows, max_total = _rubric_rows(o, rubric)
    band = o.band
    footer_rows = [[_t(TOTAL), number(max_total), number(o.total) if o.scores else _t(NOT_SCORED)],
                   [_t(GRADE), "", label_of(band) if band else ""]]
    scores = data_table([_t(ITEM), _t(MAXIMUM), _t(SCORE)], rows + footer_rows[:1],
                        [CONTENT_WIDTH - 60 * mm, 30 * mm, 30 * mm], numeric=(1, 2),
                        footer=footer_rows[1])
    story = [head, heading(_t(PROCESS)), process, heading(_t(EVALUATION)), scores,
             heading(_t(COMMENTS)),
             text_box(_t(STRENGTHS), o.strengths), text_box(_t(WEAKNESSES), o.weaknesses),
             text_box(_t(SUGGESTIONS), o.suggestions), text_box(_t(REFLECTION), o.reflection),
             text_box(_t(ATTACHMENTS), attachment_lines(o.attachments), lines=1),
             signature_lines([_t(OBSERVER_SIGNATURE), _t(SIGNED_ON)])]
    return Document(title=_t(TITLE), story=story, header_left=alliance, header_right=school)
