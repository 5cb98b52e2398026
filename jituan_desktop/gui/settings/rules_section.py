"""考核指标: the quota rules compliance is measured against. The lead school sets them for the
alliance (quotas differ by county, so they are data); a member school sees them read-only."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QWidget)

from ...domain.day_text import month_day_text
from ...domain.enums import Metric, Period, Position, Scope, SessionKind
from ...domain.records import QuotaRule
from ...domain.rule_text import edited_mark, requirement, source_citation
from ...domain.validation import METRIC_SCOPE
from ...services.settings_ops import SettingsSnapshot
from ..qt_text import label_of, qt_translate
from ..widgets.pickers import EnumCombo
from ..widgets.record_editor import RecordEditor
from .table_section import TableSection, chosen


def due_text(rule: QuotaRule) -> str:
    """The day of the year a rule falls due, as people write it: 11月30日."""
    if rule.due_month is None or rule.due_day is None:
        return ""
    return month_day_text(rule.due_month, rule.due_day, qt_translate)


class RuleEditor(RecordEditor):
    preferred_size = (560, 640)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx, record: QuotaRule | None = None, parent=None):
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("Edit quota rule") if record else self.tr("New quota rule"))

    def build_form(self, body: QWidget) -> None:
        form = QFormLayout(body)
        self.name = QLineEdit(body)
        self.metric_box = EnumCombo(Metric, body)
        self.scope = EnumCombo(Scope, body)
        self.period = EnumCombo(Period, body)
        self.threshold = QSpinBox(body)
        self.threshold.setRange(0, 1000)  # 0 reaches the domain, which explains the limits
        self.positions = QListWidget(body)
        for position in Position:
            item = QListWidgetItem(label_of(position))
            item.setData(Qt.UserRole, position)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.positions.addItem(item)
        self.positions.setMaximumHeight(150)
        self.positions.itemChanged.connect(self.mark_dirty)
        self.session_kind = EnumCombo(SessionKind, body, allow_empty=True)
        due = QWidget(body)
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        self.due_month = QSpinBox(due)
        self.due_month.setRange(0, 12)
        self.due_day = QSpinBox(due)
        self.due_day.setRange(0, 31)
        for spin, suffix in ((self.due_month, self.tr(" month")), (self.due_day, self.tr(" day"))):
            spin.setSpecialValueText(self.tr("none"))  # 0: no fixed deadline
            spin.setSuffix(suffix)
            row.addWidget(spin)
        row.addStretch(1)
        self.source_text = QPlainTextEdit(body)
        self.source_text.setMaximumHeight(90)
        self.source_text.setTabChangesFocus(True)
        self.source_text.setPlaceholderText(self.tr("The sentence of the policy text, copied as it "
                                                    "is written"))
        self.source_file = QLineEdit(body)
        self.source_file.setPlaceholderText(self.tr("e.g. the county's notice, or a file name"))
        self.source_section = QLineEdit(body)
        self.source_section.setPlaceholderText(self.tr("e.g. 篇六 / 三、具体工作及措施"))
        self.active = QCheckBox(self.tr("Counted in compliance"), body)
        add = self.errors.add_row
        add(form, self.tr("Rule"), self.name, "name")
        add(form, self.tr("What is counted"), self.metric_box, "metric")
        add(form, self.tr("Counted per"), self.scope, "scope")
        add(form, self.tr("Period"), self.period, "period")
        add(form, self.tr("Threshold"), self.threshold, "threshold")
        add(form, self.tr("Positions"), self.positions, "positions")
        add(form, self.tr("Session kind"), self.session_kind, "session_kind")
        add(form, self.tr("Due date"), due, "due", "due_month", "due_day")
        add(form, self.tr("Quoted text"), self.source_text, "source_text")
        add(form, self.tr("Source file"), self.source_file, "source_file")
        add(form, self.tr("Source section"), self.source_section, "source_section")
        form.addRow(self.tr("Active"), self.active)
        form.addRow("", QLabel(self.tr("Positions apply to rules counted per person; the "
                                       "session kind to mentor-session rules."), body))
        self.metric_box.currentIndexChanged.connect(self._metric_chosen)

    def _metric_chosen(self, *_args) -> None:
        """Each metric is counted per one scope; choose it, and offer only what applies."""
        metric = chosen(self.metric_box, Metric)
        if metric in METRIC_SCOPE:
            self.scope.set_value(METRIC_SCOPE[metric])
        self.positions.setEnabled(metric is Metric.OBSERVATIONS_BY_OBSERVER)
        self.session_kind.setEnabled(metric is Metric.PAIRING_SESSIONS)

    def load(self, rule: QuotaRule) -> None:
        self.name.setText(rule.name)
        self.metric_box.set_value(rule.metric)
        self._metric_chosen()
        self.scope.set_value(rule.scope)
        self.period.set_value(rule.period)
        self.threshold.setValue(rule.threshold)
        for index in range(self.positions.count()):
            item = self.positions.item(index)
            item.setCheckState(Qt.Checked if Position.parse(item.data(Qt.UserRole)) in rule.positions
                               else Qt.Unchecked)
        self.session_kind.set_value(rule.session_kind)
        self.due_month.setValue(rule.due_month or 0)
        self.due_day.setValue(rule.due_day or 0)
        self.source_text.setPlainText(rule.source_text)
        self.source_file.setText(rule.source_file)
        self.source_section.setText(rule.source_section)
        self.active.setChecked(rule.active)

    def load_defaults(self) -> None:
        self.metric_box.set_value(Metric.OBSERVATIONS_BY_OBSERVER)
        self._metric_chosen()
        self.period.set_value(Period.SEMESTER)
        self.threshold.setValue(1)
        self.active.setChecked(True)

    def collect(self) -> QuotaRule:
        person = self.positions.isEnabled()
        positions = [Position.parse(self.positions.item(i).data(Qt.UserRole))
                     for i in range(self.positions.count())
                     if person and self.positions.item(i).checkState() == Qt.Checked]
        values = dict(
            name=self.name.text().strip(), metric=chosen(self.metric_box, Metric),
            scope=chosen(self.scope, Scope), period=chosen(self.period, Period),
            threshold=self.threshold.value(), positions=positions,
            session_kind=(chosen(self.session_kind, SessionKind)
                          if self.session_kind.isEnabled() else None),
            due_month=self.due_month.value() or None, due_day=self.due_day.value() or None,
            source_text=self.source_text.toPlainText().strip(),
            source_file=self.source_file.text().strip(),
            source_section=self.source_section.text().strip(), active=self.active.isChecked())
        if self.record is None:
            return QuotaRule(**values)
        return replace(self.record, **values)


class RulesSection(TableSection):
    record_class = QuotaRule
    kinds = frozenset({"QuotaRule"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        # The chosen rule's source in full: the table's cells are too narrow for a sentence.
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.layout_.addWidget(self.source)
        self.table.itemSelectionChanged.connect(self._show_source)

    def headers(self) -> list[str]:
        return [self.tr("Rule"), self.tr("Counted per"), self.tr("What is counted"),
                self.tr("Period"), self.tr("Threshold"), self.tr("Positions"),
                self.tr("Session kind"), self.tr("Due date"), self.tr("Source"),
                self.tr("Quoted text"), self.tr("Active")]

    def rows_of(self, snapshot: SettingsSnapshot) -> list[QuotaRule]:
        return snapshot.rules

    def cells(self, r: QuotaRule) -> list[str]:
        mark = edited_mark(r, qt_translate)
        name = self.tr("{name} ({mark})").format(name=r.name, mark=mark) if mark else r.name
        return [name, label_of(r.scope), label_of(r.metric), label_of(r.period),
                str(r.threshold), self.tr(", ").join(label_of(p) for p in r.positions),
                label_of(r.session_kind), due_text(r), source_citation(r, qt_translate),
                r.source_text, self.tr("Yes") if r.active else self.tr("No")]

    def source_text_of(self, r: QuotaRule) -> str:
        """The rule, what it asks and the words it quotes, for the pane under the table."""
        lines = [r.name, requirement(r, qt_translate)]
        citation = source_citation(r, qt_translate)
        if citation:
            lines.append(self.tr("Source: {citation}").format(citation=citation))
        if r.source_text:
            lines.append(self.tr("“{quote}”").format(quote=r.source_text))
        return "\n".join(lines)

    def _show_source(self) -> None:
        rule = self.current_record()
        self.source.setText(self.source_text_of(rule) if rule is not None else "")

    def member_note(self) -> str:
        return self.tr("The lead school sets the quota rules for the whole alliance; "
                       "they are shown read-only.")

    def make_editor(self, record: QuotaRule | None) -> RuleEditor:
        return RuleEditor(self.ctx, record, self)


__all__ = ["RulesSection", "RuleEditor"]
