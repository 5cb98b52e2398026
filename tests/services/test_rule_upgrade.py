"""A lead school's data folder made with v0.1's default rules gets the texts' rules.

The folder is made as v0.1 made it: ``init_lead`` seeding the v0.1 defaults (kept frozen in
``domain.rule_upgrade``), in a real data folder, closed and opened again the way the entry
points open it. Untouched defaults become their successors as new versions of the same
records (so they travel in the lead's next bundle); edited or deleted ones stay the lead's
choice; a second run writes nothing; a member never rewrites the lead's rules.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from jituan_desktop.cli.main import main as cli_main
from jituan_desktop.domain.default_rules import DEFAULT_SPECS, SPECS_BY_KEY, default_rules
from jituan_desktop.domain.records import QuotaRule
from jituan_desktop.domain.rule_upgrade import (SUCCESSORS, V0_1_SPECS, shows_as_edited,
                                                upgraded_rules)
from jituan_desktop.services import compliance_ops, record_ops, setup_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


def v0_1_rules(owner_school: str) -> list[QuotaRule]:
    return [QuotaRule(owner_school=owner_school, **spec) for spec in V0_1_SPECS]


@pytest.fixture
def old_folder(tmp_path, monkeypatch):
    """A lead's data folder as v0.1's ``jituan init --role lead`` left it."""
    folder = tmp_path / "data"
    store = Store.open(folder, clock=CLOCK)
    with monkeypatch.context() as m:
        m.setattr(setup_ops, "default_rules", v0_1_rules)
        setup_ops.init_lead(store, "实验小学教育联盟", "实验小学", today=TODAY)
    store.close()
    return folder


def all_rules(store: Store) -> list[QuotaRule]:
    return repository(store, QuotaRule).where(order="id", include_deleted=True)


def test_untouched_v0_1_defaults_become_the_texts_rules(old_folder):
    store = Store.open(old_folder, clock=CLOCK)
    try:
        before = {r.uuid: r for r in all_rules(store)}
        assert len(before) == 8 and all(not r.default_key for r in before.values())
        changes = compliance_ops.upgrade_default_rules(store)
        after = all_rules(store)
        assert len(changes.updated["QuotaRule"]) == 8
        assert len(changes.created["QuotaRule"]) == len(DEFAULT_SPECS) - 8
        assert sorted(r.default_key for r in after) == sorted(SPECS_BY_KEY)
        for r in after:
            spec = SPECS_BY_KEY[r.default_key]
            assert (r.name, r.threshold, r.source_text, r.source_file) == (
                spec["name"], spec["threshold"], spec["source_text"], spec.get("source_file", ""))
            assert not shows_as_edited(r)
            if r.uuid in before:  # the same record, a new version: it travels in the next bundle
                assert r.version > before[r.uuid].version
                assert SUCCESSORS[before[r.uuid].name] == r.default_key
        names = {r.name for r in compliance_ops.rules(store)}
        assert names == {s["name"] for s in DEFAULT_SPECS}
        assert "教师每学期听课不少于12节" not in names
    finally:
        store.close()


def test_the_upgrade_runs_once_and_then_writes_nothing(old_folder):
    store = Store.open(old_folder, clock=CLOCK)
    try:
        compliance_ops.upgrade_default_rules(store)
        versions = {r.uuid: r.version for r in all_rules(store)}
        again = compliance_ops.upgrade_default_rules(store)
        assert not again.created and not again.updated
        # even asked to decide again from scratch, there is nothing left to write
        assert upgraded_rules(all_rules(store), store.school_uuid) == []
        assert {r.uuid: r.version for r in all_rules(store)} == versions
    finally:
        store.close()


def test_edited_and_deleted_defaults_are_kept(old_folder):
    store = Store.open(old_folder, clock=CLOCK)
    try:
        rules = {r.name: r for r in all_rules(store)}
        teachers = replace(rules["教师每学期听课不少于12节"], threshold=15)
        record_ops.save(store, teachers, today=TODAY)
        record_ops.delete(store, QuotaRule, rules["联盟活动原则上每月一次"].uuid)
        compliance_ops.upgrade_default_rules(store)
        after = {r.uuid: r for r in all_rules(store)}
        kept = after[teachers.uuid]
        assert (kept.name, kept.threshold, kept.default_key) == ("教师每学期听课不少于12节", 15, "")
        assert shows_as_edited(kept)  # 设置 shows it as 已修改
        gone = after[rules["联盟活动原则上每月一次"].uuid]
        assert gone.deleted and not gone.default_key
        keys = {r.default_key for r in after.values()}
        # their successors are not added beside the lead's own choice
        assert "observing_teachers" not in keys and "monthly_activities" not in keys
        assert {"observing_supervisors", "council_meetings", "observing_school_leaders"} <= keys
    finally:
        store.close()


def test_an_edited_default_of_today_shows_as_edited(lead_store):
    rule = next(r for r in compliance_ops.rules(lead_store)
                if r.default_key == "observing_teachers")
    assert not shows_as_edited(rule)
    record_ops.save(lead_store, replace(rule, threshold=20), today=TODAY)
    edited = next(r for r in compliance_ops.rules(lead_store) if r.uuid == rule.uuid)
    assert shows_as_edited(edited)
    assert not any(shows_as_edited(r) for r in compliance_ops.rules(lead_store)
                   if r.uuid != rule.uuid)


def test_a_fresh_lead_has_the_texts_rules_and_nothing_to_upgrade(lead_store):
    assert sorted(r.default_key for r in compliance_ops.rules(lead_store)) == sorted(SPECS_BY_KEY)
    changes = compliance_ops.upgrade_default_rules(lead_store)
    assert not changes.created and not changes.updated


def test_a_member_never_rewrites_the_lead_rules(store):
    setup_ops.init_member(store, "希望小学", today=TODAY)
    # v0.1 rules as a member received them from its lead (owned by the lead school)
    lead_rules = v0_1_rules("the-lead-school")
    repo = repository(store, QuotaRule)
    with store.transaction():
        first = store.next_versions(len(lead_rules))
        for n, r in enumerate(lead_rules):
            r.origin_installation = "the-lead-installation"
            r.version = first + n
            r.created_at = r.updated_at = "2026-09-01T08:00:00+00:00"
        repo.put_many(lead_rules)
    changes = compliance_ops.upgrade_default_rules(store)
    assert not changes.created and not changes.updated
    assert {r.name: r.version for r in all_rules(store)} == {
        r.name: r.version for r in lead_rules}
    # what it shows is still the lead's, until the lead's next bundle brings the new ones
    assert {r.name for r in compliance_ops.rules(store)} == {s["name"] for s in V0_1_SPECS}


def test_the_cli_opens_an_old_folder_with_the_texts_rules(old_folder, capsys, zh):
    """`jituan compliance --rules` on a v0.1 lead's folder: the upgrade ran as it opened."""
    assert cli_main(["--data-dir", str(old_folder), "compliance", "--rules", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in listed} == {r.name for r in default_rules("x")}
    assert all(r["source_text"] for r in listed)
    assert {r["source_file"] for r in listed} == {"000_4831cd458b4b7471.txt",
                                                  "004_40450cabe39de89f.txt", ""}
    assert cli_main(["--data-dir", str(old_folder), "compliance", "--rules"]) == 0
    out = capsys.readouterr().out
    assert "「要求总校视导员每学期听课不少于80节,学校领导每学期听课不少于40节" in out
    assert "篇六 / 三、具体工作及措施" in out
    assert "校长每学期听课不少于14节" not in out
    assert cli_main(["--data-dir", str(old_folder), "compliance", "--semester", "2026-1"]) == 0
    results = capsys.readouterr().out
    assert "每学期合作交流活动不得低于4次" in results
