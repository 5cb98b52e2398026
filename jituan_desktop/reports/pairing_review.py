"""师徒结对考核表: one mentor pairing for one semester, for the end-of-term review.

The quota lines are the pairing's results of ``mentoring_ops.pairing_quota`` (compliance
itself, narrowed to the pairing), and the sessions per kind are the 师徒结对 page's own
counts, so the form, the page and the dashboard print the same numbers. Below them: the
semester's sessions, boxes for both parties' summaries, the grade to tick, and the lines
for 师傅, 徒弟 and 校长 with the school seal.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from ..domain.enums import SessionKind
from ..domain.day_text import day_text, range_text
from ..domain.list_query import ListQuery
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.records import MentorPairing, Teacher
from ..domain.semesters import semester_label
from ..i18n import translate
from ..services import mentoring_ops, query_ops
from ..storage import lookups
from ..storage.repositories import repository
from ..storage.store import Store
from .pdf_document import Document
from .pdf_layout import (CONTENT_WIDTH, data_table, day_width, field_grid, heading,
                         signature_lines, stamp_box, text_box, tick_boxes)
from .record_parts import label_of
from .report_context import header_names, record_for, semester_for
from .report_kinds import PAIRING_REVIEW as KIND
from .report_types import ReportRequest

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
MENTOR = QT_TRANSLATE_NOOP("Reports", "Mentor")
MENTEE = QT_TRANSLATE_NOOP("Reports", "Mentee")
PERSON_AT = QT_TRANSLATE_NOOP("Reports", "{name} ({school})")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Subject")
PAIRING_KIND = QT_TRANSLATE_NOOP("Reports", "Pairing kind")
PAIRED = QT_TRANSLATE_NOOP("Reports", "Paired")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
SEMESTER = QT_TRANSLATE_NOOP("Reports", "Semester")
GOALS = QT_TRANSLATE_NOOP("Reports", "Goals")
COUNTED_TO = QT_TRANSLATE_NOOP("Reports", "Counted: {period}")
QUOTAS = QT_TRANSLATE_NOOP("Reports", "Quotas this semester")
RULE = QT_TRANSLATE_NOOP("Reports", "Quota rule")
REQUIRED = QT_TRANSLATE_NOOP("Reports", "Required")
DONE = QT_TRANSLATE_NOOP("Reports", "Done")
SHORT_BY = QT_TRANSLATE_NOOP("Reports", "Short by")
DUE = QT_TRANSLATE_NOOP("Reports", "Due")
NO_RULES = QT_TRANSLATE_NOOP("Reports", "No quota rule applies to this pairing.")
BY_KIND = QT_TRANSLATE_NOOP("Reports", "Sessions by kind")
SESSION_KIND = QT_TRANSLATE_NOOP("Reports", "Session kind")
SESSIONS = QT_TRANSLATE_NOOP("Reports", "Sessions")
IN_ALL = QT_TRANSLATE_NOOP("Reports", "In all")
SESSION_LIST = QT_TRANSLATE_NOOP("Reports", "Mentor sessions this semester")
NO = QT_TRANSLATE_NOOP("Reports", "No.")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
TOPIC = QT_TRANSLATE_NOOP("Reports", "Topic")
MINUTES = QT_TRANSLATE_NOOP("Reports", "Minutes")
NO_SESSIONS = QT_TRANSLATE_NOOP("Reports", "No mentor sessions recorded this semester yet.")
SUMMARIES = QT_TRANSLATE_NOOP("Reports", "Summaries")
MENTOR_SUMMARY = QT_TRANSLATE_NOOP("Reports", "Mentor's summary")
MENTEE_SUMMARY = QT_TRANSLATE_NOOP("Reports", "Mentee's summary")
REVIEW = QT_TRANSLATE_NOOP("Reports", "Review")
GRADE = QT_TRANSLATE_NOOP("Reports", "Grade")
EXCELLENT = QT_TRANSLATE_NOOP("Reports", "Excellent")
PASSED = QT_TRANSLATE_NOOP("Reports", "Pass")
FAILED = QT_TRANSLATE_NOOP("Reports", "Fail")
SCHOOL_OPINION = QT_TRANSLATE_NOOP("Reports", "School's opinion")
MENTOR_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Mentor's signature")
MENTEE_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Mentee's signature")
PRINCIPAL_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Principal's signature")
SIGNED_ON = QT_TRANSLATE_NOOP("Reports", "Date")
SEAL = QT_TRANSLATE_NOOP("Reports", "School seal")

MAX_SESSIONS = 500  # far above any real semester; keeps a broken import from printing forever


def _t(text: str) -> str:
    return translate("Reports", text)


def _person(store: Store, uuid: str, schools: dict[str, str]) -> tuple[str, str]:
    """(name, school uuid) of a mentor or mentee, also when they have left since."""
    t = repository(store, Teacher).get(uuid, include_deleted=True)
    if t is None:
        return "", ""
    return _t(PERSON_AT).format(name=t.name, school=schools.get(t.school, "")), t.school


def _quota_table(detail) -> list:
    if not detail.quota:
        return [text_box(_t(QUOTAS), _t(NO_RULES), lines=1)]
    rows = [[r.rule.name, r.threshold, r.count, r.short_by, label_of(r.status),
             day_text(r.due, translate)] for r in detail.quota]
    return [data_table([_t(RULE), _t(REQUIRED), _t(DONE), _t(SHORT_BY), _t(STATUS), _t(DUE)],
                       rows, [CONTENT_WIDTH - 118 * mm, 18 * mm, 18 * mm, 18 * mm, 24 * mm,
                              40 * mm], numeric=(1, 2, 3))]


def _kind_table(detail) -> object:
    rows = [[label_of(kind), detail.kind_counts.get(kind.value, 0)] for kind in SessionKind]
    return data_table([_t(SESSION_KIND), _t(SESSIONS)], rows,
                      [CONTENT_WIDTH - 30 * mm, 30 * mm], numeric=(1,),
                      footer=[_t(IN_ALL), sum(detail.kind_counts.values())])


def _session_rows(store: Store, pairing: MentorPairing, start, end) -> list[list]:
    query = ListQuery(filters={"pairing": pairing.uuid}, date_from=start, date_to=end)
    rows = query_ops.page(store, "mentor_session", query, limit=MAX_SESSIONS)
    rows.reverse()  # the list is newest first; a review reads the semester in order
    kinds = {k.value: k for k in SessionKind}
    return [[str(i), day_text(r["session_date"], translate), label_of(kinds.get(r["kind"])),
             r["topic"] or "", r["duration_minutes"] or ""] for i, r in enumerate(rows, 1)]


def build(store: Store, request: ReportRequest) -> Document:
    pairing = record_for(store, MentorPairing, request.id)
    semester = semester_for(store, request.semester, request.today)
    detail = mentoring_ops.pairing_detail(store, pairing.uuid, semester, request.today)
    schools = lookups.names(store, "school")
    mentor, _ = _person(store, pairing.mentor, schools)
    mentee, mentee_school = _person(store, pairing.mentee, schools)
    alliance, school = header_names(store, mentee_school)
    # The same window as the page's counts: the semester up to today.
    end = min(semester.end, request.today)
    period = range_text(pairing.start, pairing.planned_end, translate)
    head = field_grid([
        (_t(MENTOR), mentor), (_t(MENTEE), mentee),
        (_t(SUBJECT), pairing.subject), (_t(PAIRING_KIND), label_of(pairing.kind)),
        (_t(PAIRED), period), (_t(STATUS), label_of(pairing.status)),
        (_t(SEMESTER), semester_label(semester, translate)),
        (_t(GOALS), pairing.goals),
    ], wide=[_t(SEMESTER), _t(GOALS)])
    sessions = _session_rows(store, pairing, semester.start, end)
    story = [head, heading(_t(QUOTAS)), *_quota_table(detail),
             heading(_t(BY_KIND)), _kind_table(detail), heading(_t(SESSION_LIST))]
    if sessions:
        story.append(data_table([_t(NO), _t(DATE), _t(SESSION_KIND), _t(TOPIC), _t(MINUTES)],
                                sessions, [12 * mm, day_width(), 46 * mm,
                                           CONTENT_WIDTH - 76 * mm - day_width(), 18 * mm],
                                numeric=(4,)))
    else:
        story.append(text_box(_t(SESSION_LIST), _t(NO_SESSIONS), lines=1))
    story += [heading(_t(SUMMARIES)),
              text_box(_t(MENTOR_SUMMARY), lines=6), text_box(_t(MENTEE_SUMMARY), lines=6),
              heading(_t(REVIEW)),
              field_grid([(_t(GRADE), tick_boxes([_t(EXCELLENT), _t(PASSED), _t(FAILED)]))],
                         columns=1),
              text_box(_t(SCHOOL_OPINION), lines=3),
              signature_lines([_t(MENTOR_SIGNATURE), _t(MENTEE_SIGNATURE),
                               _t(PRINCIPAL_SIGNATURE), _t(SIGNED_ON)]),
              stamp_box(_t(SEAL))]
    subtitle = _t(COUNTED_TO).format(period=range_text(semester.start, end, translate))
    return Document(title=_t(TITLE), subtitle=subtitle, story=story, header_left=alliance,
                    header_right=school)
