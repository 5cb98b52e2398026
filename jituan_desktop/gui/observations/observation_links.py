"""Links of an observation: the alliance activity it was part of and the mentor pairing.

Activities are many and change often, so the recent ones are read on the database thread
when the form opens; the one already linked is always offered, however old.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from ...domain.list_query import ListQuery
from ...domain.messages import Refusal
from ...domain.records import Activity
from ...services import query_ops, record_ops
from ...services.directory_ops import Directory
from ..context import AppContext
from ..qt_text import shown_day
from ..widgets.field_errors import FieldErrors
from ..widgets.pickers import SearchableCombo

RECENT_ACTIVITY_DAYS = 400  # a school year and a little more
MAX_ACTIVITIES = 300


def recent_activities(store, today, keep: str | None) -> list[tuple[str, str, str]]:
    """(uuid, shown text, search key) of recent activities, plus ``keep`` if older."""
    query = ListQuery(date_from=today - timedelta(days=RECENT_ACTIVITY_DAYS), date_to=today)
    rows = query_ops.page(store, "activity", query, limit=MAX_ACTIVITIES)
    entries = [(r["uuid"], f"{shown_day(r['activity_date'])} {r['title']}"
                          f"（{r['host_school_name'] or ''}）",
                r["title"]) for r in rows]
    if keep and all(uuid != keep for uuid, _, _ in entries):
        try:
            a = record_ops.get(store, Activity, keep)
            entries.append((a.uuid, f"{shown_day(a.activity_date)} {a.title}", a.title))
        except Refusal:
            pass  # deleted since: the link stays as stored, shown empty
    return entries


class ObservationLinks(QWidget):
    loaded = Signal()  # the activity choices have arrived

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        self.activity = SearchableCombo(self)
        self.activity.lineEdit().setPlaceholderText(self.tr("None (type to find an activity)"))
        self.pairing = SearchableCombo(self)
        self.pairing.lineEdit().setPlaceholderText(self.tr("None (type a mentor or mentee)"))
        errors.add_row(form, self.tr("Alliance activity"), self.activity, "activity")
        errors.add_row(form, self.tr("Mentor pairing"), self.pairing, "pairing")
        self._wanted_activity: str | None = None
        self.loading = False

    def load(self, directory: Directory, activity: str | None, pairing: str | None) -> None:
        self.pairing.set_entries(
            (p.uuid, f"{p.label}（{p.subject}）" if p.subject else p.label, p.label)
            for p in directory.pairings if p.active or p.uuid == pairing)
        self.pairing.set_uuid(pairing)
        self._wanted_activity = activity
        self.loading = True
        today = self.ctx.today()
        self.ctx.run(lambda store: recent_activities(store, today, activity), self._arrived)

    def _arrived(self, entries) -> None:
        self.activity.blockSignals(True)
        self.activity.set_entries(entries)
        self.activity.set_uuid(self._wanted_activity)
        self.activity.blockSignals(False)
        self.loading = False
        self.loaded.emit()

    def activity_uuid(self) -> str | None:
        # Before the choices arrive, or when the linked activity is no longer offered
        # (deleted since), the link stays as it was loaded.
        if self.loading or self.activity.currentIndex() < 0:
            return self._wanted_activity
        return self.activity.uuid()

    def pairing_uuid(self) -> str | None:
        return self.pairing.uuid()
