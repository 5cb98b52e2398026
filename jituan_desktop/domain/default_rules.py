"""The seed policies every new alliance starts from; the lead school edits them as data.

Names and source texts are in the words of the policy documents they come from.
"""

from __future__ import annotations

from .enums import Metric, Period, Position, Scope, SessionKind
from .records import QuotaRule

PRINCIPALS = [Position.PRINCIPAL, Position.VICE_PRINCIPAL]
TEACHERS = [Position.DEAN, Position.SUBJECT_HEAD, Position.HOMEROOM, Position.TEACHER]


def default_rules(owner_school: str) -> list[QuotaRule]:
    specs = [
        dict(name="每学期联盟合作交流活动不少于4次", scope=Scope.SCHOOL,
             metric=Metric.ACTIVITIES_OF_SCHOOL, period=Period.SEMESTER, threshold=4,
             source_text="每学期合作交流活动不低于4次"),
        dict(name="联盟活动原则上每月一次", scope=Scope.ALLIANCE,
             metric=Metric.ACTIVITIES_OF_ALLIANCE, period=Period.MONTH, threshold=1,
             source_text="原则上每月一次"),
        dict(name="每学年示范课两次以上", scope=Scope.SCHOOL,
             metric=Metric.DEMONSTRATION_LESSONS, period=Period.SCHOOL_YEAR, threshold=2,
             source_text="每学年示范课两次以上"),
        dict(name="徒弟每学期听师傅课不少于8节", scope=Scope.PAIRING,
             metric=Metric.PAIRING_SESSIONS, period=Period.SEMESTER, threshold=8,
             session_kind=SessionKind.MENTEE_OBSERVES,
             source_text="徒弟每学期听师傅的课不少于8节"),
        dict(name="师傅每学期听徒弟课不少于7节", scope=Scope.PAIRING,
             metric=Metric.PAIRING_SESSIONS, period=Period.SEMESTER, threshold=7,
             session_kind=SessionKind.MENTOR_OBSERVES,
             source_text="师傅每学期听徒弟的课不少于7节"),
        dict(name="校长每学期听课不少于14节", scope=Scope.PERSON,
             metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER, threshold=14,
             positions=PRINCIPALS, source_text="校长每学期听课不少于14节"),
        dict(name="教师每学期听课不少于12节", scope=Scope.PERSON,
             metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER, threshold=12,
             positions=TEACHERS, source_text="教师每学期听课不少于12节"),
        dict(name="结对帮扶年度总结11月30日前报送", scope=Scope.PAIRING,
             metric=Metric.PAIRING_SESSIONS, period=Period.SCHOOL_YEAR, threshold=1,
             session_kind=SessionKind.SUMMARY, due_month=11, due_day=30,
             source_text="每年11月底前将结对帮扶情况汇总报送"),
    ]
    return [QuotaRule(owner_school=owner_school, **spec) for spec in specs]
