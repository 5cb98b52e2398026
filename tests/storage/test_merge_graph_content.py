"""Where a received version's content is kept (docs/sync.md §3): the version a record's row
holds keeps no copy in the graph, as for a local write; every other version keeps its own,
so a replica sends on exactly what it received."""

from __future__ import annotations

from jituan_desktop.domain.records import Teacher
from jituan_desktop.storage import merge
from jituan_desktop.storage.schema import RECORD_TABLES

from test_merge import add_teacher, copy_all, edit, replica, rows, stored_contents  # noqa: F401


def sent(store, table="teacher") -> list[dict]:
    return sorted(merge.versions_since(store, table, {}),
                  key=lambda v: (v["uuid"], v["version"], v["origin_installation"]))


def test_a_received_chain_keeps_the_replaced_contents_and_not_the_current_one(lead_store,
                                                                                replica):
    t = add_teacher(lead_store, "钱老师")
    edit(lead_store, Teacher, t.uuid, phone="1")
    edit(lead_store, Teacher, t.uuid, phone="2")
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)  # the three versions in one import
    kept = stored_contents(other, "teacher", t.uuid)
    current = rows(other, "teacher")[t.uuid]
    assert kept[(current["version"], current["origin_installation"])] is None
    assert sorted(v["phone"] for v in kept.values() if v is not None) == ["", "1"]
    assert rows(other, "teacher") == rows(lead_store, "teacher")
    for table in RECORD_TABLES:  # sent on exactly as received
        assert sent(other, table) == sent(lead_store, table)


def test_a_version_arriving_later_freezes_the_row_it_replaces(lead_store, replica):
    t = add_teacher(lead_store, "孙老师")
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    edit(lead_store, Teacher, t.uuid, phone="9")
    first = rows(other, "teacher")[t.uuid]
    copy_all(lead_store, other)
    kept = stored_contents(other, "teacher", t.uuid)
    assert kept[(first["version"], first["origin_installation"])]["phone"] == ""
    now = rows(other, "teacher")[t.uuid]
    assert now["phone"] == "9" and kept[(now["version"], now["origin_installation"])] is None
    assert sent(other) == sent(lead_store)


def test_a_losing_version_keeps_its_content(lead_store, replica):
    t = add_teacher(lead_store, "李老师")
    laptop = replica("laptop", school=lead_store.school_uuid)
    copy_all(lead_store, laptop)
    edit(lead_store, Teacher, t.uuid, phone="lead")
    edit(laptop, Teacher, t.uuid, phone="laptop")
    edit(laptop, Teacher, t.uuid, title="一级教师")
    copy_all(laptop, lead_store)
    [loser] = merge.conflicts(lead_store)
    assert loser["row"]["phone"] == "lead"
    kept = stored_contents(lead_store, "teacher", t.uuid)
    assert kept[(loser["version"], loser["origin"])]["phone"] == "lead"
    assert rows(lead_store, "teacher")[t.uuid]["phone"] == "laptop"


def test_a_local_id_of_any_shape_is_ignored(lead_store, replica):
    t = add_teacher(lead_store, "赵老师")
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    edit(lead_store, Teacher, t.uuid, phone="5")
    versions = [{**v, "id": {"local": [1, 2]}} for v in merge.versions_since(
        lead_store, "teacher", {}) if v["uuid"] == t.uuid]
    with other.transaction():
        merge.apply_versions(other, "teacher", versions)
    assert rows(other, "teacher")[t.uuid]["phone"] == "5"
