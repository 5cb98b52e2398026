"""Aggregates in SQL: the counter that compliance evaluates, and per-school record counts.

:class:`SqlCounter` must agree with ``domain.compliance.RecordCounter`` on the same
records; a test holds them to it.
"""

from __future__ import annotations

from datetime import date

from ..domain.compliance import MEETING_METRICS, REPORT_METRICS
from ..domain.enums import ActivityType, Metric, Occasion, SessionKind
from .codec import json_sql
from .store import Store


class SqlCounter:
    def __init__(self, store: Store, alliance_key: str = ""):
        self.store = store
        self.alliance_key = alliance_key

    def _pairs(self, sql: str, params: list) -> dict[str, int]:
        return {key: n for key, n in self.store.execute(sql, params).fetchall()}

    def count(self, metric: Metric, start: date, end: date, *,
              session_kind: SessionKind | None = None) -> dict[str, int]:
        span = [start.isoformat(), end.isoformat()]
        if metric is Metric.OBSERVATIONS_BY_OBSERVER:
            return self._pairs(
                "SELECT observer, count(*) FROM observation WHERE deleted = 0 "
                "AND lesson_date BETWEEN ? AND ? GROUP BY observer", span)
        if metric is Metric.DEMONSTRATION_LESSONS:
            # Twenty observers of one 示范课 make twenty records but one lesson.
            return self._pairs(
                "SELECT school, count(*) FROM (SELECT DISTINCT school, teacher, lesson_date, "
                "period_no, topic FROM observation WHERE deleted = 0 AND occasion = ? "
                "AND lesson_date BETWEEN ? AND ?) GROUP BY school",
                [Occasion.DEMONSTRATION.value] + span)
        if metric is Metric.ACTIVITIES_OF_SCHOOL:
            # UNION, not UNION ALL: a host also listed as a participant counts once.
            return self._pairs(
                "SELECT school, count(*) FROM ("
                " SELECT a.id, a.host_school AS school FROM activity a"
                " WHERE a.deleted = 0 AND a.activity_date BETWEEN ? AND ?"
                " UNION SELECT a.id, j.value FROM activity a, json_each(" + json_sql("a.schools") + ") j"
                " WHERE a.deleted = 0 AND a.activity_date BETWEEN ? AND ?"
                ") GROUP BY school", span + span)
        if metric is Metric.ACTIVITIES_OF_ALLIANCE:
            n = self.store.execute(
                "SELECT count(*) FROM activity WHERE deleted = 0 AND activity_date BETWEEN ? AND ?",
                span).fetchone()[0]
            return {self.alliance_key: n} if n else {}
        if metric is Metric.PAIRING_SESSIONS:
            sql = ("SELECT pairing, count(*) FROM mentor_session WHERE deleted = 0 "
                   "AND session_date BETWEEN ? AND ?")
            params = list(span)
            if session_kind is not None:
                sql += " AND kind = ?"
                params.append(session_kind.value)
            return self._pairs(sql + " GROUP BY pairing", params)
        if metric is Metric.EXCHANGES:
            return self._schools_taking_part(
                "activity", "activity_date", "type", ActivityType.ROTATION.value, span)
        if metric is Metric.JOINT_MEETINGS:
            return self._schools_taking_part(
                "meeting", "meeting_date", "kind", MEETING_METRICS[metric].value, span)
        if metric in MEETING_METRICS:
            return self._alliance_total(
                "SELECT count(*) FROM meeting WHERE deleted = 0 AND kind = ? "
                "AND meeting_date BETWEEN ? AND ?", [MEETING_METRICS[metric].value] + span)
        if metric is Metric.QUARTERLY_REPORTS_SENT:
            return self._alliance_total(
                "SELECT count(*) FROM submission WHERE deleted = 0 AND kind = ? "
                "AND sent_on BETWEEN ? AND ?", [REPORT_METRICS[metric].value] + span)
        if metric is Metric.ANNUAL_REPORTS_SENT:
            return self._pairs(
                "SELECT school, count(*) FROM submission WHERE deleted = 0 AND kind = ? "
                "AND sent_on BETWEEN ? AND ? GROUP BY school",
                [REPORT_METRICS[metric].value] + span)
        raise ValueError(metric)

    def _alliance_total(self, sql: str, params: list) -> dict[str, int]:
        n = self.store.execute(sql, params).fetchone()[0]
        return {self.alliance_key: n} if n else {}

    def _schools_taking_part(self, table: str, day: str, kind_column: str, kind: str,
                             span: list) -> dict[str, int]:
        """Records of one kind per school that hosted or took part (``schools``) in the span."""
        # UNION, not UNION ALL: a host also listed as a participant counts once.
        where = f"t.deleted = 0 AND t.{kind_column} = ? AND t.{day} BETWEEN ? AND ?"
        return self._pairs(
            f"SELECT school, count(*) FROM ("
            f" SELECT t.id, t.host_school AS school FROM {table} t WHERE {where}"
            f" UNION SELECT t.id, j.value FROM {table} t, json_each({json_sql('t.schools')}) j "
            f"WHERE {where}"
            f") GROUP BY school", [kind] + span + [kind] + span)


COUNTED_TABLES = {
    "teachers": "teacher",
    "observations": "observation",
    "pairings": "pairing",
    "mentor_sessions": "mentor_session",
    "activities": "activity",
}


def counts_by_owner(store: Store) -> dict[str, dict[str, int]]:
    """Live records per owner school UUID and kind, for ``jituan status``."""
    result: dict[str, dict[str, int]] = {}
    for kind, table in COUNTED_TABLES.items():
        for owner, n in store.execute(
                f"SELECT owner_school, count(*) FROM {table} WHERE deleted = 0 "
                "GROUP BY owner_school").fetchall():
            result.setdefault(owner, {k: 0 for k in COUNTED_TABLES})[kind] = n
    return result
