"""What goes to the county bureau (报送): a record of each report generated and sent.

The texts ask for a quarterly written report of the council's major decisions (000:
每季度向县教育局书面汇报理事会议的重大决策内容) and an annual summary of the pairing support
from every school (004: 各学校每年11月底前要将校校结对帮扶情况汇总后及时报送).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .enums import Coded
from .messages import QT_TRANSLATE_NOOP
from .records import Attachment, Record


class SubmissionKind(Coded):
    QUARTERLY = "quarterly", QT_TRANSLATE_NOOP("Labels", "Quarterly report on council decisions")
    ANNUAL = "annual", QT_TRANSLATE_NOOP("Labels", "Annual summary of pairing support")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Other report")


@dataclass(kw_only=True)
class Submission(Record):
    school: str  # the school reporting
    kind: SubmissionKind
    year: int  # calendar year reported on
    quarter: int | None = None  # 1-4 for a quarterly report
    title: str = ""
    generated_on: date | None = None
    sent_on: date | None = None
    recipient: str = ""  # 县教育局 …
    sent_by: str | None = None  # a teacher
    notes: str = ""
    attachments: list[Attachment] = field(default_factory=list)  # the PDF as sent
