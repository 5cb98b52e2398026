"""学期工作汇总: one school's semester — activities by type, observations, pairings,
compliance with every rule, two charts, and the 查验 evidence checklist per record."""

from __future__ import annotations

from reportlab.lib.units import mm

from ..domain.messages import QT_TRANSLATE_NOOP
from ..services import report_figures
from ..services.report_figures import (LECTURE_MATERIAL, LESSON_PLAN, NOTES, REFLECTION,
                                       SchoolSemester)
from ..storage.store import Store
from . import charts
from .pdf_layout import CONTENT_WIDTH, data_table, day_width, field_grid, gap, number, para
from .report_kinds import SCHOOL_SEMESTER as KIND
from .report_types import ReportRequest
from .summary_parts import (day, document, label_of, note, rule_table, section,
                            semester_and_school, semester_line, signing_block, tr)

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
NOTHING = QT_TRANSLATE_NOOP("Reports", "Nothing has been recorded for this school in this "
                                       "semester yet: no activities, observations or mentor "
                                       "sessions.")
ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "1. Alliance activities")
OBSERVATIONS = QT_TRANSLATE_NOOP("Reports", "2. Lesson observations")
PAIRINGS = QT_TRANSLATE_NOOP("Reports", "3. Mentor pairings")
COMPLIANCE = QT_TRANSLATE_NOOP("Reports", "4. Quota rules")
EVIDENCE = QT_TRANSLATE_NOOP("Reports", "5. Inspection evidence checklist")
TYPE = QT_TRANSLATE_NOOP("Reports", "Activity type")
TIMES = QT_TRANSLATE_NOOP("Reports", "Times")
TEACHERS_REACHED = QT_TRANSLATE_NOOP("Reports", "Teachers reached (person-times)")
STUDENTS_REACHED = QT_TRANSLATE_NOOP("Reports", "Students reached (person-times)")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Sum")
NO_ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "No activities yet.")
PER_MONTH = QT_TRANSLATE_NOOP("Reports", "Activities per month")
OBSERVATION_COUNT = QT_TRANSLATE_NOOP("Reports", "Observation records")
AVERAGE_TOTAL = QT_TRANSLATE_NOOP("Reports", "Average rubric total")
OCCASION = QT_TRANSLATE_NOOP("Reports", "Lesson occasion")
LESSONS = QT_TRANSLATE_NOOP("Reports", "Records")
RUBRIC = QT_TRANSLATE_NOOP("Reports", "Rubric averages by dimension")
ACTIVE_PAIRINGS = QT_TRANSLATE_NOOP("Reports", "Active pairings")
SESSION_COUNT = QT_TRANSLATE_NOOP("Reports", "Mentor sessions")
SESSION_KIND = QT_TRANSLATE_NOOP("Reports", "Session kind")
NO_SESSIONS = QT_TRANSLATE_NOOP("Reports", "No mentor sessions yet.")
ITEM = QT_TRANSLATE_NOOP("Reports", "Evidence")
APPLICABLE = QT_TRANSLATE_NOOP("Reports", "Records it applies to")
PRESENT = QT_TRANSLATE_NOOP("Reports", "Present")
MISSING = QT_TRANSLATE_NOOP("Reports", "Missing")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
RECORD = QT_TRANSLATE_NOOP("Reports", "Record")
WHAT = QT_TRANSLATE_NOOP("Reports", "Topic / title")
HAS = QT_TRANSLATE_NOOP("Reports", "Yes")
LACKS = QT_TRANSLATE_NOOP("Reports", "Missing")
NO_EVIDENCE = QT_TRANSLATE_NOOP("Reports", "No records to check yet.")
ITEM_LABELS = {
    NOTES: QT_TRANSLATE_NOOP("Reports", "Observation notes"),
    LECTURE_MATERIAL: QT_TRANSLATE_NOOP("Reports", "Lecture materials"),
    LESSON_PLAN: QT_TRANSLATE_NOOP("Reports", "Demonstration lesson plan"),
    REFLECTION: QT_TRANSLATE_NOOP("Reports", "Lesson reflection"),
}
EVIDENCE_ORDER = (NOTES, LECTURE_MATERIAL, LESSON_PLAN, REFLECTION)
EVIDENCE_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "How each item is judged from the records: observation notes — the observation "
               "has a row of the observation process with something written in it; lecture "
               "materials — a thematic lecture activity has at least one file attached; "
               "demonstration lesson plan — a demonstration lesson (an observation of that "
               "occasion, or an activity of that type) has a lesson plan attached to it or to "
               "its activity: a PDF or Word document, or a file whose name says 教案 or "
               "教学设计; lesson reflection — the observation has the teacher's reflection "
               "written. A blank cell means the item does not apply to that record.")
SCOPE_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Counted as the lists count them for this school: activities it hosted or "
               "took part in, lessons taught at the school or observed by its staff, pairings "
               "with a mentor or mentee of the school, and the school's mentor session records.")


def build(store: Store, request: ReportRequest):
    semester, school = semester_and_school(store, request)
    figures = report_figures.school_semester(store, semester, school, request.today)
    subtitle = f"{figures.school.name}　{semester_line(semester, request.today)}"
    story = [*activities_part(figures), *observations_part(figures), *pairings_part(figures),
             *section(tr(COMPLIANCE)), rule_table(figures.rules),
             *evidence_part(figures), gap(), note(tr(SCOPE_NOTE)), *signing_block()]
    return document(store, school, tr(TITLE), subtitle, story, figures.empty, tr(NOTHING))


def activities_part(figures: SchoolSemester) -> list:
    part = [*section(tr(ACTIVITIES))]
    if not figures.activities:
        return part + [note(tr(NO_ACTIVITIES))]
    rows = [[label_of(t.type), str(t.count), str(t.teachers), str(t.students)]
            for t in figures.activities]
    footer = [tr(TOTAL), str(figures.activity_count), str(figures.teachers_reached),
              str(figures.students_reached)]
    widths = [CONTENT_WIDTH - 3 * 36 * mm] + [36 * mm] * 3
    part += [data_table([tr(TYPE), tr(TIMES), tr(TEACHERS_REACHED), tr(STUDENTS_REACHED)],
                        rows, widths, numeric=(1, 2, 3), footer=footer),
             gap(), note(tr(PER_MONTH)), charts.activities_per_month(figures.per_month)]
    return part


def observations_part(figures: SchoolSemester) -> list:
    average = number(figures.average_total) if figures.average_total is not None else "—"
    part = [*section(tr(OBSERVATIONS)),
            field_grid([(tr(OBSERVATION_COUNT), str(figures.observations)),
                        (tr(AVERAGE_TOTAL), average)], label_width=34 * mm)]
    if figures.by_occasion:
        rows = [[label_of(o), str(n)] for o, n in figures.by_occasion.items()]
        part += [gap(2 * mm), data_table([tr(OCCASION), tr(LESSONS)], rows,
                                         [CONTENT_WIDTH - 36 * mm, 36 * mm], numeric=(1,),
                                         footer=[tr(TOTAL), str(figures.observations)])]
    if figures.rubric:
        part += [gap(), note(tr(RUBRIC)), charts.rubric_averages(figures.rubric)]
    return part


def pairings_part(figures: SchoolSemester) -> list:
    part = [*section(tr(PAIRINGS)),
            field_grid([(tr(ACTIVE_PAIRINGS), str(figures.pairings_active)),
                        (tr(SESSION_COUNT), str(figures.session_count))],
                       label_width=34 * mm)]
    if figures.sessions:
        rows = [[label_of(k), str(n)] for k, n in figures.sessions.items()]
        part += [gap(2 * mm), data_table([tr(SESSION_KIND), tr(TIMES)], rows,
                                         [CONTENT_WIDTH - 36 * mm, 36 * mm], numeric=(1,),
                                         footer=[tr(TOTAL), str(figures.session_count)])]
    else:
        part.append(note(tr(NO_SESSIONS)))
    return part


def evidence_part(figures: SchoolSemester) -> list:
    part = [*section(tr(EVIDENCE))]
    if not figures.evidence:
        return part + [note(tr(NO_EVIDENCE))]
    tallies = []
    for item in EVIDENCE_ORDER:
        present, applicable = figures.evidence_tally(item)
        tallies.append([tr(ITEM_LABELS[item]), str(applicable), str(present),
                        str(applicable - present)])
    part.append(data_table([tr(ITEM), tr(APPLICABLE), tr(PRESENT), tr(MISSING)], tallies,
                           [CONTENT_WIDTH - 3 * 32 * mm] + [32 * mm] * 3, numeric=(1, 2, 3)))
    part += [gap(2 * mm), note(tr(EVIDENCE_NOTE)), gap(2 * mm)]
    yes, no = para(tr(HAS), "cell_center"), para(tr(LACKS), "cell_center")
    rows = []
    for e in figures.evidence:
        what = f"{e.title}\n{e.who}" if e.who else e.title
        rows.append([day(e.day), label_of(e.label), what,
                     *((yes if e.items[i] else no) if i in e.items else "" for i in
                       EVIDENCE_ORDER)])
    widths = [day_width(), 24 * mm, 0] + [18 * mm] * 4
    widths[2] = CONTENT_WIDTH - sum(widths)
    header = [tr(DATE), tr(RECORD), tr(WHAT)] + [tr(ITEM_LABELS[i]) for i in EVIDENCE_ORDER]
    part.append(data_table(header, rows, widths))
    return part


__all__ = ["KIND", "build"]
