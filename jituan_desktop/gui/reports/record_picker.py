"""Choosing the one record a form is printed for: type a few words (a topic, a name, pinyin
initials of a pairing's mentor or mentee), pick from the newest matches.

Matches come from the same lists the pages show (full-text search for observations and
activities, names for pairings), a page at a time on the database thread, so a lead school's
100,000 observations are searched as quickly as a member's hundred.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, \
    QWidget

from ...domain.enums import ActivityType
from ...domain.list_query import ListQuery
from ...domain.meetings import MeetingKind
from ...services import mentoring_ops, query_ops
from ..context import AppContext
from ..qt_text import coded_label, shown_day

MATCHES = 50  # shown at most; typing narrows further
SEARCH_DELAY_MS = 200
LISTS = {"observation": "observation", "activity": "activity", "pairing": "pairing",
         "plan": "plan",
         "meeting": "meeting"}
UUID_ROLE = Qt.UserRole
NAME_ROLE = Qt.UserRole + 1  # a few words for the file name: 2026-11-20 张三 课题
NAME_FIELDS = {"observation": ("lesson_date", "teacher_name", "topic"),
               "activity": ("activity_date", "title"), "pairing": ("mentor_name", "mentee_name"),
               "plan": ("title",),
               "meeting": ("meeting_date", "title")}


class RecordPicker(QWidget):
    chosen = Signal(object)  # uuid or None
    loaded = Signal()  # a list of matches arrived

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind: str | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.matches = QListWidget(self)
        self.matches.setMinimumHeight(140)
        self.matches.currentItemChanged.connect(lambda *_: self.chosen.emit(self.uuid()))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.search)

    def set_kind(self, kind: str | None) -> None:
        """Pick records of ``kind`` (observation, activity, meeting, pairing); keeps the typed words."""
        if kind == self.kind:
            return
        self.kind = kind
        self.search.setPlaceholderText({
            "observation": self.tr("Search topic, teacher, notes…"),
            "activity": self.tr("Search title, notes…"),
            "meeting": self.tr("Search title, agenda, decisions…"),
            "pairing": self.tr("Mentor or mentee: name or pinyin initials"),
            "plan": self.tr("Search title, guiding principles, items…"),
        }.get(kind or "", ""))
        self.matches.clear()
        if kind:
            self.reload()

    def uuid(self) -> str | None:
        item = self.matches.currentItem()
        return item.data(UUID_ROLE) if item is not None else None

    def text(self) -> str:
        item = self.matches.currentItem()
        return item.text() if item is not None else ""

    def file_words(self) -> str:
        """The chosen record in a few words, for the name of its file."""
        item = self.matches.currentItem()
        return item.data(NAME_ROLE) if item is not None else ""

    def reload(self) -> None:
        kind = self.kind
        if kind is None:
            return
        self._generation += 1
        generation, query = self._generation, ListQuery(text=self.search.text().strip())

        def fetch(store) -> list[dict]:
            if kind == "pairing":
                return mentoring_ops.pairings_page(store, query, limit=MATCHES)
            return query_ops.page(store, LISTS[kind], query, limit=MATCHES)

        def arrived(rows: list[dict]) -> None:
            if generation == self._generation and kind == self.kind:
                self._show(rows)

        self.ctx.run(fetch, arrived)

    def _show(self, rows: list[dict]) -> None:
        keep = self.uuid()
        self.matches.blockSignals(True)
        self.matches.clear()
        describe = {"observation": self._observation, "activity": self._activity,
                    "pairing": self._pairing, "plan": self._plan,
                    "meeting": self._meeting}[self.kind]
        for row in rows:
            item = QListWidgetItem(describe(row))
            item.setData(UUID_ROLE, row["uuid"])
            words = (str(row.get(f) or "") for f in NAME_FIELDS[self.kind])
            item.setData(NAME_ROLE, "-".join(w for w in words if w))
            self.matches.addItem(item)
        keep_row = next((i for i, row in enumerate(rows) if row["uuid"] == keep), 0)
        if rows:
            self.matches.setCurrentRow(keep_row)
        self.matches.blockSignals(False)
        if not rows:
            self.hint.setText(self.tr("Nothing matches. Try fewer words."))
        elif len(rows) >= MATCHES:
            self.hint.setText(self.tr("The newest {n} matches; type more to narrow.").format(
                n=MATCHES))
        else:
            self.hint.setText("")
        self.chosen.emit(self.uuid())
        self.loaded.emit()

    def _observation(self, row: dict) -> str:
        return self.tr("{date}  {teacher}  {subject}: {topic}").format(
            date=shown_day(row.get("lesson_date")), teacher=row.get("teacher_name") or "",
            subject=row.get("subject") or "", topic=row.get("topic") or "")

    def _activity(self, row: dict) -> str:
        return self.tr("{date}  {type}: {title}").format(
            date=shown_day(row.get("activity_date")),
            type=coded_label(ActivityType)(row.get("type")),
            title=row.get("title") or "")

    def _plan(self, row: dict) -> str:
        return self.tr("{school}: {title}").format(school=row.get("school_name") or "",
                                                   title=row.get("title") or "")

    def _meeting(self, row: dict) -> str:
        return self.tr("{date}  {kind}: {title}").format(
            date=shown_day(row.get("meeting_date")),
            kind=coded_label(MeetingKind)(row.get("kind")), title=row.get("title") or "")

    def _pairing(self, row: dict) -> str:
        return self.tr("{mentor} → {mentee}  {subject}, since {start}").format(
            mentor=row.get("mentor_name") or "?", mentee=row.get("mentee_name") or "?",
            subject=row.get("subject") or "", start=shown_day(row.get("start")))


__all__ = ["RecordPicker"]
