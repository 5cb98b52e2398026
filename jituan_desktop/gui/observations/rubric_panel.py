"""The 评价 part of the paper form: one score box per rubric item, the live total and band.

The total and the band come from ``domain.rubric`` (the same functions the store uses), so
what the form shows is what the record will hold. Each box stops at its item's maximum,
and says so next to it: a 12 typed in a 满分10 box used to become 1 without a word (the
keystroke was refused silently), a −3 became 0.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout

from ...domain.records import RubricTemplate
from ...domain.rubric import grade_band, total_score
from ..qt_text import label_of
from ..widgets.field_errors import error_label

SCORE_STEP = 0.5  # paper forms score in halves


def plain(number: float) -> str:
    """25.0 -> "25", 8.5 -> "8.5"."""
    return f"{number:g}"


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ScoreBox(QDoubleSpinBox):
    """A score from 0 to the item's maximum. A keystroke that would leave that range is
    refused (the box keeps what it held) and ``out_of_range`` says why, to show beside it;
    coming back to the box takes the hint away (``in_range``)."""

    out_of_range = Signal(str)
    in_range = Signal()

    def __init__(self, maximum: float, parent=None):
        super().__init__(parent)
        self.setDecimals(1)
        self.setSingleStep(SCORE_STEP)
        self.setRange(0.0, maximum)

    def focusInEvent(self, event) -> None:
        # The hint stays while the box is being typed in (a "-3" must not lose it at the
        # "3"), and goes when the user comes back to the box to put it right.
        self.in_range.emit()
        super().focusInEvent(event)

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text, pos)
        if state == QValidator.Invalid and self._outside_range(text) or \
                text.strip().startswith("-"):
            self.out_of_range.emit(self.tr(
                "Full marks are {maximum}: enter a score from 0 to {maximum}").format(
                maximum=plain(self.maximum())))
            return QValidator.Invalid, text, pos
        return state, text, pos

    def _outside_range(self, text: str) -> bool:
        number, ok = self.locale().toDouble(text.strip())
        if not ok:
            try:
                number, ok = float(text.strip()), True
            except ValueError:
                return False
        return number < self.minimum() or number > self.maximum()


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
        self.hints: dict[str, QLabel] = {}  # why a typed score was refused, per item
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
        self.hints = {}
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
            box = ScoreBox(maximum, self)
            box.setValue(float(scores.get(name, 0.0)))
            box.setAccessibleName(name)
            box.valueChanged.connect(lambda _: self._update())
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(QLabel(self.tr("out of {maximum}").format(
                maximum=plain(maximum)), self), row, 2)
            hint = error_label(self)
            hint.setWordWrap(False)  # one line beside the box, not squeezed under it
            box.out_of_range.connect(lambda text, hint=hint: _say(hint, text))
            box.in_range.connect(lambda hint=hint: _say(hint, ""))
            self.grid.addWidget(hint, row, 3)
            self.hints[name] = hint
            self.boxes[name] = box
        self.grid.setColumnStretch(4, 1)
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
