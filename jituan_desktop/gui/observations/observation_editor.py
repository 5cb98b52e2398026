"""The 听课记录表 as a form: header, 听课过程, 评价 with live total, comments, links, files.

A record of another school opens read-only with a notice saying whose it is: only the
school that owns a record may change it (the save would be refused anyway).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLineEdit, QPlainTextEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from ...domain.enums import LessonType, Occasion
from ...domain.messages import ValidationError
from ...domain.records import LessonObservation, RubricTemplate
from ...services.directory_ops import Directory
from ..context import AppContext
from ..reports import record_printer
from ..widgets.attachments_widget import AttachmentsWidget
from ..widgets.field_errors import error_label
from ..teachers.new_teacher import offer_new_teachers
from ..widgets.pickers import DateEdit, EnumCombo, SearchableCombo, TeacherCombo, TeacherField
from ..widgets.record_editor import RecordEditor
from .observation_links import ObservationLinks
from .process_notes import ProcessNotesTable
from .rubric_panel import RubricPanel

COMMENT_FIELDS = ("strengths", "weaknesses", "suggestions", "reflection")


def subjects_of(directory: Directory) -> list[str]:
    """Subjects the teachers of the alliance teach, most common first."""
    counts: dict[str, int] = {}
    for t in directory.teachers:
        for s in t.subjects:
            counts[s] = counts.get(s, 0) + 1
    return sorted(counts, key=lambda s: (-counts[s], s))


class ObservationEditor(RecordEditor):
    preferred_size = (980, 820)  # less on a smaller screen; the form scrolls

    def __init__(self, ctx: AppContext, record: LessonObservation | None = None, parent=None):
        self.directory: Directory = ctx.directory
        self.read_only = (record is not None
                          and record.owner_school != self.directory.my_school)
        super().__init__(ctx, record, parent)
        self.setWindowTitle(self.tr("Lesson observation") if record is None
                            else self.tr("Lesson observation: {topic}").format(topic=record.topic))
        if self.read_only:
            self._make_read_only()
        # A new school's roster is empty, and a teacher may not be on it yet: say so, and
        # add the teacher from here without losing the form.
        self.new_teachers = offer_new_teachers(
            self, [self.teacher_field, self.observer_field], self._refresh_teachers)
        record_printer.add_to_editor(self, "observation")  # 打印: the 听课记录表

    # -- the form --------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        d = self.directory
        layout = QVBoxLayout(body)

        header = QGroupBox(self.tr("Lesson"), body)
        columns = QHBoxLayout(header)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.school = SearchableCombo(header)
        self.school.set_entries((s.uuid, s.name, s.code) for s in d.schools)
        self.teacher = TeacherCombo(header)
        self.teacher.set_teachers(d.teachers)
        self.teacher.chosen.connect(self._teacher_chosen)
        self.observer = TeacherCombo(header)
        self.observer.set_teachers(d.teachers)
        self.lesson_date = DateEdit(parent=header)
        self.period = QSpinBox(header)
        self.period.setRange(0, 12)
        self.period.setSpecialValueText("—")  # 0: the period was not noted
        self.subject = QComboBox(header)
        self.subject.setEditable(True)
        self.subject.addItems([""] + subjects_of(d))
        self.grade_class = QLineEdit(header)
        self.grade_class.setPlaceholderText(self.tr("e.g. Grade 4, Class 1"))
        self.topic = QLineEdit(header)
        self.lesson_type = EnumCombo(LessonType, header, allow_empty=True)
        self.occasion = EnumCombo(Occasion, header)
        e = self.errors
        self.teacher_field = TeacherField(self.teacher, header)
        self.observer_field = TeacherField(self.observer, header)
        e.add_row(left, self.tr("Teacher"), self.teacher_field, "teacher")
        e.add_row(left, self.tr("School taught at"), self.school, "school")
        e.add_row(left, self.tr("Observer"), self.observer_field, "observer")
        e.add_row(left, self.tr("Date"), self.lesson_date, "lesson_date")
        e.add_row(left, self.tr("Period"), self.period, "period_no")
        e.add_row(right, self.tr("Subject"), self.subject, "subject")
        e.add_row(right, self.tr("Grade and class"), self.grade_class, "grade_class")
        e.add_row(right, self.tr("Topic"), self.topic, "topic")
        e.add_row(right, self.tr("Lesson type"), self.lesson_type, "lesson_type")
        e.add_row(right, self.tr("Occasion"), self.occasion, "occasion")
        layout.addWidget(header)

        process = QGroupBox(self.tr("Lesson process"), body)
        box = QVBoxLayout(process)
        self.notes = ProcessNotesTable(process)
        box.addWidget(self.notes)
        notes_message = error_label(process)
        box.addWidget(notes_message)
        e.watch(self.notes, notes_message, "notes")
        layout.addWidget(process)

        self.rubric = RubricPanel(body)
        e.watch(self.rubric, self.rubric.message, "scores", "rubric", "rubric_version")
        layout.addWidget(self.rubric)

        comments = QGroupBox(self.tr("Comments"), body)
        form = QFormLayout(comments)
        captions = (self.tr("Strengths"), self.tr("Weaknesses"), self.tr("Suggestions"),
                    self.tr("Teacher's reflection"))
        self.comments: dict[str, QPlainTextEdit] = {}
        for field, caption in zip(COMMENT_FIELDS, captions):
            edit = QPlainTextEdit(comments)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            self.comments[field] = edit
            e.add_row(form, caption, edit, field)
        layout.addWidget(comments)

        links = QGroupBox(self.tr("Links"), body)
        self.links = ObservationLinks(self.ctx, e, links)
        QVBoxLayout(links).addWidget(self.links)
        layout.addWidget(links)

        files = QGroupBox(self.tr("Attachments (photo of the handwritten page)"), body)
        self.attachments = AttachmentsWidget(self.ctx, files)
        QVBoxLayout(files).addWidget(self.attachments)
        e.watch(self.attachments, self.attachments.message, "attachments")
        layout.addWidget(files)

        self.notes.rows_changed.connect(self.mark_dirty)
        self.rubric.toggled.connect(self.mark_dirty)
        self.attachments.changed.connect(self.mark_dirty)

    def _teacher_chosen(self, uuid: str | None) -> None:
        """The lesson was taught at the teacher's school, in a subject they teach."""
        entry = self.directory.teacher(uuid)
        if entry is None:
            return
        self.school.set_uuid(entry.school)
        if not self.subject.currentText().strip() and entry.subjects:
            self.subject.setEditText(entry.subjects[0])

    def _refresh_teachers(self, directory: Directory) -> None:
        """A teacher was added from here: the pickers offer the roster as it is now."""
        self.directory = directory
        self.teacher.set_teachers(directory.teachers)
        self.observer.set_teachers(directory.teachers)

    # -- loading ---------------------------------------------------------------------------
    def _template(self, uuid: str | None) -> RubricTemplate | None:
        rubrics = self.directory.rubrics
        return next((r for r in rubrics if r.uuid == uuid), None) or (
            rubrics[0] if rubrics and uuid is None else None)

    def load_defaults(self) -> None:
        d = self.directory
        self.school.set_uuid(d.my_school)
        self.observer.set_uuid(d.last_observer)
        self.lesson_date.set_value(self.ctx.today())
        self.occasion.set_value(Occasion.OPEN)
        self.rubric.set_template(self._template(None), {})
        self.rubric.setChecked(True)
        self.links.load(d, None, None)

    def load(self, record: LessonObservation) -> None:
        self.teacher.set_uuid(record.teacher)  # first: choosing a teacher sets the school
        self.school.set_uuid(record.school)
        self.observer.set_uuid(record.observer)
        self.lesson_date.set_value(record.lesson_date)
        self.period.setValue(record.period_no or 0)
        self.subject.setEditText(record.subject)
        self.grade_class.setText(record.grade_class)
        self.topic.setText(record.topic)
        self.lesson_type.set_value(record.lesson_type)
        self.occasion.set_value(record.occasion)
        self.notes.set_notes(record.notes)
        template = self._template(record.rubric)
        earlier = (template is not None and record.scores != {}
                   and record.rubric_version not in (None, template.template_version))
        self.rubric.set_template(template, record.scores, earlier_version=earlier)
        self.rubric.setChecked(bool(record.scores) or template is None)
        for field, edit in self.comments.items():
            edit.setPlainText(getattr(record, field))
        self.attachments.set_attachments(record.attachments)
        self.links.load(self.directory, record.activity, record.pairing)

    # -- saving ----------------------------------------------------------------------------
    def collect(self) -> LessonObservation:
        unknown = [p for p in (self.teacher_field.problem("teacher"),
                               self.observer_field.problem("observer")) if p]
        if unknown:
            raise ValidationError(unknown)
        template = self.rubric.template
        scores = self.rubric.scores()
        kept_version = self.record is not None and self.rubric.earlier_version and scores
        fields = dict(
            school=self.school.uuid() or "", teacher=self.teacher.uuid() or "",
            observer=self.observer.uuid() or "", lesson_date=self.lesson_date.value(),
            period_no=self.period.value() or None, subject=self.subject.currentText().strip(),
            grade_class=self.grade_class.text().strip(), topic=self.topic.text().strip(),
            lesson_type=self.lesson_type.value(), occasion=self.occasion.value(),
            notes=self.notes.notes(), scores=scores,
            rubric=(self.record.rubric if kept_version else
                    template.uuid if template is not None and scores else None),
            rubric_version=(self.record.rubric_version if kept_version else
                            template.template_version if template is not None and scores
                            else None),
            activity=self.links.activity_uuid(), pairing=self.links.pairing_uuid(),
            attachments=self.attachments.attachments(),
            **{f: e.toPlainText().strip() for f, e in self.comments.items()})
        if self.record is None:
            return LessonObservation(**fields)
        return replace(self.record, **fields)

    # -- another school's record -----------------------------------------------------------
    def _make_read_only(self) -> None:
        owner = self.directory.school_name(self.record.owner_school) or self.tr("another school")
        self.freeze(self.tr("This observation belongs to {school}. Only that school can change "
                            "it; here it can be read.").format(school=owner))

    def freeze_parts(self) -> None:
        self.rubric.set_read_only()
        self.notes.set_read_only(True)
