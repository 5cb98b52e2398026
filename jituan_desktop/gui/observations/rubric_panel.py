"""The 评价 part of the paper form: one score box per rubric item, the live total and band.

The total and the band come from ``domain.rubric`` (the same functions the store uses), so
what the form shows is what the record will hold. Each box stops at its item's maximum.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout

from ...domain.records import RubricTemplate
from ...domain.rubric import grade_band, total_score
from ..qt_text import label_of
from ..widgets.field_errors import error_label

SCORE_STEP = 0.5  # paper forms score in halves


def plain(number: float) -> str:
    """25.0 -> "25", 8.5 -> "8.5"."""
    return f"{number:g}"


class RubricPanel(QGroupBox):
    """Scores per rubric item; unchecked means the lesson was not scored at all."""

    scores_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Evaluation (rubric scores)"))
        self.setCheckable(True)
        self.template: RubricTemplate | None = None
        self.earlier_version = False
        self.boxes: dict[str, QDoubleSpinBox] = {}
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.total_label = QLabel(self)
        self.band_label = QLabel(self)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.band_label.setFont(font)
        layout.addWidget(self.total_label)
        layout.addWidget(self.band_label)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.toggled.connect(lambda _: self._update())

    def set_template(self, template: RubricTemplate | None, scores: dict[str, float],
                     *, earlier_version: bool = False) -> None:
        """Show ``template``'s items with ``scores``; an observation scored on an earlier
        version of the template keeps its own items, shown as they were given."""
        self.template = template
        self.earlier_version = earlier_version
        for box in self.boxes.values():
            box.deleteLater()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.boxes = {}
        if earlier_version or template is None:
            items = [(name, max(float(value), 100.0), False) for name, value in scores.items()]
        else:
            items = [(i.name, float(i.max_score), i.bonus) for i in template.items]
        self.note.setVisible(earlier_version or (template is None and not scores))
        if earlier_version:
            self.note.setText(self.tr("Scored on an earlier version of the rubric; the "
                                      "scores are kept as they were given."))
        elif template is None and not scores:
            self.note.setText(self.tr("No rubric template is set up yet."))
        for row, (name, maximum, bonus) in enumerate(items):
            caption = self.tr("{item} (bonus)").format(item=name) if bonus else name
            self.grid.addWidget(QLabel(caption, self), row, 0)
            box = QDoubleSpinBox(self)
            box.setDecimals(1)
            box.setSingleStep(SCORE_STEP)
            box.setRange(0.0, maximum)
            box.setValue(float(scores.get(name, 0.0)))
            box.setAccessibleName(name)
            box.valueChanged.connect(lambda _: self._update())
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(QLabel(self.tr("out of {maximum}").format(
                maximum=plain(maximum)), self), row, 2)
            self.boxes[name] = box
        self.grid.setColumnStretch(3, 1)
        self._update()

    def set_read_only(self) -> None:
        """Show the scores without letting them change (another school's record)."""
        self.setStyleSheet("QGroupBox::indicator { width: 0px; height: 0px; }")
        state = self.isChecked()
        self.toggled.connect(lambda on: on != state and self.setChecked(state))
        for box in self.boxes.values():
            box.setReadOnly(True)

    def scores(self) -> dict[str, float]:
        """The scores given; none until at least one item has a score (a form left with its
        boxes at 0 was not scored — it must not be kept as a lesson graded 不合格)."""
        if not self.isChecked():
            return {}
        scores = {name: box.value() for name, box in self.boxes.items()}
        return scores if any(scores.values()) else {}

    def max_total(self) -> float | None:
        return self.template.max_total if self.template is not None else None

    def _update(self) -> None:
        scores = self.scores()
        if not scores:
            self.total_label.setText(self.tr("Total: —"))
            self.band_label.setText(self.tr("Grade: —"))
        else:
            total = total_score(scores)
            maximum = self.max_total()
            self.total_label.setText(
                self.tr("Total: {total} out of {maximum}").format(
                    total=plain(total), maximum=plain(maximum)) if maximum
                else self.tr("Total: {total}").format(total=plain(total)))
            self.band_label.setText(self.tr("Grade: {band}").format(
                band=label_of(grade_band(total))))
        self.scores_changed.emit()
