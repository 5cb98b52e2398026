"""听课节数统计表: every teacher of a school against the observation quota of their position,
those short first, with totals — the numbers of ``compliance_ops`` (via report_figures)."""

from __future__ import annotations

from reportlab.lib.units import mm

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.quota_standing import count_standings, counts_line, meanings_line
from ..i18n import translate
from ..services import report_figures
from ..storage.store import Store
from .pdf_layout import CONTENT_WIDTH, data_table, field_grid, gap
from .report_kinds import OBSERVATION_COUNTS as KIND
from .report_types import ReportRequest
from .summary_parts import (document, label_of, note, section,
                            semester_and_school, semester_line, signing_block, tr)

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
NOTHING = QT_TRANSLATE_NOOP("Reports", "No lesson observations have been recorded for this "
                                       "school in this semester yet.")
NO = QT_TRANSLATE_NOOP("Reports", "No.")
NAME = QT_TRANSLATE_NOOP("Reports", "Teacher's name")
POSITION = QT_TRANSLATE_NOOP("Reports", "Position")
OBSERVED = QT_TRANSLATE_NOOP("Reports", "Lessons observed")
QUOTA = QT_TRANSLATE_NOOP("Reports", "Lessons required")
SHORT_BY = QT_TRANSLATE_NOOP("Reports", "Lessons short")
EXPECTED = QT_TRANSLATE_NOOP("Reports", "Expected by now")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Sum")
PER_TEACHER = QT_TRANSLATE_NOOP("Reports", "Per teacher (most lessons short first)")
TEACHERS = QT_TRANSLATE_NOOP("Reports", "Teachers counted")
OBSERVED_TOTAL = QT_TRANSLATE_NOOP("Reports", "Lessons observed in all")
QUOTA_TOTAL = QT_TRANSLATE_NOOP("Reports", "Lessons required in all")
SHORT_TOTAL = QT_TRANSLATE_NOOP("Reports", "Lessons short in all")
STATUS_COUNTS = QT_TRANSLATE_NOOP("Reports", "By status")
RULES_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "The required number comes from the quota rule for the teacher's position: "
               "{rules}. \"Expected by now\" is what a steady pace to the due date would have "
               "reached today. {standings}.")
RULE_NOTE = QT_TRANSLATE_NOOP("Reports", "{name} ({positions})")
EVERYONE = QT_TRANSLATE_NOOP("Reports", "everyone")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Reports", "; ")
NAME_SEPARATOR = QT_TRANSLATE_NOOP("Reports", ", ")


def build(store: Store, request: ReportRequest):
    semester, school = semester_and_school(store, request)
    counts = report_figures.observation_counts(store, semester, school, request.today)
    subtitle = f"{counts.school.name}　{semester_line(semester, request.today)}"
    story = [
        field_grid([
            (tr(TEACHERS), str(len(counts.rows))),
            (tr(OBSERVED_TOTAL), str(counts.observed)),
            (tr(QUOTA_TOTAL), str(counts.quota)),
            (tr(SHORT_TOTAL), str(counts.short)),
            # The four words and their counts, as the 首页 and ``jituan compliance`` say them.
            (tr(STATUS_COUNTS), counts_line(count_standings(counts.rows), translate)),
        ], columns=2, label_width=34 * mm, wide=(tr(STATUS_COUNTS),)),
        *section(tr(PER_TEACHER)),
        teacher_table(counts),
        gap(),
        note(rules_note(counts)),
        *signing_block(),
    ]
    return document(store, school, tr(TITLE), subtitle, story, counts.empty, tr(NOTHING))


def teacher_table(counts: report_figures.ObservationCounts):
    header = [tr(NO), tr(NAME), tr(POSITION), tr(OBSERVED), tr(QUOTA), tr(SHORT_BY),
              tr(EXPECTED), tr(STATUS)]
    rows = [[str(i), r.subject.name, label_of(counts.positions.get(r.subject.key)),
             str(r.count), str(r.threshold), str(r.short_by) if r.short_by else "",
             str(r.expected_now), label_of(r.status)]
            for i, r in enumerate(counts.rows, start=1)]
    footer = ["", tr(TOTAL), "", str(counts.observed), str(counts.quota), str(counts.short),
              "", ""]
    fixed = [12 * mm, 0, 30 * mm, 22 * mm, 18 * mm, 18 * mm, 22 * mm, 20 * mm]
    fixed[1] = CONTENT_WIDTH - sum(fixed)
    return data_table(header, rows, fixed, numeric=(0, 3, 4, 5, 6), footer=footer)


def rules_note(counts: report_figures.ObservationCounts) -> str:
    seen: dict[str, str] = {}
    for r in counts.rows:
        if r.rule.uuid not in seen:
            positions = tr(NAME_SEPARATOR).join(label_of(p) for p in r.rule.positions)
            seen[r.rule.uuid] = tr(RULE_NOTE).format(name=r.rule.name,
                                                     positions=positions or tr(EVERYONE))
    return tr(RULES_NOTE).format(rules=tr(LIST_SEPARATOR).join(seen.values()),
                                 standings=meanings_line(translate))


__all__ = ["KIND", "build"]
