"""工作计划: one plan on A4 in the shape the texts show (000, 篇一 …): the title, the period
and the school, 一、指导思想 二、工作目标 三、主要工作, then 四、月份安排, a table of the
items by month (月份 / 周次 / 工作内容 / 负责人 / 完成情况) with where each item stands on
the day it is printed, and the lines to sign.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.plan_text import kind_text, month_text, period_text, standing_text, week_text
from ..domain.plans import Plan
from ..i18n import translate
from ..services import plan_ops
from ..storage import lookups
from ..storage.store import Store
from .pdf_document import Document
from .pdf_layout import CONTENT_WIDTH, data_table, gap, heading, para, signature_lines
from .report_context import header_names, record_for
from .report_kinds import WORK_PLAN as KIND
from .report_types import ReportRequest

TITLE = KIND.title
GUIDING = QT_TRANSLATE_NOOP("Reports", "1. Guiding principles")
GOALS = QT_TRANSLATE_NOOP("Reports", "2. Work goals")
MAIN_WORK = QT_TRANSLATE_NOOP("Reports", "3. Main work")
SCHEDULE = QT_TRANSLATE_NOOP("Reports", "4. Monthly schedule")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "{school}    {period}")
MONTH = QT_TRANSLATE_NOOP("Reports", "Month")
WEEK = QT_TRANSLATE_NOOP("Reports", "Week")
WORK = QT_TRANSLATE_NOOP("Reports", "Work")
RESPONSIBLE = QT_TRANSLATE_NOOP("Reports", "Responsible")
STANDING = QT_TRANSLATE_NOOP("Reports", "How it stands")
FOR_SCHOOLS = QT_TRANSLATE_NOOP("Reports", "Schools: {schools}")
NO_ITEMS = QT_TRANSLATE_NOOP("Reports", "No items are scheduled yet.")
AS_OF = QT_TRANSLATE_NOOP("Reports", "How each item stands is as of the day this plan is printed.")
IN_CHARGE = QT_TRANSLATE_NOOP("Reports", "Signature of the person in charge")
SIGNED_ON = QT_TRANSLATE_NOOP("Reports", "Date")
SEPARATOR = QT_TRANSLATE_NOOP("Reports", ", ")


def _t(text: str) -> str:
    return translate("Reports", text)


def _section(title: str, text: str) -> list:
    paragraphs = [line for line in (text or "").splitlines() if line.strip()]
    return [heading(_t(title))] + [para(line) for line in paragraphs or [" "]]


def _schedule(store: Store, plan: Plan, request: ReportRequest) -> list:
    schools = lookups.names(store, "school")
    rows = []
    previous = None
    for progress in plan_ops.plan_progress(store, plan.uuid, today=request.today):
        item = progress.item
        work = f"{item.what}\n{kind_text(item, translate)}"
        if item.schools:
            names = _t(SEPARATOR).join(schools.get(s, s) for s in item.schools)
            work += "\n" + _t(FOR_SCHOOLS).format(schools=names)
        # A month is written once, on its first row, as the texts lay a 行事历 out.
        month = month_text(item.month, translate) if item.month != previous else ""
        previous = item.month
        rows.append([month, week_text(item.week, translate), work, item.responsible,
                     standing_text(progress.state, progress.fulfilled_by, translate)])
    if not rows:
        return [para(_t(NO_ITEMS))]
    widths = [24 * mm, 14 * mm, CONTENT_WIDTH - 110 * mm, 26 * mm, 46 * mm]
    # Items are short (their texts are limited), so a row never needs splitting.
    return [data_table([_t(MONTH), _t(WEEK), _t(WORK), _t(RESPONSIBLE), _t(STANDING)], rows,
                       widths, split_rows=False),
            gap(1.5 * mm), para(_t(AS_OF), "small")]


def build(store: Store, request: ReportRequest) -> Document:
    plan = record_for(store, Plan, request.id)
    alliance, school = header_names(store, plan.school)
    subtitle = _t(SUBTITLE).format(school=school, period=period_text(plan, translate))
    story = (_section(GUIDING, plan.guiding) + _section(GOALS, plan.goals)
             + _section(MAIN_WORK, plan.main_work) + [heading(_t(SCHEDULE))]
             + _schedule(store, plan, request)
             + [signature_lines([_t(IN_CHARGE), _t(SIGNED_ON)])])
    return Document(title=plan.title or _t(TITLE), subtitle=subtitle, story=story,
                    header_left=alliance, header_right=school)
