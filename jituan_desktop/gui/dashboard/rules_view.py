"""Quota progress: one row per rule, and every person or pairing under the chosen rule.

One vocabulary (domain/quota_standing.py): each result is 达标, 正常, 落后 or 未完成; the
rule's columns count those words, the summary above adds them up over the rules, the
detail list on the right writes one word per row, and one colour per word (colours.py) is
explained by the legend under the table.
"""

from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from ...domain import quota_standing
from ...domain.enums import Scope, Status
from ...domain.quota_standing import STANDINGS, count_standings, counts_line
from ...domain.rule_text import requirement, source_citation, subject_text, window_text
from ...services.dashboard_ops import RuleProgress
from ..qt_text import label_of, qt_translate
from .colours import STANDING_COLOURS
from .legend import Legend, standing_entries
from .standing_bar import StandingBar
from .tables import fill, read_only_table

NAME_CHARACTERS = 12  # the rule column's least width, in Chinese characters
PROGRESS, FIRST_COUNT = 1, 2  # columns of the rules table: the bar, then one per standing
STANDING_COLUMN, SCHOOL_COLUMN = 1, 5  # the detail list's 状态 (next to the name) and 学校


class RulesView(QWidget):
    """Rules on the left, with a progress bar each; everyone under the selected one on the
    right, who needs someone to act first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress: list[RuleProgress] = []
        self.school_name: Callable[[str], str] = lambda uuid: ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Horizontal, self)
        layout.addWidget(splitter, 1)
        self.rules = read_only_table(splitter, [
            self.tr("Rule"), self.tr("Met / all"),
            *(label_of(s) for s in STANDINGS), self.tr("Due")])
        header = self.rules.horizontalHeader()
        header.setSectionResizeMode(PROGRESS, QHeaderView.Fixed)
        for offset, status in enumerate(STANDINGS):
            self.rules.horizontalHeaderItem(FIRST_COUNT + offset).setToolTip(
                quota_standing.explained(status, qt_translate))
        self.rules.horizontalHeaderItem(0).setToolTip(self.tr(
            "Rest the pointer on a rule to read what it asks and the policy text it quotes, "
            "with the file and section."))
        self.rules.horizontalHeaderItem(PROGRESS).setToolTip(self.tr(
            "How many of those the rule applies to have met it; the bar shows all four "
            "standings in their colours."))
        # The texts' rules have long names (学校领导（校长、副校长、教务主任）每学期听课…): wrap
        # them rather than cut them; a few rules, so rows sized to their contents stay cheap.
        self.rules.setWordWrap(True)
        self.rules.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.rules.itemSelectionChanged.connect(self._show_detail)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(side)
        self.detail_title.setWordWrap(True)
        side_layout.addWidget(self.detail_title)
        self.detail = read_only_table(side, [
            self.tr("Name"), self.tr("Standing"), self.tr("Done / required"), self.tr("Short by"),
            self.tr("Behind pace by"), self.tr("School"), self.tr("Due")], stretch=None)
        side_layout.addWidget(self.detail, 1)
        splitter.addWidget(self.rules)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.legend = Legend(standing_entries(), self)
        layout.addWidget(self.legend)

    def show_progress(self, progress: list[RuleProgress],
                      school_name: Callable[[str], str]) -> None:
        """Show new results, keeping the rule the reader had selected."""
        chosen = self.selected()
        keep = (chosen.rule.uuid, chosen.rule.name) if chosen else None
        self.progress, self.school_name = progress, school_name
        self.rules.blockSignals(True)
        fill(self.rules, [[p.rule.name, None, *(p.counts[s] for s in STANDINGS),
                           p.due or ""] for p in progress])
        bar_width = 0
        for row, p in enumerate(progress):
            bar = StandingBar(p.counts, self.rules)
            bar.setToolTip(self._bar_tip(p))
            self.rules.setCellWidget(row, PROGRESS, bar)
            bar_width = max(bar_width, bar.sizeHint().width())
            tip = self.rule_tip(p)
            for column in range(self.rules.columnCount()):
                item = self.rules.item(row, column)
                if item is not None and column not in range(FIRST_COUNT, FIRST_COUNT + 4):
                    item.setToolTip(tip)
            for offset, status in enumerate(STANDINGS):
                item = self.rules.item(row, FIRST_COUNT + offset)
                item.setToolTip(quota_standing.explained(status, qt_translate))
                if p.counts[status]:  # a count in its word's colour (the legend's)
                    item.setForeground(STANDING_COLOURS[status])
        self.rules.setColumnWidth(PROGRESS, max(bar_width, 100))
        self._keep_room_for_names()
        self.rules.blockSignals(False)
        self.summary.setText(self.summary_text())
        self.select_row(self._row_to_select(keep))

    def totals(self) -> dict[Status, int]:
        """The summary's numbers: the words counted over every rule's results."""
        return count_standings(r for p in self.progress for r in p.results)

    def summary_text(self) -> str:
        if not self.progress:
            return self.tr("No quota rule applies here.")
        everyone_met = sum(1 for p in self.progress if p.counts[Status.MET] == len(p.results))
        return self.tr("Rules met by everyone: {met}/{rules} · all results ({n}): {counts}"
                       ).format(met=everyone_met, rules=len(self.progress),
                                n=sum(len(p.results) for p in self.progress),
                                counts=counts_line(self.totals(), qt_translate))

    def _keep_room_for_names(self) -> None:
        """Keep the rule column a dozen characters wide on a narrow screen (1024 px): the
        detail list beside it gives way first, since it scrolls sideways anyway."""
        others = sum(self.rules.columnWidth(c) for c in range(1, self.rules.columnCount()))
        name = self.rules.fontMetrics().horizontalAdvance("考" * NAME_CHARACTERS)
        chrome = self.rules.verticalScrollBar().sizeHint().width() + 2 * self.rules.frameWidth()
        self.rules.setMinimumWidth(others + name + chrome + 8)

    def rule_tip(self, p: RuleProgress) -> str:
        """The rule, what it asks, and the policy sentence it quotes, verbatim, with the
        file and section it is in (as 设置 → 考核指标 shows them)."""
        lines = [p.rule.name, self.tr("Requires: {requirement}").format(
            requirement=requirement(p.rule, qt_translate))]
        citation = source_citation(p.rule, qt_translate)
        if citation:
            lines.append(self.tr("Source: {citation}").format(citation=citation))
        if p.rule.source_text:
            lines.append(self.tr("“{text}”").format(text=p.rule.source_text))
        # Rich text, so that Qt wraps it: a quoted paragraph is wider than a 1024-pixel
        # screen on one line, and a plain-text tooltip is cut at the screen's edge.
        return "<p>" + "<br>".join(escape(line, quote=False) for line in lines) + "</p>"

    def _bar_tip(self, p: RuleProgress) -> str:
        tip = self.tr("{met} of {all} have met the rule. {counts}").format(
            met=p.counts[Status.MET], all=len(p.results),
            counts=counts_line(p.counts, qt_translate))
        if len(p.results) == 1:  # a school's or the alliance's rule: how far it has come
            r = p.results[0]
            tip += "\n" + self.tr("Done / required: {done}/{required}").format(
                done=r.count, required=r.threshold)
        return tip

    def _first_column(self, chosen: RuleProgress) -> str:
        """An alliance's monthly or quarterly rule is counted in months or quarters, not
        people: head that column so (姓名 over 2026年9月 read as a mistake)."""
        by_window = chosen.rule.scope is Scope.ALLIANCE and any(
            window_text(r.rule.period, r.start) for r in chosen.results)
        return self.tr("Month or quarter") if by_window else self.tr("Name")

    def _row_to_select(self, keep: tuple[str, str] | None) -> int:
        if not self.progress:
            return -1
        if keep is not None:
            for row, p in enumerate(self.progress):
                # By name too: a member still on the seed rules gets fresh ids each load.
                if p.rule.uuid == keep[0] or p.rule.name == keep[1]:
                    return row
        return next((row for row, p in enumerate(self.progress) if p.behind or p.missed), 0)

    def select_row(self, row: int) -> None:
        self.rules.blockSignals(True)  # one refill of the detail list, not one per signal
        if row < 0:
            self.rules.clearSelection()
        else:
            self.rules.selectRow(row)
        self.rules.blockSignals(False)
        self._show_detail()

    def selected(self) -> RuleProgress | None:
        rows = self.rules.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.progress):
            return None
        return self.progress[rows[0].row()]

    def _show_detail(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.detail_title.setText(self.tr("Choose a rule to see where everyone stands."))
            self.detail_title.setToolTip("")
            fill(self.detail, [])
            return
        self.detail_title.setText(self.tr("“{rule}”: {counts}").format(
            rule=chosen.rule.name, counts=counts_line(chosen.counts, qt_translate)))
        self.detail_title.setToolTip(self.rule_tip(chosen))
        # A monthly or quarterly rule is counted once per month or quarter: say which.
        self.detail.horizontalHeaderItem(0).setText(self._first_column(chosen))
        everyone = chosen.everyone
        fill(self.detail, [[subject_text(r.rule, r.subject.name, r.start, qt_translate),
                            label_of(r.status), f"{r.count}/{r.threshold}", r.short_by,
                            r.behind_by, self.school_name(r.subject.school), r.due]
                           for r in everyone])
        # Looking at one school, its name on every row says nothing and takes the room the
        # words and numbers need at 1024 pixels.
        self.detail.setColumnHidden(SCHOOL_COLUMN,
                                    len({r.subject.school for r in everyone}) <= 1)
        for row, r in enumerate(everyone):
            item = self.detail.item(row, STANDING_COLUMN)
            item.setForeground(STANDING_COLOURS[r.status])
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(quota_standing.explained(r.status, qt_translate))
