"""One pairing at a glance: who, what, since when, towards what; the semester's sessions per
kind against the quota rules; then its timeline of sessions.

The quota numbers are compliance's own results for this pairing (services.mentoring_ops), the
same the dashboard and the reports show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.compliance import RuleResult
from ...domain.enums import SessionKind, Status
from ...domain.records import MentorPairing
from ...domain.semesters import semester_label
from ...services import mentoring_ops
from ...services.changes import Changes
from ..context import AppContext
from ..qt_text import label_of, qt_translate, shown_day, shown_range
from ..reports import record_printer
from ..widgets.standing_colours import STANDING_COLOURS
from .session_timeline import SessionTimeline

REFRESHING_KINDS = frozenset({"MentorSession", "MentorPairing", "QuotaRule", "Semester",
                              "Teacher"})
RESULT_ROLE = Qt.UserRole
QUOTA_RULE, QUOTA_STATUS = 2, 4  # columns of the quota table


class PairingDetailView(QWidget):
    edit_requested = Signal(object)  # MentorPairing
    delete_requested = Signal(object)  # MentorPairing
    gone = Signal()  # the pairing shown was deleted meanwhile

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None  # the pairing shown (its record arrives a moment later)
        self.pairing: MentorPairing | None = None
        self.detail: mentoring_ops.PairingDetail | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        # The title has a line of its own: beside the three buttons, at 1024 pixels, it
        # broke "Mentor 黄宝珠 → mentee 赖雅琴" over four lines, names cut in two.
        layout.addWidget(self.title)
        top = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit pairing…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.pairing))
        self.delete_button = QPushButton(self.tr("Delete pairing"), self)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.pairing))
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        record_printer.add_to_pairing_view(self, top)  # 打印: the 师徒结对考核表
        top.addStretch(1)
        layout.addLayout(top)
        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, text in (("schools", self.tr("Schools")), ("subject", self.tr("Subject")),
                          ("kind", self.tr("Kind")), ("dates", self.tr("Dates")),
                          ("goals", self.tr("Goals")), ("status", self.tr("Status"))):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            facts.addRow(text, label)
            self.facts[key] = label
        layout.addLayout(facts)
        layout.addWidget(self._quota_box())
        self.timeline = SessionTimeline(ctx, self)
        layout.addWidget(self.timeline, 1)
        ctx.changed.connect(self._on_changed)
        ctx.with_directory(self._fill_semesters)
        self.show_pairing(None)

    def _quota_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This semester against the quota"), self)
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Semester"), box))
        self.semester = QComboBox(box)
        self.semester.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.semester.currentIndexChanged.connect(lambda _: self.reload())
        row.addWidget(self.semester)
        row.addStretch(1)
        inner.addLayout(row)
        self.quota = QTableWidget(0, 5, box)
        self.quota.setHorizontalHeaderLabels([
            self.tr("Session kind"), self.tr("Sessions this semester"), self.tr("Quota rule"),
            self.tr("Done / required"), self.tr("Status")])
        self.quota.verticalHeader().hide()
        self.quota.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quota.setSelectionMode(QAbstractItemView.NoSelection)
        # At 1024 pixels the detail is about 430 px wide: the standing must stay in view,
        # so its cell holds the word (达标, 落后 …) with the whole sentence in the tooltip,
        # and the rule's name takes what is left, cut, whole in the tooltip.
        header = self.quota.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(QUOTA_RULE, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        self.quota.setMaximumHeight(160)  # the timeline below keeps a few rows at 768 px
        inner.addWidget(self.quota)
        return box

    def _fill_semesters(self, directory) -> None:
        keep = self.semester.currentData() or directory.current_semester.key
        self.semester.blockSignals(True)
        self.semester.clear()
        for s in directory.semesters:
            self.semester.addItem(semester_label(s, qt_translate), s.key)
        self.semester.setCurrentIndex(max(0, self.semester.findData(keep)))
        self.semester.blockSignals(False)
        self.reload()

    # -- showing ---------------------------------------------------------------------------
    def show_pairing(self, uuid: str | None) -> None:
        """Show the pairing ``uuid`` (None: nothing chosen)."""
        self.uuid = uuid
        self.setEnabled(uuid is not None)
        if uuid is None:
            self.pairing = self.detail = None
            self.title.setText(self.tr("Choose a pairing on the left"))
            for label in self.facts.values():
                label.clear()
            self.quota.setRowCount(0)
            self.timeline.set_pairing(None, can_add=False)
            return
        self.reload()

    def reload(self) -> None:
        directory = self.ctx.directory
        if self.uuid is None or directory is None:
            return
        semester = directory.semester(self.semester.currentData() or "") \
            or directory.current_semester
        uuid, today = self.uuid, self.ctx.today()
        self._generation += 1
        generation = self._generation

        def arrived(detail: mentoring_ops.PairingDetail) -> None:
            if generation == self._generation and uuid == self.uuid:
                self._show(detail)

        def failed(error: Exception) -> None:
            if generation == self._generation and uuid == self.uuid:
                self.show_pairing(None)
                self.gone.emit()

        self.ctx.run(lambda store: mentoring_ops.pairing_detail(store, uuid, semester, today),
                     arrived, failed)

    def _show(self, detail: mentoring_ops.PairingDetail) -> None:
        previous = self.pairing
        self.detail, self.pairing = detail, detail.pairing
        p, d = detail.pairing, self.ctx.directory
        mentor, mentee = d.teacher(p.mentor), d.teacher(p.mentee)
        self.title.setText(self.tr("Mentor {mentor} → mentee {mentee}").format(
            mentor=d.teacher_name(p.mentor), mentee=d.teacher_name(p.mentee)))
        self.facts["schools"].setText(self.tr("{mentor_school} → {mentee_school}").format(
            mentor_school=mentor.school_name if mentor else "",
            mentee_school=mentee.school_name if mentee else ""))
        self.facts["subject"].setText(p.subject)
        self.facts["kind"].setText(label_of(p.kind))
        self.facts["dates"].setText(shown_range(p.start, p.planned_end))
        self.facts["goals"].setText(p.goals)
        status = label_of(p.status)
        if p.ended_on:
            status = self.tr("{status} on {day}").format(status=status, day=shown_day(p.ended_on))
        if p.end_reason:
            status = self.tr("{status}: {reason}").format(status=status, reason=p.end_reason)
        self.facts["status"].setText(status)
        mine = d.my_school
        own = p.owner_school == mine
        self.delete_button.setEnabled(own)
        self.edit_button.setText(self.tr("Edit pairing…") if own else self.tr("View pairing…"))
        self._fill_quota(detail)
        if previous is None or previous.uuid != p.uuid:
            concerns_us = own or mine in {mentor.school if mentor else None,
                                          mentee.school if mentee else None}
            self.timeline.set_pairing(p, can_add=concerns_us)
        else:
            self.timeline.pairing = p

    def _fill_quota(self, detail: mentoring_ops.PairingDetail) -> None:
        rows: list[tuple[SessionKind | None, RuleResult | None]] = [
            (r.rule.session_kind, r) for r in detail.quota]
        ruled = {kind for kind, _ in rows}
        rows += [(kind, None) for kind in SessionKind
                 if detail.kind_counts.get(kind.value) and kind not in ruled]
        self.quota.setRowCount(len(rows))
        total = sum(detail.kind_counts.values())
        for i, (kind, result) in enumerate(rows):
            in_semester = detail.kind_counts.get(kind.value, 0) if kind else total
            cells = [label_of(kind) if kind else self.tr("All sessions"), str(in_semester),
                     result.rule.name if result else "—",
                     self.tr("{count} / {threshold}").format(
                         count=result.count, threshold=result.threshold) if result else "",
                     label_of(result.status) if result else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RESULT_ROLE, result)
                if column == QUOTA_STATUS and result is not None:
                    item.setForeground(STANDING_COLOURS[result.status])
                if result is not None:
                    item.setToolTip(self._status_text(result) + "\n" + self.tr(
                        "{name}\nCounted {start} to {end}, due {due}. {source}").format(
                        name=result.rule.name, start=shown_day(result.start),
                        end=shown_day(result.end), due=shown_day(result.due),
                        source=result.rule.source_text))
                self.quota.setItem(i, column, item)

    def _status_text(self, result: RuleResult) -> str:
        text = label_of(result.status)
        if result.status is Status.MET:
            return text
        if result.status is Status.BEHIND:
            return self.tr("{status}: {n} behind pace, {short} more by {due}").format(
                status=text, n=result.behind_by, short=result.short_by,
                due=shown_day(result.due))
        return self.tr("{status}: {short} more by {due}").format(
            status=text, short=result.short_by, due=shown_day(result.due))

    def _on_changed(self, changes: Changes) -> None:
        if self.uuid is not None and changes.kinds & REFRESHING_KINDS:
            self.reload()


__all__ = ["PairingDetailView"]
