"""Replacing the v0.1 default quota rules by the texts' rules, at installations made before.

v0.1 shipped eight defaults, several with numbers and sentences no policy text holds (教师每学期
听课不少于12节 …). An installation made then keeps them as data. The upgrade turns every v0.1
default nobody edited into its successor among today's defaults, as a new version of the same
record (so it reaches the members in the lead's next bundle like any rule change), and adds the
defaults that have no predecessor. A v0.1 default that was edited or deleted is the lead's own
choice: it is kept as it is, and its successor is not added beside it (two quotas for the same
teachers would contradict each other).

What it decides is pure (:func:`upgraded_rules`); ``services.compliance_ops`` writes it.
Running it again writes nothing: every default it would add is there by its key.
"""

from __future__ import annotations

from dataclasses import replace

from .default_rules import DEFAULT_SPECS, SPECS_BY_KEY, is_edited, matches_spec, rule_from_spec
from .enums import Metric, Period, Position, Scope, SessionKind
from .records import QuotaRule

# Frozen: the v0.1 defaults exactly as they shipped (domain/default_rules.py at v0.1). Never
# edit: an installation's rules are compared with these to tell whether anybody changed them.
V0_1_SPECS: list[dict] = [
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
         positions=[Position.PRINCIPAL, Position.VICE_PRINCIPAL],
         source_text="校长每学期听课不少于14节"),
    dict(name="教师每学期听课不少于12节", scope=Scope.PERSON,
         metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER, threshold=12,
         positions=[Position.DEAN, Position.SUBJECT_HEAD, Position.HOMEROOM, Position.TEACHER],
         source_text="教师每学期听课不少于12节"),
    dict(name="结对帮扶年度总结11月30日前报送", scope=Scope.PAIRING,
         metric=Metric.PAIRING_SESSIONS, period=Period.SCHOOL_YEAR, threshold=1,
         session_kind=SessionKind.SUMMARY, due_month=11, due_day=30,
         source_text="每年11月底前将结对帮扶情况汇总报送"),
]

# Which of today's defaults each v0.1 default becomes.
SUCCESSORS = {
    "每学期联盟合作交流活动不少于4次": "cooperation_activities",
    "联盟活动原则上每月一次": "monthly_activities",
    "每学年示范课两次以上": "demonstration_lessons_year",
    "徒弟每学期听师傅课不少于8节": "mentee_observes",
    "师傅每学期听徒弟课不少于7节": "mentor_observes",
    "校长每学期听课不少于14节": "observing_school_leaders",
    "教师每学期听课不少于12节": "observing_teachers",
    "结对帮扶年度总结11月30日前报送": "annual_summary",
}

V0_1_BY_NAME = {spec["name"]: spec for spec in V0_1_SPECS}


def is_v0_1_default(rule: QuotaRule) -> bool:
    """A rule that started as a v0.1 default (by its name: v0.1 kept no key)."""
    return not rule.default_key and rule.name in V0_1_BY_NAME


def is_edited_v0_1(rule: QuotaRule) -> bool:
    """A v0.1 default the lead school changed, kept by the upgrade (shown as 已修改)."""
    return is_v0_1_default(rule) and not matches_spec(rule, V0_1_BY_NAME[rule.name])


def upgraded_rules(existing: list[QuotaRule], owner_school: str) -> list[QuotaRule]:
    """The rules to write so that ``existing`` (every rule, deleted ones too) has today's
    defaults: untouched v0.1 defaults turned into their successors, plus the missing ones."""
    present = {r.default_key for r in existing if r.default_key}
    kept_instead: set[str] = set()  # successors of v0.1 defaults the lead edited or deleted
    writes: list[QuotaRule] = []
    for rule in existing:
        if not is_v0_1_default(rule) or rule.owner_school != owner_school:
            continue
        successor = SUCCESSORS[rule.name]
        if rule.deleted or is_edited_v0_1(rule):
            kept_instead.add(successor)
        elif successor not in present:
            fresh = rule_from_spec(SPECS_BY_KEY[successor], owner_school)
            values = {name: getattr(fresh, name) for name in (
                "name", "scope", "metric", "period", "threshold", "positions", "session_kind",
                "due_month", "due_day", "source_text", "source_file", "source_section",
                "default_key", "active")}
            writes.append(replace(rule, **values))
            present.add(successor)
    for spec in DEFAULT_SPECS:
        if spec["key"] not in present and spec["key"] not in kept_instead:
            writes.append(rule_from_spec(spec, owner_school))
            present.add(spec["key"])
    return writes


def shows_as_edited(rule: QuotaRule) -> bool:
    """Whether 设置 marks the rule 已修改: a default (of today or of v0.1) changed since."""
    return is_edited(rule) or is_edited_v0_1(rule)
