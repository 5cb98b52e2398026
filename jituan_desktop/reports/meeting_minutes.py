"""会议纪要: one meeting's minutes on A4, as a school files them.

Heading (the meeting's name under 会议纪要), the head grid — 会议类别, 时间, 地点, 主持人,
记录人, the schools, 出席人员 grouped by school, 缺席人员 — then 议题, 会议内容, the 决定事项
table with each decision's 责任人, 完成时限 and how it stands, the attachments (签到表 ...), and
the lines where the chair and the recorder sign.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from ..domain.day_text import day_text
from ..domain.meetings import DecisionState, Meeting
from ..domain.messages import QT_TRANSLATE_NOOP
from ..i18n import translate
from ..storage import lookups
from ..storage.store import Store
from .pdf_document import Document
from .pdf_layout import (CONTENT_WIDTH, data_table, day_width, field_grid, gap, heading,
                         signature_lines, text_box)
from .record_parts import attachment_lines, label_of
from .report_context import header_names, record_for
from .report_kinds import MEETING as KIND
from .report_types import ReportRequest

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
KIND_LABEL = QT_TRANSLATE_NOOP("Reports", "Meeting kind")
WHEN = QT_TRANSLATE_NOOP("Reports", "Meeting time")
PLACE = QT_TRANSLATE_NOOP("Reports", "Meeting place")
CHAIR = QT_TRANSLATE_NOOP("Reports", "Chaired by")
RECORDER = QT_TRANSLATE_NOOP("Reports", "Recorded by")
HOST = QT_TRANSLATE_NOOP("Reports", "Convened by")
SCHOOLS = QT_TRANSLATE_NOOP("Reports", "Participating schools")
PRESENT = QT_TRANSLATE_NOOP("Reports", "Those present")
ABSENT = QT_TRANSLATE_NOOP("Reports", "Absent")
PRESENT_COUNT = QT_TRANSLATE_NOOP("Reports", "{n} present")
AGENDA = QT_TRANSLATE_NOOP("Reports", "Agenda items")
DISCUSSION = QT_TRANSLATE_NOOP("Reports", "Proceedings")
DECISIONS = QT_TRANSLATE_NOOP("Reports", "Decisions")
NO = QT_TRANSLATE_NOOP("Reports", "No.")
DECISION = QT_TRANSLATE_NOOP("Reports", "Decision")
RESPONSIBLE = QT_TRANSLATE_NOOP("Reports", "Person responsible")
DEADLINE = QT_TRANSLATE_NOOP("Reports", "Deadline")
FOLLOW_UP = QT_TRANSLATE_NOOP("Reports", "How it is carried out")
DONE_ON = QT_TRANSLATE_NOOP("Reports", "{state} on {date}")
NO_DECISIONS = QT_TRANSLATE_NOOP("Reports", "No decisions were recorded.")
ATTACHMENTS = QT_TRANSLATE_NOOP("Reports", "Attachments")
CHAIR_SIGNS = QT_TRANSLATE_NOOP("Reports", "Chair (signature)")
RECORDER_SIGNS = QT_TRANSLATE_NOOP("Reports", "Recorder (signature)")
SEPARATOR = QT_TRANSLATE_NOOP("Reports", ", ")
SCHOOL_PEOPLE = QT_TRANSLATE_NOOP("Reports", "{school}: {names}")


def _t(text: str) -> str:
    return translate("Reports", text)


def _present(m: Meeting, teachers: dict[str, str], school_of: dict[str, str],
             schools: dict[str, str]) -> str:
    """出席人员 school by school, the host's first, as a clerk lists them on the minutes."""
    order = m.all_schools
    groups: dict[str, list[str]] = {}
    for uuid in m.attendees:
        groups.setdefault(school_of.get(uuid, ""), []).append(teachers.get(uuid, ""))
    ranked = sorted(groups, key=lambda s: order.index(s) if s in order else len(order))
    lines = [_t(SCHOOL_PEOPLE).format(school=schools.get(s, "") or "—",
                                      names="、".join(n for n in groups[s] if n))
             for s in ranked]
    lines.append(_t(PRESENT_COUNT).format(n=len(m.attendees)))
    return "\n".join(lines)


def _stands(state: DecisionState, done_on) -> str:
    if state is DecisionState.DONE and done_on is not None:
        return _t(DONE_ON).format(state=label_of(state), date=day_text(done_on, translate))
    return label_of(state)


def build(store: Store, request: ReportRequest) -> Document:
    m = record_for(store, Meeting, request.id)
    teachers = lookups.names(store, "teacher")
    schools = lookups.names(store, "school")
    school_of = {t.uuid: t.school for t in lookups.teachers(store)}
    alliance, host = header_names(store, m.host_school)
    time = "–".join(t for t in (m.start_time, m.end_time) if t)
    when = " ".join(part for part in (day_text(m.meeting_date, translate), time) if part)
    others = [schools.get(s, s) for s in m.schools if s != m.host_school]
    head = field_grid([
        (_t(KIND_LABEL), label_of(m.kind)),
        (_t(WHEN), when),
        (_t(PLACE), m.place),
        (_t(HOST), schools.get(m.host_school, "")),
        (_t(CHAIR), teachers.get(m.chair or "", "")),
        (_t(RECORDER), teachers.get(m.recorder or "", "")),
        (_t(SCHOOLS), _t(SEPARATOR).join(others)),
        (_t(PRESENT), _present(m, teachers, school_of, schools)),
        (_t(ABSENT), m.absent),
    ], label_width=24 * mm, wide=[_t(SCHOOLS), _t(PRESENT), _t(ABSENT)])
    rows = [[str(i), d.text, teachers.get(d.follow_up or "", ""),
             day_text(d.due, translate) if d.due else "", _stands(d.state, d.done_on)]
            for i, d in enumerate(m.decisions, 1)]
    status_width = day_width() + 13 * mm  # 2026年10月21日已落实 on one line
    story = [head,
             text_box(_t(AGENDA), m.agenda, lines=2, label_width=24 * mm),
             text_box(_t(DISCUSSION), m.discussion, lines=8, label_width=24 * mm),
             heading(_t(DECISIONS))]
    if rows:
        story.append(data_table(
            [_t(NO), _t(DECISION), _t(RESPONSIBLE), _t(DEADLINE), _t(FOLLOW_UP)], rows,
            [12 * mm, CONTENT_WIDTH - 12 * mm - 22 * mm - day_width() - status_width, 22 * mm,
             day_width(), status_width]))
    else:
        story.append(text_box(_t(DECISIONS), _t(NO_DECISIONS), lines=1, label_width=24 * mm))
    story += [gap(3 * mm), text_box(_t(ATTACHMENTS), attachment_lines(m.attachments), lines=1,
                       label_width=24 * mm),
              signature_lines([_t(CHAIR_SIGNS), _t(RECORDER_SIGNS)])]
    return Document(title=_t(TITLE), subtitle=m.title, story=story, header_left=alliance,
                    header_right=host)
