"""Sync judges time by the lead laptop's own clock (store.clock), never the machine's behind
its back: an invitation written today is good for 60 days of that clock, and "reported this
month" is the month of that clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from jituan_desktop.clock import Clock
from jituan_desktop.services import setup_ops
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import importing, joining, membership, overview
from jituan_desktop.sync.documents import EXPIRED
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.results import ACCEPTED, REFUSED
from suite_clock import CLOCK
from sync_world import TODAY, make_lead


@pytest.fixture
def invited(tmp_path):
    """A lead whose invitation, written on TODAY, a member has answered."""
    lead = make_lead(tmp_path)
    code = membership.add_school(lead, "城关小学", today=TODAY).code
    for folder in ("to_member", "from_member", "lead_out", "share"):
        (tmp_path / folder).mkdir()
    invitation = membership.invite(lead, code, tmp_path / "to_member")
    member = Store.open(tmp_path / "member", clock=CLOCK)
    setup_ops.init_member(member, "城关小学", today=TODAY)
    joined = joining.join(member, invitation, tmp_path / "from_member")
    yield lead, member, code, joined
    lead.close()
    member.close()


@pytest.mark.parametrize("days_later,accepted", [(60, True), (61, False)])
def test_an_answer_is_read_against_the_leads_own_clock(invited, days_later, accepted):
    lead, _, _, joined = invited
    lead.clock = Clock(TODAY + timedelta(days=days_later))
    [result] = importing.import_paths(lead, [joined.path])
    if accepted:
        assert result.status == ACCEPTED
    else:
        assert result.status == REFUSED and result.reason.text == EXPIRED


def test_reported_this_month_is_the_month_of_the_leads_clock(invited, tmp_path):
    lead, member, code, joined = invited
    importing.import_paths(lead, [joined.path])
    membership.approve(lead, code, joined.fingerprint)
    importing.import_file(member, export_bundle(lead, tmp_path / "lead_out").path)
    # The member's bundle arrives on the last evening of November, China time.
    lead.clock = Clock(datetime(2026, 11, 30, 22, 30, tzinfo=timezone(timedelta(hours=8))))
    received = importing.import_file(lead, export_bundle(member, tmp_path / "share").path)
    assert received.status == ACCEPTED

    def reported(day: date) -> bool:
        states = {s.code: s for s in overview.school_states(lead, today=day)}
        return states[code].reported_this_month

    assert reported(date(2026, 11, 30))
    assert not reported(date(2026, 12, 1))
