"""The demo's reports to the county bureau (报送), a year of them, drawn from the demo's seed.

The lead's quarterly reports on council decisions for the quarters that have ended in the
last year, sent within their ten days except one sent late, while the latest quarter's is
still to do when its ten days are not over; and every school's annual summary for the year
that closed last on 30 November: most sent on time, one member late, one not yet sent.
Draws come from a Random of their own (seeded by the demo's lead school, itself drawn from
the demo's seed), so adding reports changed none of the demo's other records.
The demo cannot print (reportlab lives in reports/), so these records carry no PDF.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from uuid import UUID

from ..domain.enums import Position
from ..domain.report_periods import ANNUAL_LOOK_BACK, summary_year_in_progress
from ..domain.submissions import (DUE_SOON_DAYS, Submission, SubmissionKind, deadline,
                                  quarter_period, quarters_to_show)
from .people import People, SchoolInfo

SENDERS = (Position.DEAN, Position.VICE_PRINCIPAL, Position.PRINCIPAL)
RECIPIENT = "县教育局"
ANNUAL_RECIPIENT = "县教育局基民教股"


def _sender(school: SchoolInfo) -> str | None:
    for position in SENDERS:
        found = [p for p in school.persons if p.position is position]
        if found:
            return found[0].uuid
    return None


def demo_submissions(rng: Random, people: People, today: date) -> list[Submission]:
    lead = people.schools[0]
    out: list[Submission] = []

    def report(school: SchoolInfo, kind: SubmissionKind, year: int, quarter: int | None,
               title: str, generated: date, sent: date | None, recipient: str) -> None:
        if generated > today:
            return
        s = Submission(uuid=str(UUID(int=rng.getrandbits(128), version=4)), school=school.record.uuid, kind=kind, year=year,
                       quarter=quarter, title=title, generated_on=generated,
                       sent_on=sent if sent is not None and sent <= today else None,
                       recipient=recipient, sent_by=_sender(school))
        if s.sent_on is None:
            s.recipient, s.sent_by = "", None
        people.own(s, school.record.uuid, generated)
        out.append(s)

    ended = quarters_to_show(today)[1:]  # latest first
    late = ended[-1]  # the oldest of the year went late
    for year, quarter in ended:
        due = deadline(SubmissionKind.QUARTERLY, year, quarter)
        if (year, quarter) == ended[0] and today <= due:
            continue  # the current one: still to write
        generated = quarter_period(year, quarter)[1] + timedelta(days=rng.randint(2, 6))
        sent = min(generated + timedelta(days=rng.randint(0, 3)), due)
        if (year, quarter) == late:
            generated = due + timedelta(days=rng.randint(1, 2))
            sent = generated + timedelta(days=rng.randint(1, 5))
        report(lead, SubmissionKind.QUARTERLY, year, quarter,
               f"理事会议重大决策情况的季度汇报（{year}年第{quarter}季度）", generated, sent, RECIPIENT)

    current = summary_year_in_progress(today)
    closed = current - 1
    members = people.schools[1:]
    just_closed = today - deadline(SubmissionKind.ANNUAL, closed) <= ANNUAL_LOOK_BACK
    for school in [lead, *members]:
        # The year closed last: in December and January one member is late and one has not
        # sent yet; later in the year every school has sent it.
        annual(report, rng, school, closed, late=just_closed and school is members[-1],
               missing=just_closed and school is members[-2])
        # The year in progress, in its last month: the diligent half has sent already.
        due = deadline(SubmissionKind.ANNUAL, current)
        if (due - today).days <= DUE_SOON_DAYS and rng.random() < 0.5:
            annual(report, rng, school, current, late=False, missing=False)
    return out


def annual(report, rng: Random, school: SchoolInfo, year: int, *, late: bool,
           missing: bool) -> None:
    """One school's annual summary of ``year``: on time, late, or not sent (``missing``)."""
    if missing:
        return
    due = deadline(SubmissionKind.ANNUAL, year)
    generated = due + timedelta(days=1) if late else due - timedelta(days=rng.randint(4, 12))
    sent = generated + timedelta(days=1 if late else rng.randint(1, 3))
    report(school, SubmissionKind.ANNUAL, year, None, f"校校结对帮扶情况年度汇总（{year}年）",
           generated, min(sent, due) if not late else sent, ANNUAL_RECIPIENT)


__all__ = ["demo_submissions"]
