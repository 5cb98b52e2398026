"""Closed vocabularies of the records. Values are stable codes stored in the database and in
bundles; labels are English source texts translated for display (Chinese by default)."""

from __future__ import annotations

from enum import Enum

from .messages import QT_TRANSLATE_NOOP

LABELS = "Labels"


class Coded(str, Enum):
    """A string enum whose members carry a translatable label."""

    def __new__(cls, code: str, label: str):
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, value):
        """Accept a member, its code, or its English label; raise ValueError otherwise."""
        if isinstance(value, cls):
            return value
        for member in cls:
            if value in (member.value, member.label):
                return member
        raise ValueError(value)


class Role(Coded):
    LEAD = "lead", QT_TRANSLATE_NOOP("Labels", "Lead school")
    MEMBER = "member", QT_TRANSLATE_NOOP("Labels", "Member school")


class Gender(Coded):
    FEMALE = "female", QT_TRANSLATE_NOOP("Labels", "Female")
    MALE = "male", QT_TRANSLATE_NOOP("Labels", "Male")


class Position(Coded):
    PRINCIPAL = "principal", QT_TRANSLATE_NOOP("Labels", "Principal")
    VICE_PRINCIPAL = "vice_principal", QT_TRANSLATE_NOOP("Labels", "Vice principal")
    DEAN = "dean", QT_TRANSLATE_NOOP("Labels", "Dean of studies")
    SUBJECT_HEAD = "subject_head", QT_TRANSLATE_NOOP("Labels", "Subject group head")
    HOMEROOM = "homeroom", QT_TRANSLATE_NOOP("Labels", "Homeroom teacher")
    TEACHER = "teacher", QT_TRANSLATE_NOOP("Labels", "Teacher")
    # 总校视导员: the education group's inspector of teaching, with the largest observing quota.
    SUPERVISOR = "supervisor", QT_TRANSLATE_NOOP("Labels", "Teaching supervisor")


class Term(Coded):
    FIRST = "1", QT_TRANSLATE_NOOP("Labels", "First semester")
    SECOND = "2", QT_TRANSLATE_NOOP("Labels", "Second semester")


class Occasion(Coded):
    """开课形式: why a lesson was opened to observers."""

    DEMONSTRATION = "demonstration", QT_TRANSLATE_NOOP("Labels", "Demonstration lesson")
    MODEL = "model", QT_TRANSLATE_NOOP("Labels", "Model lesson")
    OPEN = "open", QT_TRANSLATE_NOOP("Labels", "Open lesson")
    REPORT = "report", QT_TRANSLATE_NOOP("Labels", "Report lesson")
    RESEARCH = "research", QT_TRANSLATE_NOOP("Labels", "Research lesson")
    MENTORING = "mentoring", QT_TRANSLATE_NOOP("Labels", "Mentoring lesson")
    DROP_IN = "drop_in", QT_TRANSLATE_NOOP("Labels", "Drop-in lesson")
    SAME_TOPIC = "same_topic", QT_TRANSLATE_NOOP("Labels", "Same topic, different designs")


class LessonType(Coded):
    NEW = "new", QT_TRANSLATE_NOOP("Labels", "New material")
    REVIEW = "review", QT_TRANSLATE_NOOP("Labels", "Review")
    PRACTICE = "practice", QT_TRANSLATE_NOOP("Labels", "Practice")
    LECTURE = "lecture", QT_TRANSLATE_NOOP("Labels", "Lecture and commentary")
    EXPERIMENT = "experiment", QT_TRANSLATE_NOOP("Labels", "Experiment")
    ACTIVITY = "activity", QT_TRANSLATE_NOOP("Labels", "Activity lesson")


class GradeBand(Coded):
    EXCELLENT = "excellent", QT_TRANSLATE_NOOP("Labels", "Excellent")
    GOOD = "good", QT_TRANSLATE_NOOP("Labels", "Good")
    PASS = "pass", QT_TRANSLATE_NOOP("Labels", "Pass")
    FAIL = "fail", QT_TRANSLATE_NOOP("Labels", "Fail")


class PairingKind(Coded):
    GREEN_BLUE = "green_blue", QT_TRANSLATE_NOOP("Labels", "Young teacher mentoring")
    BACKBONE = "backbone", QT_TRANSLATE_NOOP("Labels", "Backbone teacher coaching")
    CROSS_SCHOOL = "cross_school", QT_TRANSLATE_NOOP("Labels", "Cross-school support")
    HOMEROOM = "homeroom", QT_TRANSLATE_NOOP("Labels", "Homeroom mentoring")


class PairingStatus(Coded):
    ACTIVE = "active", QT_TRANSLATE_NOOP("Labels", "Active")
    GRADUATED = "graduated", QT_TRANSLATE_NOOP("Labels", "Completed")
    DISSOLVED = "dissolved", QT_TRANSLATE_NOOP("Labels", "Dissolved")


class SessionKind(Coded):
    MENTEE_OBSERVES = "mentee_observes", QT_TRANSLATE_NOOP("Labels", "Mentee observes mentor's lesson")
    MENTOR_OBSERVES = "mentor_observes", QT_TRANSLATE_NOOP("Labels", "Mentor observes mentee's lesson")
    LESSON_PLANNING = "lesson_planning", QT_TRANSLATE_NOOP("Labels", "Lesson planning guidance")
    LESSON_POLISHING = "lesson_polishing", QT_TRANSLATE_NOOP("Labels", "Lesson polishing")
    DISCUSSION = "discussion", QT_TRANSLATE_NOOP("Labels", "Discussion")
    READING = "reading", QT_TRANSLATE_NOOP("Labels", "Reading guidance")
    PAPER = "paper", QT_TRANSLATE_NOOP("Labels", "Paper writing guidance")
    CLASS_MANAGEMENT = "class_management", QT_TRANSLATE_NOOP("Labels", "Class management guidance")
    SUMMARY = "summary", QT_TRANSLATE_NOOP("Labels", "Pairing summary")


class ActivityType(Coded):
    COLLECTIVE_PREP = "collective_prep", QT_TRANSLATE_NOOP("Labels", "Collective lesson preparation")
    LESSON_POLISHING = "lesson_polishing", QT_TRANSLATE_NOOP("Labels", "Lesson polishing")
    SAME_TOPIC = "same_topic", QT_TRANSLATE_NOOP("Labels", "Same topic, different designs")
    OUTREACH = "outreach", QT_TRANSLATE_NOOP("Labels", "Teaching outreach to rural schools")
    PRINCIPAL_FORUM = "principal_forum", QT_TRANSLATE_NOOP("Labels", "Principals' forum")
    HOMEROOM_EXCHANGE = "homeroom_exchange", QT_TRANSLATE_NOOP("Labels", "Homeroom teachers' exchange")
    OPEN_DAY = "open_day", QT_TRANSLATE_NOOP("Labels", "Teaching open day")
    LECTURE = "lecture", QT_TRANSLATE_NOOP("Labels", "Thematic lecture")
    JOINT_RESEARCH = "joint_research", QT_TRANSLATE_NOOP("Labels", "Joint teaching research")
    DEMONSTRATION = "demonstration", QT_TRANSLATE_NOOP("Labels", "Demonstration lesson")
    ROTATION = "rotation", QT_TRANSLATE_NOOP("Labels", "Teacher exchange and rotation")
    STUDENT_EXCHANGE = "student_exchange", QT_TRANSLATE_NOOP("Labels", "Students hand in hand")


class Mode(Coded):
    ONSITE = "onsite", QT_TRANSLATE_NOOP("Labels", "On site")
    ONLINE = "online", QT_TRANSLATE_NOOP("Labels", "Online")


class ParticipantRole(Coded):
    SPEAKER = "speaker", QT_TRANSLATE_NOOP("Labels", "Speaker")
    LEAD_PREPARER = "lead_preparer", QT_TRANSLATE_NOOP("Labels", "Lead preparer")
    TEACHING = "teaching", QT_TRANSLATE_NOOP("Labels", "Teaching")
    OBSERVING = "observing", QT_TRANSLATE_NOOP("Labels", "Observing")
    RECORDING = "recording", QT_TRANSLATE_NOOP("Labels", "Recording")


class Scope(Coded):
    PERSON = "person", QT_TRANSLATE_NOOP("Labels", "Person")
    PAIRING = "pairing", QT_TRANSLATE_NOOP("Labels", "Pairing")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Labels", "School")
    ALLIANCE = "alliance", QT_TRANSLATE_NOOP("Labels", "Alliance")


class Period(Coded):
    SEMESTER = "semester", QT_TRANSLATE_NOOP("Labels", "Semester")
    SCHOOL_YEAR = "school_year", QT_TRANSLATE_NOOP("Labels", "School year")
    MONTH = "month", QT_TRANSLATE_NOOP("Labels", "Month")
    QUARTER = "quarter", QT_TRANSLATE_NOOP("Labels", "Quarter")


class Metric(Coded):
    """What a quota rule counts. Each metric fixes its scope; see ``compliance.METRIC_SCOPE``."""

    OBSERVATIONS_BY_OBSERVER = "observations_by_observer", QT_TRANSLATE_NOOP("Labels", "Lessons observed")
    ACTIVITIES_OF_SCHOOL = "activities_of_school", QT_TRANSLATE_NOOP("Labels", "Alliance activities taken part in")
    ACTIVITIES_OF_ALLIANCE = "activities_of_alliance", QT_TRANSLATE_NOOP("Labels", "Alliance activities held")
    DEMONSTRATION_LESSONS = "demonstration_lessons", QT_TRANSLATE_NOOP("Labels", "Demonstration lessons given")
    PAIRING_SESSIONS = "pairing_sessions", QT_TRANSLATE_NOOP("Labels", "Mentor sessions")
    # The alliance's own duties, counted from meetings and reports sent (once held / sent).
    COUNCIL_MEETINGS = "council_meetings", QT_TRANSLATE_NOOP("Labels", "Council meetings held")
    ALLIANCE_MEETINGS = "alliance_meetings", QT_TRANSLATE_NOOP("Labels", "Alliance schools meetings held")
    JOINT_MEETINGS = "joint_meetings", QT_TRANSLATE_NOOP("Labels", "Joint leaders' meetings taken part in")
    QUARTERLY_REPORTS_SENT = "quarterly_reports_sent", QT_TRANSLATE_NOOP("Labels", "Quarterly reports sent to the bureau")
    ANNUAL_REPORTS_SENT = "annual_reports_sent", QT_TRANSLATE_NOOP("Labels", "Annual summaries sent")
    EXCHANGES = "exchanges", QT_TRANSLATE_NOOP("Labels", "Teacher exchanges taken part in")


class Status(Coded):
    """Where a subject stands against a quota."""

    MET = "met", QT_TRANSLATE_NOOP("Labels", "Met")
    ON_TRACK = "on_track", QT_TRANSLATE_NOOP("Labels", "On track")
    BEHIND = "behind", QT_TRANSLATE_NOOP("Labels", "Behind")
    MISSED = "missed", QT_TRANSLATE_NOOP("Labels", "Missed")
