"""The seed policies every new alliance starts from; the lead school edits them as data.

Each default quotes the policy text it comes from: ``source_text`` is the sentence copied
verbatim from a file of the policy texts (``../shared/seeds/``; for 004, which is in
Traditional characters with pinyin glosses, in simplified characters without the glosses),
``source_file`` names the file and ``source_section`` the 篇 and headings it is under, so a
principal can look it up. tests/domain/test_default_rule_sources.py finds every quote in its
file. A default the texts do not set says so: its source text begins 常见做法.

``key`` is each default's stable name (kept on the rule as ``default_key``): it tells an
untouched default from one the lead school edited, and lets an upgrade of the defaults
(``domain.rule_upgrade``) replace only untouched ones.
"""

from __future__ import annotations

from .enums import Metric, Period, Position, Scope, SessionKind
from .records import QuotaRule

# 学校领导: the positions that lead a school (the dean of studies, 教务主任 or 教导主任, among
# them). 教师: everyone else who teaches.
SCHOOL_LEADERS = [Position.PRINCIPAL, Position.VICE_PRINCIPAL, Position.DEAN]
TEACHERS = [Position.SUBJECT_HEAD, Position.HOMEROOM, Position.TEACHER]

COMMON_PRACTICE = "常见做法"  # how a default the texts do not set must begin its source text

F000 = "000_4831cd458b4b7471.txt"
F004 = "004_40450cabe39de89f.txt"

OBSERVING_QUOTE = ("要求总校视导员每学期听课不少于80节,学校领导每学期听课不少于40节,"
                   "教师每学期听课不少于18节。")
OBSERVING_SECTION = "篇六 / 三、具体工作及措施 / (4)加强听、评课督导,规范作业布置与批改"
COUNCIL_SECTION = "篇八 / 二、主要措施 / (二)建立健全管理机制 / 2.建立集团理事会议制度"
EXCHANGE_SECTION = "篇五 / (三)工作推进与工作激励"

DEFAULT_SPECS: list[dict] = [
    dict(key="observing_supervisors", name="总校视导员每学期听课不少于80节",
         scope=Scope.PERSON, metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER,
         threshold=80, positions=[Position.SUPERVISOR],
         source_text=OBSERVING_QUOTE, source_file=F000, source_section=OBSERVING_SECTION),
    dict(key="observing_school_leaders",
         name="学校领导（校长、副校长、教务主任）每学期听课不少于40节",
         scope=Scope.PERSON, metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER,
         threshold=40, positions=SCHOOL_LEADERS,
         source_text=OBSERVING_QUOTE, source_file=F000, source_section=OBSERVING_SECTION),
    dict(key="observing_teachers",
         name="教师（教研组长、班主任、任课教师）每学期听课不少于18节",
         scope=Scope.PERSON, metric=Metric.OBSERVATIONS_BY_OBSERVER, period=Period.SEMESTER,
         threshold=18, positions=TEACHERS,
         source_text=OBSERVING_QUOTE, source_file=F000, source_section=OBSERVING_SECTION),
    dict(key="cooperation_activities", name="每学期合作交流活动不得低于4次",
         scope=Scope.SCHOOL, metric=Metric.ACTIVITIES_OF_SCHOOL, period=Period.SEMESTER,
         threshold=4,
         source_text="各教育发展合作体,要研究制定合作体合作办学实施方案,定期开展合作交流活动,"
                     "每学期不得低于4次。",
         source_file=F000, source_section=EXCHANGE_SECTION + " / 2.强化合作交流实效"),
    dict(key="monthly_activities", name="结对学校原则上每月开展一次活动",
         scope=Scope.ALLIANCE, metric=Metric.ACTIVITIES_OF_ALLIANCE, period=Period.MONTH,
         threshold=1,
         source_text="原则上每月一次开展活动,主要进行集中教研活动、头脑风暴、专题讲座、课题指导、"
                     "师徒结对、学术沙龙、业务竞赛等活动,以活动为载体,形成“学习、研究、实践、探讨”"
                     "为一体的教研氛围。",
         source_file=F004, source_section="二、.具体措施 / 4.灵活开展活动"),
    dict(key="alliance_meetings", name="牵头学校每月至少召开一次联盟校会议",
         scope=Scope.ALLIANCE, metric=Metric.ALLIANCE_MEETINGS, period=Period.MONTH,
         threshold=1,
         source_text="联盟化办学牵头学校,每月至少召开一次联盟校会议,研究解决各学校工作推进中难点、"
                     "焦点问题,坚持问题导向,及时指导,帮助各学校解决问题。",
         source_file=F000,
         source_section="篇五 / 四、推进区域内教育集团化、联盟化办学 / (二)组建教育联盟化合作体"
                        " / 3.工作推进"),
    dict(key="council_meetings", name="集团每月至少召开一次理事会议",
         scope=Scope.ALLIANCE, metric=Metric.COUNCIL_MEETINGS, period=Period.MONTH,
         threshold=1,
         source_text="集团每月至少召开一次理事会议,研究集团发展规划、工作目标、工作计划等,"
                     "统筹安排集团内教育资源和教育教学活动等。",
         source_file=F000, source_section=COUNCIL_SECTION),
    dict(key="quarterly_reports", name="每季度向县教育局书面汇报理事会议的重大决策内容",
         scope=Scope.ALLIANCE, metric=Metric.QUARTERLY_REPORTS_SENT, period=Period.QUARTER,
         threshold=1,
         source_text="各集团每季度向县教育局书面汇报理事会议的重大决策内容。",
         source_file=F000, source_section=COUNCIL_SECTION),
    dict(key="joint_meetings", name="每学期召开一至两次两校领导联席会议",
         scope=Scope.SCHOOL, metric=Metric.JOINT_MEETINGS, period=Period.SEMESTER,
         threshold=1,
         source_text="每学期一至两次定期召开两所学校领导联席会议,共同研究和探讨学校管理、发展和"
                     "教育教学等方面问题,及时掌握各校教育教学活动情况,加强信息交流,了解学校需求,"
                     "以便有针对性地开展结队帮扶活动。",
         source_file=F004, source_section="二.具体措施 / 1.加强组织领导"),
    dict(key="demonstration_lessons_year", name="每个学年上示范课两次以上",
         scope=Scope.SCHOOL, metric=Metric.DEMONSTRATION_LESSONS, period=Period.SCHOOL_YEAR,
         threshold=2,
         source_text="定期派教师到结对学校开展教育科研指导活动,上示范课(每个学年两次以上);",
         source_file=F004, source_section="四、帮扶措施 / 4、加强教学业务指导,提升科研兴教水平"),
    dict(key="demonstration_lessons_semester", name="每学期选派教学能手上示范课，每人不少于一节",
         scope=Scope.SCHOOL, metric=Metric.DEMONSTRATION_LESSONS, period=Period.SEMESTER,
         threshold=1,
         source_text="每学期每个学科要选派1-2名教学能手到城关中学上示范课,每人不少于一节",
         source_file=F004, source_section="(三)明确帮扶内容。 / 3、教学帮扶"),
    dict(key="teacher_exchanges", name="每年至少选派2名骨干教师、优秀教师进行置换交流",
         scope=Scope.SCHOOL, metric=Metric.EXCHANGES, period=Period.SCHOOL_YEAR, threshold=2,
         source_text="各教育发展合作体、牵头校每年至少要选派2名骨干教师、优秀教师和成员校同等数量的"
                     "青年教师进行置换交流,交流年限由牵头校和成员校之间商定。",
         source_file=F000, source_section=EXCHANGE_SECTION + " / 1.加大干部教师交流力度"),
    dict(key="annual_summary", name="各学校每年11月底前报送结对帮扶情况汇总",
         scope=Scope.SCHOOL, metric=Metric.ANNUAL_REPORTS_SENT, period=Period.SCHOOL_YEAR,
         threshold=1, due_month=11, due_day=30,
         source_text="要建立定期反馈制度,各学校每年11月底前要将校校结对帮扶情况汇总后及时报送"
                     "我局基民教股。",
         source_file=F004,
         source_section="四、实施要求 / (三)完善保障机制,确保结对帮扶工作顺利实施。 / 1.加强组织领导"),
    dict(key="mentee_observes", name="徒弟每学期听师傅课不少于8节",
         scope=Scope.PAIRING, metric=Metric.PAIRING_SESSIONS, period=Period.SEMESTER,
         threshold=8, session_kind=SessionKind.MENTEE_OBSERVES,
         source_text="常见做法，非文件规定：徒弟每学期听师傅课不少于8节，请按本校方案修改"),
    dict(key="mentor_observes", name="师傅每学期听徒弟课不少于7节",
         scope=Scope.PAIRING, metric=Metric.PAIRING_SESSIONS, period=Period.SEMESTER,
         threshold=7, session_kind=SessionKind.MENTOR_OBSERVES,
         source_text="常见做法，非文件规定：师傅每学期听徒弟课不少于7节，请按本校方案修改"),
]

# What a rule is compared on to tell whether it is still the default it started as.
COMPARED_FIELDS = ("name", "scope", "metric", "period", "threshold", "positions",
                   "session_kind", "due_month", "due_day", "source_text", "source_file",
                   "source_section", "active")

SPECS_BY_KEY = {spec["key"]: spec for spec in DEFAULT_SPECS}


def rule_from_spec(spec: dict, owner_school: str) -> QuotaRule:
    values = {k: v for k, v in spec.items() if k != "key"}
    values["positions"] = list(values.get("positions", []))
    return QuotaRule(owner_school=owner_school, default_key=spec["key"], **values)


def default_rules(owner_school: str) -> list[QuotaRule]:
    return [rule_from_spec(spec, owner_school) for spec in DEFAULT_SPECS]


def fields_of(spec: dict) -> dict:
    """A spec's values for every compared field (the dataclass defaults where it is silent)."""
    defaults = dict(positions=[], session_kind=None, due_month=None, due_day=None,
                    source_text="", source_file="", source_section="", active=True)
    return {name: spec.get(name, defaults.get(name)) for name in COMPARED_FIELDS}


def matches_spec(rule: QuotaRule, spec: dict) -> bool:
    """Whether ``rule`` still says exactly what ``spec`` says (nobody edited it)."""
    wanted = fields_of(spec)
    for name in COMPARED_FIELDS:
        have, want = getattr(rule, name), wanted[name]
        if name == "positions":
            have, want = sorted(str(p) for p in have), sorted(str(p) for p in want)
        elif hasattr(have, "value") or hasattr(want, "value"):
            have, want = (None if have is None else str(have)), (None if want is None else str(want))
        if have != want:
            return False
    return True


def is_edited(rule: QuotaRule) -> bool:
    """A shipped default the lead school has changed since (shown as 已修改)."""
    spec = SPECS_BY_KEY.get(rule.default_key)
    return spec is not None and not matches_spec(rule, spec)
