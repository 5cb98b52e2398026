"""季度书面汇报: the lead school's quarterly written report to the county bureau on the
council's major decisions (000, 篇八 (二) 2.: 各集团每季度向县教育局书面汇报理事会议的重大决策
内容), made of that quarter's 理事会议 and their decisions with where each stands, the number
of the other meetings held, and the lead school's seal and date.

It reads the meetings straight from the records (storage.submission_queries), so it prints
whatever the minutes hold on the day it is made.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from ..domain.enums import Role
from ..domain.meetings import DecisionState, Meeting, MeetingKind
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.submissions import QUARTERLY_SOURCE, due_quarter, quarter_period
from ..i18n import translate
from ..storage import lookups, submission_queries
from ..storage.store import Store
from . import report_errors
from .pdf_document import Document
from .pdf_layout import (CONTENT_WIDTH, data_table, day_width, field_grid, gap, para,
                         signature_lines, stamp_box)
from .report_context import header_names
from .report_errors import ReportError
from .report_kinds import QUARTERLY_REPORT as KIND
from .report_types import ReportRequest
from .summary_parts import day, label_of, note, period_line, section, tr

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
HEADLINE = QT_TRANSLATE_NOOP("Reports", "Quarterly report on the major decisions of the "
                                        "council of {alliance}")
QUARTER = QT_TRANSLATE_NOOP("Reports", "Quarter {quarter} of {year}")
TO = QT_TRANSLATE_NOOP("Reports", "To the county education bureau:")
OPENING = QT_TRANSLATE_NOOP(
    "Reports", "As required (\"{rule}\"), we report on the council meetings of our alliance "
               "in quarter {quarter} of {year} and on the major decisions they made, as "
               "follows.")
RULE_QUOTE = QT_TRANSLATE_NOOP("Reports", "各集团每季度向县教育局书面汇报理事会议的重大决策内容")
MEETINGS = QT_TRANSLATE_NOOP("Reports", "1. Meetings held this quarter")
COUNCIL = QT_TRANSLATE_NOOP("Reports", "2. Council meetings and their major decisions")
FOLLOW_UP = QT_TRANSLATE_NOOP("Reports", "3. How the decisions are carried out")
KIND_COLUMN = QT_TRANSLATE_NOOP("Reports", "Meeting kind")
TIMES = QT_TRANSLATE_NOOP("Reports", "Times")
NO_COUNCIL = QT_TRANSLATE_NOOP("Reports", "No council meeting was held this quarter.")
MEETING_HEAD = QT_TRANSLATE_NOOP("Reports", "Council meeting {n}: {title}")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
PLACE = QT_TRANSLATE_NOOP("Reports", "Meeting place")
CHAIR = QT_TRANSLATE_NOOP("Reports", "Chair")
RECORDER = QT_TRANSLATE_NOOP("Reports", "Recorder")
PRESENT = QT_TRANSLATE_NOOP("Reports", "Attendance")
PEOPLE = QT_TRANSLATE_NOOP("Reports", "{n} people")
AGENDA = QT_TRANSLATE_NOOP("Reports", "Meeting agenda")
NO = QT_TRANSLATE_NOOP("Reports", "No.")
DECISION = QT_TRANSLATE_NOOP("Reports", "Decision made")
FOLLOWED_BY = QT_TRANSLATE_NOOP("Reports", "Followed up by")
BY_WHEN = QT_TRANSLATE_NOOP("Reports", "By when")
STATE = QT_TRANSLATE_NOOP("Reports", "State")
DONE_ON = QT_TRANSLATE_NOOP("Reports", "{state} ({date})")
OVERDUE = QT_TRANSLATE_NOOP("Reports", "{state}, overdue")
NO_DECISIONS = QT_TRANSLATE_NOOP("Reports", "No decision was recorded at this meeting.")
SUMMARY = QT_TRANSLATE_NOOP(
    "Reports", "{total} decisions in all: {done} carried out, {open} to be carried out "
               "(of which {overdue} past their date), {dropped} withdrawn.")
SOURCE = QT_TRANSLATE_NOOP("Reports", "Source of the requirement: {source}")
LEAD_SEAL = QT_TRANSLATE_NOOP("Reports", "Lead school (seal)")
SIGNED_ON = QT_TRANSLATE_NOOP("Reports", "Date")
SEAL = QT_TRANSLATE_NOOP("Reports", "Seal")
NOT_A_QUARTER = QT_TRANSLATE_NOOP("Reports", "{value} is not a quarter: give 1, 2, 3 or 4.")
NOT_BEGUN = QT_TRANSLATE_NOOP(
    "Reports", "Quarter {quarter} of {year} has not begun yet: there is nothing to report.")

KIND_ORDER = (MeetingKind.COUNCIL, MeetingKind.ALLIANCE, MeetingKind.JOINT, MeetingKind.OTHER)


def period_asked(request: ReportRequest) -> tuple[int, int]:
    """(year, quarter) asked for; the quarter that ended last when none is given."""
    year, quarter = due_quarter(request.today)
    if request.quarter is not None:
        if isinstance(request.quarter, bool) or request.quarter not in (1, 2, 3, 4):
            raise ReportError(NOT_A_QUARTER, value=request.quarter)
        quarter, year = request.quarter, request.year or request.today.year
    elif request.year:
        year = request.year
    if quarter_period(year, quarter)[0] > request.today:
        raise ReportError(NOT_BEGUN, year=year, quarter=quarter)
    return year, quarter


def lead_school(store: Store) -> str:
    """The school that reports: the alliance's lead (this school when it is not known)."""
    lead = next((s.uuid for s in lookups.schools(store) if s.role is Role.LEAD), None)
    if lead is None and not store.school_uuid:
        raise ReportError(report_errors.NOT_INITIALISED)
    return lead or store.school_uuid


def decision_rows(meeting: Meeting, teachers: dict[str, str], today: date) -> list[list[str]]:
    rows = []
    for i, d in enumerate(meeting.decisions, 1):
        state = label_of(d.state)
        if d.state is DecisionState.DONE and d.done_on:
            state = tr(DONE_ON).format(state=state, date=day(d.done_on))
        elif d.state is DecisionState.OPEN and d.due and d.due < today:
            state = tr(OVERDUE).format(state=state)
        rows.append([str(i), d.text, teachers.get(d.follow_up or "", ""), day(d.due), state])
    return rows


def meeting_block(n: int, meeting: Meeting, teachers: dict[str, str], today: date) -> list:
    head = field_grid([(tr(DATE), day(meeting.meeting_date)), (tr(PLACE), meeting.place),
                       (tr(CHAIR), teachers.get(meeting.chair or "", "")),
                       (tr(RECORDER), teachers.get(meeting.recorder or "", "")),
                       (tr(PRESENT), tr(PEOPLE).format(n=len(meeting.attendees))),
                       (tr(AGENDA), meeting.agenda)],
                      label_width=20 * mm, wide=[tr(AGENDA)])
    rows = decision_rows(meeting, teachers, today)
    widths = [12 * mm, CONTENT_WIDTH - 12 * mm - 24 * mm - day_width() - 46 * mm, 24 * mm,
              day_width(), 46 * mm]
    decisions = (data_table([tr(NO), tr(DECISION), tr(FOLLOWED_BY), tr(BY_WHEN), tr(STATE)],
                            rows, widths, numeric=(0,))
                 if rows else note(tr(NO_DECISIONS)))
    title = para(tr(MEETING_HEAD).format(n=n, title=meeting.title), "heading")
    return [KeepTogether([title, head, gap(2 * mm)]), decisions, gap(3 * mm)]


def summary_line(councils: list[Meeting], today: date) -> str:
    decisions = [d for m in councils for d in m.decisions]
    open_ = [d for d in decisions if d.state is DecisionState.OPEN]
    return tr(SUMMARY).format(
        total=len(decisions),
        done=sum(d.state is DecisionState.DONE for d in decisions), open=len(open_),
        overdue=sum(1 for d in open_ if d.due and d.due < today),
        dropped=sum(d.state is DecisionState.DROPPED for d in decisions))


def build(store: Store, request: ReportRequest) -> Document:
    year, quarter = period_asked(request)
    start, end = quarter_period(year, quarter)
    today = request.today
    school = lead_school(store)
    alliance, school_name = header_names(store, school)
    held = min(end, today)  # a quarter in progress: a meeting set for later is not held yet
    councils = submission_queries.meetings_between(store, start, held, str(MeetingKind.COUNCIL))
    counts = submission_queries.meeting_counts(store, start, held)
    teachers = lookups.names(store, "teacher")
    story = [para(tr(TO)), gap(2 * mm),
             para(tr(OPENING).format(rule=tr(RULE_QUOTE), year=year, quarter=quarter)),
             *section(tr(MEETINGS)),
             data_table([tr(KIND_COLUMN), tr(TIMES)],
                        [[label_of(k), str(counts.get(str(k), 0))] for k in KIND_ORDER],
                        [CONTENT_WIDTH - 30 * mm, 30 * mm], numeric=(1,),
                        footer=None),
             *section(tr(COUNCIL))]
    if not councils:
        story.append(para(tr(NO_COUNCIL)))
    for n, meeting in enumerate(councils, 1):
        story += meeting_block(n, meeting, teachers, today)
    story += [*section(tr(FOLLOW_UP)), para(summary_line(councils, today)), gap(3 * mm),
              note(tr(SOURCE).format(source=translate("Labels", QUARTERLY_SOURCE))),
              KeepTogether([signature_lines([tr(LEAD_SEAL), tr(SIGNED_ON)]),
                            para(f"{school_name}　{day(today)}", "cell_right"),
                            stamp_box(tr(SEAL))])]
    subtitle = period_line(tr(QUARTER).format(year=year, quarter=quarter), start, end,
                           today)  # a quarter in progress: counted to today, and says so
    return Document(title=tr(HEADLINE).format(alliance=alliance or school_name),
                    subtitle=subtitle, story=story, header_left=alliance,
                    header_right=school_name)


def file_parts(year: int, quarter: int) -> tuple[str, str]:
    return tr(TITLE), f"{year}-Q{quarter}"


__all__ = ["KIND", "build", "period_asked", "lead_school"]
