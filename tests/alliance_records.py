"""Writing the schools and teachers a test's records refer to, through the app's own use
cases; the tests of plans, meetings and reports sent build their small alliances on this."""

from __future__ import annotations

from datetime import date

from jituan_desktop.domain.enums import Position
from jituan_desktop.domain.records import School, Teacher
from jituan_desktop.services import record_ops

TODAY = date(2026, 11, 25)


class AllianceRecords:
    """``store`` is a lead school's; members and teachers are added as the test needs."""

    def __init__(self, store):
        self.store = store
        self.lead = store.school_uuid

    def school(self, name: str, code: str) -> str:
        s = School(name=name, code=code)
        record_ops.save(self.store, s, today=TODAY)
        return s.uuid

    def teacher(self, name: str, school: str, position: Position = Position.TEACHER) -> str:
        t = Teacher(school=school, name=name, position=position)
        record_ops.add_teacher(self.store, t, today=TODAY)
        return t.uuid
