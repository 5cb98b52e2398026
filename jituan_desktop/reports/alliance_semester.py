"""联盟学期汇总: the lead school's view of a semester — every school side by side, who is
behind (per rule, per head), and the bundles received from each school and when.

One alliance-wide compliance run and a handful of grouped queries (report_figures), never
one query per school or teacher: 20 schools and 1,200 teachers stay well inside 5 s.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.enums import Scope
from ..services import report_figures
from ..services.dashboard_ops import STALE_DAYS
from ..services.report_figures import AllianceSemester
from ..storage.store import Store
from .pdf_layout import CONTENT_WIDTH, data_table, day_width, gap, para
from .report_context import semester_for
from .report_kinds import ALLIANCE_SEMESTER as KIND
from .report_types import ReportRequest
from .summary_parts import (day, document, local_time, note, rule_table, section,
                            semester_line, signing_block, tr)

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
NOTHING = QT_TRANSLATE_NOOP("Reports", "No school of the alliance has recorded anything in "
                                       "this semester yet.")
SIDE_BY_SIDE = QT_TRANSLATE_NOOP("Reports", "1. Schools side by side")
BEHIND = QT_TRANSLATE_NOOP("Reports", "2. Who is behind")
PER_RULE = QT_TRANSLATE_NOOP("Reports", "3. People and pairings behind, per quota rule")
ALLIANCE_RULES = QT_TRANSLATE_NOOP("Reports", "4. Quota rules across the alliance")
BUNDLES = QT_TRANSLATE_NOOP("Reports", "5. Records received from each school")
SCHOOL = QT_TRANSLATE_NOOP("Reports", "School")
ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "Activities")
OBSERVATIONS = QT_TRANSLATE_NOOP("Reports", "Observations")
PAIRINGS = QT_TRANSLATE_NOOP("Reports", "Active pairings")
SESSIONS = QT_TRANSLATE_NOOP("Reports", "Mentor sessions")
PEOPLE_BEHIND = QT_TRANSLATE_NOOP("Reports", "Behind / under rules")
LAST_RECORD = QT_TRANSLATE_NOOP("Reports", "Latest record")
SUM = QT_TRANSLATE_NOOP("Reports", "Sum")
SHARED_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "An activity, lesson or pairing that concerns several schools is counted at "
               "each of them, so those columns are not added up.")
NONE_BEHIND = QT_TRANSLATE_NOOP("Reports", "No school is falling behind.")
STALE = QT_TRANSLATE_NOOP("Reports", "nothing recorded for {days} days")
NEVER = QT_TRANSLATE_NOOP("Reports", "nothing recorded this semester")
MANY = QT_TRANSLATE_NOOP("Reports", "{behind} of {subjects} people and pairings behind")
BEHIND_LINE = QT_TRANSLATE_NOOP("Reports", "{school}: {reasons}")
REASON_SEPARATOR = QT_TRANSLATE_NOOP("Reports", "; ")
BEHIND_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "A school is falling behind when nothing was recorded for more than {days} "
               "days, or when at least half of its people and pairings under quota rules are "
               "behind or have missed one.")
RULE_NO = QT_TRANSLATE_NOOP("Reports", "Rule {n}")
RULE_LEGEND = QT_TRANSLATE_NOOP("Reports", "Rule {n}: {name}")
CELL_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Each cell: people or pairings behind or past the due date without meeting "
               "the rule / all those the rule applies to at the school.")
NO_PEOPLE_RULES = QT_TRANSLATE_NOOP("Reports", "No quota rules about people or pairings.")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Bundles received")
REFUSED = QT_TRANSLATE_NOOP("Reports", "Refused")
LAST_RECEIVED = QT_TRANSLATE_NOOP("Reports", "Last received")
NOT_RECEIVED = QT_TRANSLATE_NOOP("Reports", "Not received")
THIS_SCHOOL = QT_TRANSLATE_NOOP("Reports", "This school")
BUNDLE_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Member bundles imported on this computer (同步 page); times are local. A "
               "school whose bundles have not arrived is missing from the counts above.")


def build(store: Store, request: ReportRequest):
    semester = semester_for(store, request.semester, request.today)
    figures = report_figures.alliance_semester(store, semester, request.today)
    subtitle = semester_line(semester, request.today)
    story = [*section(tr(SIDE_BY_SIDE)), schools_table(figures),
             *section(tr(BEHIND)), *behind_part(figures),
             *section(tr(PER_RULE)), *per_rule_part(figures),
             *section(tr(ALLIANCE_RULES)),
             rule_table([p for p in figures.rules
                         if p.rule.scope in (Scope.SCHOOL, Scope.ALLIANCE)]),
             *section(tr(BUNDLES)), bundles_table(store, figures), gap(2 * mm),
             note(tr(BUNDLE_NOTE)), *signing_block()]
    lead = figures.alliance.lead_school if figures.alliance else store.school_uuid
    return document(store, lead, tr(TITLE), subtitle, story, figures.empty, tr(NOTHING))


def _school_width(columns: int, width: float) -> float:
    return CONTENT_WIDTH - columns * width


def schools_table(figures: AllianceSemester):
    header = [tr(SCHOOL), tr(ACTIVITIES), tr(OBSERVATIONS), tr(PAIRINGS), tr(SESSIONS),
              tr(PEOPLE_BEHIND), tr(LAST_RECORD)]
    rows = [[row.name, str(row.tally.activities), str(row.tally.observations),
             str(row.tally.pairings), str(row.tally.sessions), f"{row.behind} / {row.subjects}",
             day(row.tally.last_record)]
            for row in figures.schools]
    # An activity or a lesson of two schools counts at each, and a cross-school pairing at
    # both, so those columns have no sum; sessions and people belong to one school.
    footer = [tr(SUM), "", "", "", str(sum(r.tally.sessions for r in figures.schools)),
              f"{sum(r.behind for r in figures.schools)} / "
              f"{sum(r.subjects for r in figures.schools)}", ""]
    widths = [0, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 24 * mm, day_width()]
    widths[0] = CONTENT_WIDTH - sum(widths)
    return KeepTogether([data_table(header, rows, widths, numeric=range(1, 6),
                                    footer=footer), gap(2 * mm), note(tr(SHARED_NOTE))])


def behind_part(figures: AllianceSemester) -> list:
    lines = []
    for row in figures.falling_behind:
        reasons = []
        if row.days_quiet is None:
            reasons.append(tr(NEVER))
        elif row.stale:
            reasons.append(tr(STALE).format(days=row.days_quiet))
        if row.many_behind:
            reasons.append(tr(MANY).format(behind=row.behind, subjects=row.subjects))
        lines.append(para(tr(BEHIND_LINE).format(
            school=row.name, reasons=tr(REASON_SEPARATOR).join(reasons))))
    if not lines:
        lines.append(para(tr(NONE_BEHIND)))
    return lines + [gap(2 * mm), note(tr(BEHIND_NOTE).format(days=STALE_DAYS))]


def per_rule_part(figures: AllianceSemester) -> list:
    rules = figures.people_rules
    if not rules:
        return [note(tr(NO_PEOPLE_RULES))]
    column = min(22 * mm, (CONTENT_WIDTH - 40 * mm) / len(rules))
    header = [tr(SCHOOL)] + [tr(RULE_NO).format(n=i) for i in range(1, len(rules) + 1)]
    rows = []
    for row in figures.schools:
        mine = figures.behind.get(row.uuid, {})
        cells = []
        for progress in rules:
            behind, subjects = mine.get(progress.rule.uuid, (0, 0))
            cells.append(f"{behind} / {subjects}" if subjects else "—")
        rows.append([row.name, *cells])
    legend = [note(tr(RULE_LEGEND).format(n=i, name=p.rule.name))
              for i, p in enumerate(rules, start=1)]
    return [data_table(header, rows, [_school_width(len(rules), column)] + [column] * len(rules),
                       numeric=range(1, len(rules) + 1)),
            gap(2 * mm), note(tr(CELL_NOTE)), *legend]


def bundles_table(store: Store, figures: AllianceSemester):
    header = [tr(SCHOOL), tr(RECEIVED), tr(REFUSED), tr(LAST_RECEIVED)]
    lead = figures.alliance.lead_school if figures.alliance else store.school_uuid
    rows = []
    for row in figures.schools:
        got = figures.bundles.get(row.uuid, report_figures.Bundles())
        if row.uuid == lead:
            last = tr(THIS_SCHOOL)
        else:
            last = local_time(got.last_accepted) or tr(NOT_RECEIVED)
        rows.append([row.name, str(got.accepted), str(got.refused), last])
    widths = [0, 26 * mm, 20 * mm, 40 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    return data_table(header, rows, widths, numeric=(1, 2))


__all__ = ["KIND", "build"]
