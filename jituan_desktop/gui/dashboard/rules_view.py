"""Quota progress: one row per rule, and the people or pairings short of the chosen rule."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHeaderView, QLabel, QProgressBar, QSplitter, QVBoxLayout,
                               QWidget)

from ...domain.enums import Scope, Status
from ...domain.rule_text import requirement, source_citation, subject_text, window_text
from ...services.dashboard_ops import RuleProgress
from ..qt_text import label_of, qt_translate
from .tables import fill, mark_row, read_only_table

SHORT_STATUSES = (Status.BEHIND, Status.MISSED)
BAR_WIDTH = 130  # room for "1,130 / 1,130" in the bar
NAME_CHARACTERS = 12  # the rule column's least width, in Chinese characters


class RulesView(QWidget):
    """Rules on the left, with a progress bar each; who is short of the selected one on the
    right, the furthest behind first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress: list[RuleProgress] = []
        self.school_name: Callable[[str], str] = lambda uuid: ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Horizontal, self)
        layout.addWidget(splitter)
        self.rules = read_only_table(splitter, [
            self.tr("Rule"), self.tr("Progress"), label_of(Status.MET),
            label_of(Status.ON_TRACK), label_of(Status.BEHIND), label_of(Status.MISSED),
            self.tr("Due")])
        # The texts' rules have long names (学校领导（校长、副校长、教务主任）每学期听课…): wrap
        # them rather than cut them; a few rules, so rows sized to their contents stay cheap.
        self.rules.setWordWrap(True)
        self.rules.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.rules.itemSelectionChanged.connect(self._show_short)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.short_title = QLabel(side)
        self.short_title.setWordWrap(True)
        side_layout.addWidget(self.short_title)
        self.short = read_only_table(side, [
            self.tr("Name"), self.tr("School"), self.tr("Done"), self.tr("Short by"),
            self.tr("Behind pace by"), self.tr("Status"), self.tr("Due")], stretch=None)
        side_layout.addWidget(self.short, 1)
        splitter.addWidget(self.rules)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    def show_progress(self, progress: list[RuleProgress],
                      school_name: Callable[[str], str]) -> None:
        """Show new results, keeping the rule the reader had selected."""
        chosen = self.selected()
        keep = (chosen.rule.uuid, chosen.rule.name) if chosen else None
        self.progress, self.school_name = progress, school_name
        self.rules.blockSignals(True)
        fill(self.rules, [[p.rule.name, None, p.met, p.on_track, p.behind, p.missed,
                           p.due or ""] for p in progress])
        for row, p in enumerate(progress):
            self.rules.setCellWidget(row, 1, self._bar(p))
            self.rules.item(row, 0).setToolTip(self._rule_tip(p))
            if p.behind or p.missed:
                mark_row(self.rules, row, text_only=True)
        self.rules.setColumnWidth(1, BAR_WIDTH)
        self._keep_room_for_names()
        self.rules.blockSignals(False)
        self.select_row(self._row_to_select(keep))

    def _keep_room_for_names(self) -> None:
        """Keep the rule column a dozen characters wide on a narrow screen (1024 px): the
        short list beside it gives way first, since it scrolls sideways anyway."""
        others = sum(self.rules.columnWidth(c) for c in range(1, self.rules.columnCount()))
        name = self.rules.fontMetrics().horizontalAdvance("考" * NAME_CHARACTERS)
        chrome = self.rules.verticalScrollBar().sizeHint().width() + 2 * self.rules.frameWidth()
        self.rules.setMinimumWidth(others + name + chrome + 8)

    def _rule_tip(self, p: RuleProgress) -> str:
        """The rule, what it asks, and the policy sentence it quotes with where it is."""
        lines = [p.rule.name, requirement(p.rule, qt_translate)]
        citation = source_citation(p.rule, qt_translate)
        if citation:
            lines.append(citation)
        if p.rule.source_text:
            lines.append(p.rule.source_text)
        return "\n".join(lines)

    def _first_column(self, chosen: RuleProgress) -> str:
        """An alliance's monthly or quarterly rule is short in months or quarters, not
        people: head that column so (姓名 over 2026年9月 read as a mistake)."""
        by_window = chosen.rule.scope is Scope.ALLIANCE and any(
            window_text(r.rule.period, r.start) for r in chosen.short)
        return self.tr("Month or quarter") if by_window else self.tr("Name")

    def _bar(self, p: RuleProgress) -> QProgressBar:
        bar = QProgressBar(self.rules)
        bar.setRange(0, max(1, len(p.results)))
        bar.setValue(p.fine)
        # Qt fills %v and %m in; the text says "met or on track / all".
        bar.setFormat("%v / %m")
        bar.setToolTip(self.tr("{fine} of {all} met the rule or are on track").format(
            fine=p.fine, all=len(p.results)))
        return bar

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
        self.rules.blockSignals(True)  # one refill of the short list, not one per signal
        if row < 0:
            self.rules.clearSelection()
        else:
            self.rules.selectRow(row)
        self.rules.blockSignals(False)
        self._show_short()

    def selected(self) -> RuleProgress | None:
        rows = self.rules.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.progress):
            return None
        return self.progress[rows[0].row()]

    def _show_short(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.short_title.setText(self.tr("Choose a rule to see who is short of it."))
            fill(self.short, [])
            return
        short = chosen.short
        if short:
            self.short_title.setText(self.tr("Short of “{rule}”: {n}").format(
                rule=chosen.rule.name, n=len(short)))
        else:
            self.short_title.setText(self.tr("Nobody is short of “{rule}”.").format(
                rule=chosen.rule.name))
        # A monthly or quarterly rule is short once per month or quarter: say which.
        self.short.horizontalHeaderItem(0).setText(self._first_column(chosen))
        fill(self.short, [[subject_text(r.rule, r.subject.name, r.start, qt_translate),
                           self.school_name(r.subject.school),
                           f"{r.count}/{r.threshold}", r.short_by, r.behind_by,
                           label_of(r.status), r.due] for r in short])
        for row, r in enumerate(short):
            if r.status in SHORT_STATUSES:
                mark_row(self.short, row, text_only=True)
