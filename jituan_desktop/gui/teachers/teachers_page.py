"""教师: the roster of every school, found by name or pinyin initials (zs finds 张三).

Which schools it shows at first: the lead school's coordinator looks after the whole
alliance, so all schools; a member school keeps its own roster, so its own school (the
others stay one choice away, since teachers are visible alliance-wide). Teachers who left
are hidden until asked for: deactivating keeps them, and every record about them, in the
history, while the pickers stop offering them. Delete is for a teacher entered by mistake.
"""

from __future__ import annotations


from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton

from ...domain.enums import Gender, Position
from ...domain.list_query import ListQuery
from ...domain.records import Teacher
from ...services import record_ops
from ...services.directory_ops import Directory
from ..context import AppContext
from ..qt_text import coded_label
from ..reports import list_export, roster_import_dialog
from ..widgets.pickers import EnumCombo
from ..widgets.record_list_page import Column, RecordListPage
from .teacher_choices import backbone_label, joined, status_text, stored_list
from .teacher_editor import TeacherEditor


class TeachersPage(RecordListPage):
    list_name = "teacher"
    record_class = Teacher
    editor_class = TeacherEditor
    kinds = frozenset({"Teacher", "School"})

    def __init__(self, ctx: AppContext, parent=None):
        self.editor: TeacherEditor | None = None
        self._building = True  # the base class refreshes once it is built
        super().__init__(ctx, parent)
        self._building = False
        self.search.setPlaceholderText(self.tr("Name or pinyin initials, e.g. zs (Ctrl+F)"))
        self.active_button = QPushButton(self.tr("Mark as left"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.toolbar.insertWidget(3, self.active_button)
        self.table.setColumnWidth(1, 190)  # school names run long: 新桥(含吾祠)中心学校
        self.update_buttons()
        roster_import_dialog.add_roster_button(self)  # 导入教师名单…
        list_export.attach_to_list(self, "teachers")  # 导出: the rows shown

    # -- the list ---------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("school_name", self.tr("School")),
            Column("gender", self.tr("Gender"), coded_label(Gender)),
            Column("subjects", self.tr("Subjects"), joined),
            Column("grades", self.tr("Grades taught"), joined),
            Column("position", self.tr("Position"), coded_label(Position)),
            Column("title", self.tr("Professional title")),
            Column("backbone", self.tr("Backbone titles"),
                   lambda v: "、".join(backbone_label(b) for b in stored_list(v))),
            Column("active", self.tr("Status"), status_text),
        ]

    def build_filters(self, bar: QHBoxLayout) -> None:
        bar.addWidget(QLabel(self.tr("School"), self))
        self.school_filter = QComboBox(self)
        self.school_filter.addItem(self.tr("All schools"), None)
        self.school_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        bar.addWidget(self.school_filter)
        bar.addWidget(QLabel(self.tr("Position"), self))
        self.position_filter = EnumCombo(Position, self, allow_empty=True)
        self.position_filter.setItemText(0, self.tr("All positions"))
        bar.addWidget(self.position_filter)
        self.show_inactive = QCheckBox(self.tr("Show teachers who left"), self)
        bar.addWidget(self.show_inactive)
        self._default_school_set = False
        self.ctx.directory_loaded.connect(self._fill_schools)
        if self.ctx.directory is not None:
            self._fill_schools(self.ctx.directory)
        else:
            self.ctx.with_directory(lambda _d: None)  # ask for it; _fill_schools gets it
        self.school_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.position_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.show_inactive.toggled.connect(lambda _: self.refresh())

    def _fill_schools(self, directory: Directory) -> None:
        """Offer every school (their names may change); the first time, choose the default
        the module docstring explains."""
        keep = self.school_filter.currentData()
        if not self._default_school_set:
            keep = None if directory.is_lead else directory.my_school
        self.school_filter.blockSignals(True)
        while self.school_filter.count() > 1:
            self.school_filter.removeItem(1)
        for school in directory.schools:
            self.school_filter.addItem(school.name, school.uuid)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(keep), 0))
        self.school_filter.blockSignals(False)
        if not self._default_school_set:
            self._default_school_set = True
            if not self._building:
                self.refresh()

    def query(self) -> ListQuery:
        filters = {}
        if self.school_filter.currentData():
            filters["school"] = self.school_filter.currentData()
        if self.position_filter.value() is not None:
            filters["position"] = str(self.position_filter.value())  # the code
        if not self.show_inactive.isChecked():
            filters["active"] = "1"
        return ListQuery(filters=filters)

    def empty_hint(self) -> str:
        return self.tr("No teachers here yet with the filters above. Click Import roster… to "
                       "read the list your school keeps in Excel or CSV, or New to add "
                       "teachers one by one: lessons observed and pairings need them first.")

    def describe(self, row: dict) -> str:
        school = row.get("school_name")
        return f"{row.get('name', '')}（{school}）" if school else str(row.get("name", ""))

    # -- actions ----------------------------------------------------------------------------
    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "active_button"):  # the list loads before the button exists
            return
        row = self.current_row()
        owned = self.is_own(row)
        self.active_button.setEnabled(owned)
        left = row is not None and not row.get("active")
        self.active_button.setText(self.tr("Mark as teaching again") if left
                                   else self.tr("Mark as left"))
        self.active_button.setToolTip(self.delete_button.toolTip())

    def toggle_active(self) -> None:
        row = self.current_row()
        if not self.is_own(row):
            return
        uuid, active, today = row["uuid"], not row.get("active"), self.ctx.today()
        self.ctx.run(lambda store: record_ops.set_teacher_active(store, uuid, active, today=today),
                     self.ctx.announce)



__all__ = ["TeachersPage"]
