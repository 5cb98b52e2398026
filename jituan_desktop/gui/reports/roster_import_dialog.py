"""导入教师名单: the roster a school keeps in Excel or CSV, into the app in a minute.

Choose the file → a preview: the header row found, which column holds what (each guess can
be changed in its combo box), the first rows as the file has them → 导入 → how many teachers
were added or updated, and every refused row with its row number and the reason. The good
rows are saved (in one transaction, by ``services.roster_ops``); the bad ones are not,
and importing the same file again adds no one twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...reports import roster_import
from ...reports.roster_import import RosterPreview, RosterResult
from ..context import AppContext
from ..qt_text import error_text, qt_translate
from ..widgets import file_dialogs
from ..widgets.field_errors import error_label
from ..widgets.screen_fit import fit_to_screen
from .list_export import insert_before_stretch
from .output_files import default_folder, remember_folder

MAPPING_COLUMNS = 2  # fields side by side in the mapping box
PREVIEW_HEIGHT = 160


def _column_name(index: int) -> str:
    """A, B, … Z, AA: the letters a spreadsheet shows above its columns."""
    name, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _read_only_table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RosterImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, *, school: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: RosterPreview | None = None
        self.result: RosterResult | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Import teacher roster"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row(school))
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        layout.addWidget(self._mapping_box())
        self.rows_label = QLabel(self)
        layout.addWidget(self.rows_label)
        self.sample = _read_only_table(self, 0)
        self.sample.setMaximumHeight(PREVIEW_HEIGHT)
        layout.addWidget(self.sample)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.refused = _read_only_table(self, 3)
        self.refused.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"),
                                                self.tr("Why it was not imported")])
        for column in (0, 1):
            self.refused.horizontalHeader().setSectionResizeMode(column,
                                                                 QHeaderView.ResizeToContents)
        self.refused.verticalHeader().hide()
        self.refused.hide()
        layout.addWidget(self.refused, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ApplyRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, (900, 680))
        self._show_preview(None)

    # -- building --------------------------------------------------------------------------
    def _file_row(self, school: str | None) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("An Excel workbook (.xlsx) or a CSV file "
                                                  "with a row per teacher"))
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        self.choose_button = choose
        row.addWidget(QLabel(self.tr("File"), self))
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        directory = self.ctx.directory
        self.school = QComboBox(self)
        for s in directory.schools if directory is not None else []:
            # The lead school keeps every school's roster; a member school its own.
            if directory.is_lead or s.uuid == directory.my_school:
                self.school.addItem(s.name, s.uuid)
        own = directory.my_school if directory is not None else None
        self.school.setCurrentIndex(max(self.school.findData(school or own), 0))
        self.school_label = QLabel(self.tr("Into the roster of"), self)
        row.addWidget(self.school_label)
        row.addWidget(self.school)
        many = self.school.count() > 1
        self.school_label.setVisible(many)
        self.school.setVisible(many)
        return row

    def _mapping_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which column holds what"), self)
        grid = QGridLayout(box)
        self.mapping_combos: dict[str, QComboBox] = {}
        for i, field in enumerate(roster_import.FIELDS):
            label = roster_import.FIELD_LABELS[field]
            row, column = divmod(i, MAPPING_COLUMNS)
            combo = QComboBox(box)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _: self._mapping_changed())
            grid.addWidget(QLabel(qt_translate(label.context, label), box), row, 2 * column)
            grid.addWidget(combo, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            self.mapping_combos[field] = combo
        self.mapping_box = box
        return box

    # -- the file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Choose the teacher roster"), default_folder("roster"),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if path:
            remember_folder("roster", path)
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read ``path`` on the database thread and show what the import would take."""
        self.path = path
        self.file_edit.setText(str(path))
        self.error.hide()
        self._clear_result()
        self._set_busy(True)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            self._show_preview(None)
            self._show_error(error_text(error))

        def arrived(preview: RosterPreview) -> None:
            self._set_busy(False)
            self._show_preview(preview)

        self.ctx.run(lambda _store: roster_import.preview(path), arrived, failed)

    def _show_preview(self, preview: RosterPreview | None) -> None:
        self.preview = preview
        columns = preview.columns if preview else []
        for field, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for i, name in enumerate(columns):
                combo.addItem(self.tr("Column {letter}: {name}").format(
                    letter=_column_name(i), name=name or "—"), i)
            chosen = preview.mapping.get(field) if preview else None
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.blockSignals(False)
        self.mapping_box.setEnabled(preview is not None)
        self.problems.setText("\n".join(preview.messages(qt_translate)) if preview else "")
        self.problems.setVisible(bool(self.problems.text()))
        self._fill_sample(preview)
        self._mapping_changed()

    def _fill_sample(self, preview: RosterPreview | None) -> None:
        table = self.sample
        table.clear()
        if preview is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.rows_label.clear()
            return
        table.setColumnCount(len(preview.columns))
        table.setHorizontalHeaderLabels(
            [f"{_column_name(i)}: {name}" if name else _column_name(i)
             for i, name in enumerate(preview.columns)])
        table.setRowCount(len(preview.rows))
        table.setVerticalHeaderLabels([str(number) for number, _cells in preview.rows])
        for r, (_number, cells) in enumerate(preview.rows):
            for c, text in enumerate(cells[:len(preview.columns)]):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self.rows_label.setText(self.tr(
            "{file}, sheet {sheet}: header in row {header}, {count} rows of teachers; the first "
            "{shown} are shown.").format(file=preview.file, sheet=preview.sheet,
                                         header=preview.header_row, count=preview.row_count,
                                         shown=len(preview.rows)))

    def mapping(self) -> dict[str, int]:
        """The mapping as chosen: field -> column index, for the fields given a column."""
        return {field: combo.currentData() for field, combo in self.mapping_combos.items()
                if combo.currentData() is not None}

    def set_column(self, field: str, index: int | None) -> None:
        combo = self.mapping_combos[field]
        combo.setCurrentIndex(max(combo.findData(index), 0) if index is not None else 0)

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(self.preview is not None and not self.busy
                                      and "name" in self.mapping())
        self.import_button.setToolTip("" if "name" in self.mapping() else self.tr(
            "Choose the column that holds the teachers' names (姓名) first."))

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None or self.path is None or self.busy:
            return
        path, mapping = self.path, self.mapping()
        header_row, school, today = self.preview.header_row, self.school.currentData(), \
            self.ctx.today()
        self.error.hide()
        self._clear_result()
        self._set_busy(True)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            self._show_error(error_text(error))

        self.ctx.run(lambda store: roster_import.import_roster(
            store, path, mapping, header_row=header_row, school=school, today=today),
            self._imported, failed)

    def _imported(self, result: RosterResult) -> None:
        self._set_busy(False)
        self.result = result
        if result.changes:
            self.ctx.announce(result.changes)  # the 教师 page and the pickers refresh
        self.summary.setText(self.tr(
            "{imported} teachers added, {updated} updated, {unchanged} already as in the file; "
            "{refused} rows not imported.").format(
                imported=len(result.imported), updated=len(result.updated),
                unchanged=result.unchanged, refused=len(result.refused)))
        self.refused.setRowCount(len(result.refused))
        for r, row in enumerate(result.refused):
            cells = (str(row.row), row.name, row.reason(qt_translate))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.refused.setItem(r, c, item)
        self.refused.setVisible(bool(result.refused))
        # Heights after showing: a hidden table wraps the reasons at a width it does not have.
        self.refused.resizeRowsToContents()

    def _clear_result(self) -> None:
        self.result = None
        self.summary.clear()
        self.refused.setRowCount(0)
        self.refused.hide()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self._mapping_changed()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self.busy:  # an import under way finishes and shows its result first
            super().reject()


class RosterImportButton(QPushButton):
    """导入教师名单… on the 教师 page; the roster goes to the school the page shows."""

    def __init__(self, page):
        super().__init__(page)
        self.dialog: RosterImportDialog | None = None
        self.setText(self.tr("Import roster…"))
        self.setToolTip(self.tr("Add or update teachers from the roster a school keeps in "
                                "Excel or CSV."))
        self.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.parent().ctx.with_directory(lambda _d: self.open_dialog())

    def open_dialog(self) -> RosterImportDialog:
        page = self.parent()  # the page's toolbar owns the button
        filtered = getattr(page, "school_filter", None)
        school = filtered.currentData() if filtered is not None else None
        self.dialog = RosterImportDialog(page.ctx, page, school=school)
        self.dialog.open()
        return self.dialog


def add_roster_button(page) -> RosterImportButton:
    """Put 导入教师名单… in a RecordListPage's toolbar, after its own buttons."""
    button = RosterImportButton(page)
    page.roster_button = button
    insert_before_stretch(page.toolbar, button)
    return button


__all__ = ["RosterImportDialog", "RosterImportButton", "add_roster_button"]
