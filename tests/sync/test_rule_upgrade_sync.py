"""The lead's upgraded default rules reach the members in its next bundle, like any rule
change: a member that had v0.1's rules from the lead then measures against the texts' rules,
and the member never rewrote them itself."""

from __future__ import annotations

from jituan_desktop.domain.default_rules import SPECS_BY_KEY
from jituan_desktop.domain.records import QuotaRule
from jituan_desktop.domain.rule_upgrade import V0_1_SPECS
from jituan_desktop.services import compliance_ops, setup_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.sync.results import ACCEPTED
from sync_world import lead_round, make_world


def v0_1_rules(owner_school: str) -> list[QuotaRule]:
    return [QuotaRule(owner_school=owner_school, **spec) for spec in V0_1_SPECS]


def test_upgraded_rules_reach_the_members_in_the_next_bundle(tmp_path, monkeypatch):
    with monkeypatch.context() as m:  # the alliance as v0.1 set it up
        m.setattr(setup_ops, "default_rules", v0_1_rules)
        world = make_world(tmp_path, {"m1": "城关小学"})
    try:
        member = world.members["m1"]
        lead_round(world)
        old = {r.name for r in compliance_ops.rules(member)}
        assert old == {s["name"] for s in V0_1_SPECS}
        assert not compliance_ops.upgrade_default_rules(member).updated  # never the member

        changes = compliance_ops.upgrade_default_rules(world.lead)
        assert len(changes.updated["QuotaRule"]) == len(V0_1_SPECS)
        results = lead_round(world)
        assert all(r.status == ACCEPTED for r in results.values()), results
        got = repository(member, QuotaRule).where(order="id")
        assert sorted(r.default_key for r in got) == sorted(SPECS_BY_KEY)
        assert all(r.owner_school == world.lead.school_uuid for r in got)
        lead_rules = {r.uuid: (r.version, r.source_text)
                      for r in repository(world.lead, QuotaRule).where()}
        assert {r.uuid: (r.version, r.source_text) for r in got} == lead_rules
    finally:
        world.close()
