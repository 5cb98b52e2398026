"""Versions, merging and conflicts (docs/sync.md §3, §5), on real SQLite files.

Replicas exchange versions the way bundles will carry them: ``versions_since`` on one store,
``apply_versions`` on another, inside the receiver's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from sqlite_utils import Database

from jituan_desktop.domain.enums import ActivityType
from jituan_desktop.domain.records import Activity, LessonObservation, Teacher
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.storage import integrity, merge, search
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.name_keys import pinyin_initials
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES, migrations
from jituan_desktop.storage.store import DATABASE_FILE, Store
from jituan_desktop.storage.version_graph import row_json_sql, row_sql
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


# -- helpers ---------------------------------------------------------------------------------

def copy_all(src: Store, dst: Store, acks: dict | None = None) -> merge.MergeStats:
    """Deliver every version ``src`` knows (above ``acks``) to ``dst``, as one import."""
    stats = merge.MergeStats()
    with dst.transaction():
        for table in RECORD_TABLES:
            stats += merge.apply_versions(dst, table, list(merge.versions_since(src, table,
                                                                                acks or {})))
    return stats


def rows(store: Store, table: str) -> dict[str, dict]:
    """A table's rows by uuid, without the local id."""
    return {r["uuid"]: {k: v for k, v in r.items() if k != "id"}
            for r in store.query(f"SELECT * FROM {table}")}


def conflict_set(store: Store) -> set:
    return {(c["tbl"], c["uuid"], c["version"], c["origin"], json.dumps(c["row"], sort_keys=True))
            for c in merge.conflicts(store, include_resolved=True)}


def snapshot(store: Store) -> dict:
    """Everything a merge may touch, to prove a refused one touched nothing."""
    state = {t: rows(store, t) for t in RECORD_TABLES}
    for table in ("record_version", "conflict", "search_pending", "meta"):
        state[table] = store.query(f"SELECT * FROM {table} ORDER BY 1, 2")
    return state


@pytest.fixture
def replica(tmp_path):
    """An empty second installation (a laptop of the lead's school, once it has the data)."""
    stores = []

    def make(name: str = "replica", school: str | None = None) -> Store:
        s = Store.open(tmp_path / name, clock=CLOCK)
        if school:
            with s.transaction():
                s.set_meta("school", school)
        stores.append(s)
        return s
    yield make
    for s in stores:
        s.close()


def add_teacher(store: Store, name: str) -> Teacher:
    teacher = Teacher(school=store.school_uuid, name=name)
    record_ops.add_teacher(store, teacher, today=TODAY)
    return teacher


def edit(store: Store, cls, uuid: str, **changes):
    record = repository(store, cls).get(uuid, include_deleted=True)
    for k, v in changes.items():
        setattr(record, k, v)
    record_ops.save(store, record, today=TODAY)
    return record


def graph(store: Store, table: str, uuid: str) -> dict:
    return {(r["version"], r["origin"]): json.loads(r["based_on"]) if r["based_on"] else None
            for r in store.query("SELECT version, origin, based_on FROM record_version "
                                 "WHERE tbl = ? AND uuid = ?", [table, uuid])}


def version_row(store: Store, table: str, uuid: str) -> dict:
    """The content of the version the record's row holds, as the graph gives it."""
    text = store.execute(
        f"SELECT {row_sql(store, table)} FROM record_version v JOIN {table} r "
        "ON r.uuid = v.uuid AND r.version = v.version AND r.origin_installation = v.origin "
        "WHERE v.tbl = ? AND v.uuid = ?", [table, uuid]).fetchone()[0]
    return json.loads(text)


def stored_contents(store: Store, table: str, uuid: str) -> dict:
    """``(version, origin) -> row JSON kept in the graph`` (None: the record's row holds it)."""
    return {(r["version"], r["origin"]): r["row"] and json.loads(r["row"])
            for r in store.query("SELECT version, origin, row FROM record_version "
                                 "WHERE tbl = ? AND uuid = ?", [table, uuid])}


# -- the schema and local writes -------------------------------------------------------------

def test_existing_rows_become_single_versions(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(folder / DATABASE_FILE)
    migrations.apply(Database(conn), stop_before="0006_version_graph")
    conn.execute("INSERT INTO school (uuid, owner_school, origin_installation, version, "
                 "created_at, updated_at, name, role) VALUES "
                 "('s1', 's1', 'i1', 1, 't', 't', '一小', 'lead')")
    conn.execute("INSERT INTO teacher (uuid, owner_school, origin_installation, version, "
                 "created_at, updated_at, deleted, school, name, position) VALUES "
                 "('t1', 's1', 'i1', 7, 't', 't', 1, 's1', '王老师', 'teacher')")
    conn.commit()
    conn.close()
    store = Store.open(folder, clock=CLOCK)
    try:
        versions = store.query("SELECT tbl, uuid, version, origin, based_on, owner_school, "
                               "deleted FROM record_version ORDER BY tbl")
        assert versions == [
            {"tbl": "school", "uuid": "s1", "version": 1, "origin": "i1", "based_on": None,
             "owner_school": "s1", "deleted": 0},
            {"tbl": "teacher", "uuid": "t1", "version": 7, "origin": "i1", "based_on": None,
             "owner_school": "s1", "deleted": 1}]
        assert version_row(store, "teacher", "t1") == rows(store, "teacher")["t1"]
        assert store.query("SELECT * FROM conflict") == []
    finally:
        store.close()


def test_saves_deletes_and_restores_chain_their_versions(lead_store):
    teacher = add_teacher(lead_store, "李老师")
    edit(lead_store, Teacher, teacher.uuid, phone="13800000000")
    record_ops.delete(lead_store, Teacher, teacher.uuid)
    record_ops.restore(lead_store, Teacher, teacher.uuid, today=TODAY)
    me = lead_store.installation_id
    chain = sorted(graph(lead_store, "teacher", teacher.uuid).items())
    v = chain[0][0][0]
    assert chain == [((v, me), None), ((v + 1, me), [[v, me]]), ((v + 2, me), [[v + 1, me]]),
                     ((v + 3, me), [[v + 2, me]])]
    deleted = lead_store.query("SELECT version, deleted FROM record_version WHERE uuid = ?",
                               [teacher.uuid])
    assert [d["deleted"] for d in sorted(deleted, key=lambda d: d["version"])] == [0, 0, 1, 0]
    assert version_row(lead_store, "teacher", teacher.uuid) == \
        rows(lead_store, "teacher")[teacher.uuid]
    # The record's row holds its current version's content; replaced ones keep their own.
    contents = stored_contents(lead_store, "teacher", teacher.uuid)
    assert contents[(v + 3, me)] is None
    assert [contents[(v + i, me)]["phone"] for i in range(3)] == ["", "13800000000",
                                                                  "13800000000"]
    assert [contents[(v + i, me)]["deleted"] for i in range(3)] == [0, 0, 1]
    assert integrity.check(lead_store) == []


def test_a_failed_save_leaves_no_version(lead_store):
    before = snapshot(lead_store)
    with pytest.raises(Exception):
        record_ops.add_teacher(lead_store, Teacher(school="no-such-school", name="赵老师"),
                               today=TODAY)
    assert snapshot(lead_store) == before


def test_bulk_puts_get_their_versions(lead_store):
    repo = repository(lead_store, Teacher)
    me, school = lead_store.installation_id, lead_store.school_uuid
    first = lead_store.next_versions(3)
    teachers = [Teacher(school=school, name=f"老师{i}", owner_school=school,
                        origin_installation=me, version=first + i, created_at="t",
                        updated_at="t") for i in range(3)]
    repo.put_many(teachers)
    repo.put_many(teachers)  # written again unchanged: still one version each
    for t in teachers:
        assert graph(lead_store, "teacher", t.uuid) == {(t.version, me): None}
    teachers[0].name, teachers[0].version = "改名", lead_store.next_versions()
    repo.put(teachers[0])
    assert graph(lead_store, "teacher", teachers[0].uuid) == {
        (first, me): None, (teachers[0].version, me): [[first, me]]}
    assert version_row(lead_store, "teacher", teachers[0].uuid)["name"] == "改名"


# -- merging ---------------------------------------------------------------------------------

def test_a_replica_gets_identical_rows_and_reimport_changes_nothing(lead_store, replica):
    add_teacher(lead_store, "张老师")
    other = replica(school=lead_store.school_uuid)
    stats = copy_all(lead_store, other)
    assert stats.added == stats.received > 0 and stats.known == 0
    for table in RECORD_TABLES:
        assert rows(other, table) == rows(lead_store, table)
    assert merge.summary(other, lead_store.school_uuid) == \
        merge.summary(lead_store, lead_store.school_uuid)
    before = snapshot(other)
    again = copy_all(lead_store, other)
    assert again.added == again.written == 0 and again.known == stats.received
    assert snapshot(other) == before


def test_counter_rises_past_everything_imported(lead_store, replica):
    other = replica(school=lead_store.school_uuid)
    for _ in range(5):
        add_teacher(lead_store, "钱老师")
    copy_all(lead_store, other)
    highest = int(lead_store.meta("version_counter"))
    assert int(other.meta("version_counter")) == highest
    t = add_teacher(other, "孙老师")
    assert t.version == highest + 1
    assert integrity.check(other) == []


def test_versions_out_of_order_and_duplicated(lead_store, replica):
    t = add_teacher(lead_store, "周老师")
    for phone in ("1", "2", "3"):
        edit(lead_store, Teacher, t.uuid, phone=phone)
    versions = list(merge.versions_since(lead_store, "teacher", {}))
    base = replica(school=lead_store.school_uuid)
    copy_all(lead_store, base)  # the school and everything else it refers to
    for order in (versions[::-1], [versions[3], versions[0], versions[3], versions[1]]):
        other = replica(f"r{len(order)}", school=lead_store.school_uuid)
        with other.transaction():
            for table in RECORD_TABLES:
                if table != "teacher":
                    merge.apply_versions(other, table, merge.versions_since(lead_store, table, {}))
            merge.apply_versions(other, "teacher", order)
        assert rows(other, "teacher")[t.uuid]["phone"] == "3"
        assert merge.conflicts(other) == []


def test_a_missing_middle_version_is_a_conflict_only_until_it_arrives(lead_store, replica):
    t = add_teacher(lead_store, "吴老师")
    edit(lead_store, Teacher, t.uuid, phone="1")
    edit(lead_store, Teacher, t.uuid, phone="2")
    v1, v2, v3 = [v for v in merge.versions_since(lead_store, "teacher", {})
                  if v["uuid"] == t.uuid]
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, replica("base"))
    with other.transaction():
        for table in ("alliance", "school"):
            merge.apply_versions(other, table, merge.versions_since(lead_store, table, {}))
        merge.apply_versions(other, "teacher", [v3, v1])
    assert rows(other, "teacher")[t.uuid]["phone"] == "2"
    assert [(c["version"], c["row"]["phone"]) for c in merge.conflicts(other)] == \
        [(v1["version"], "")]  # v1 looks like a head while v2 is missing
    with other.transaction():
        merge.apply_versions(other, "teacher", [v2])
    assert merge.conflicts(other) == []
    assert rows(other, "teacher") == rows(lead_store, "teacher")


def two_laptops(lead_store, replica):
    """The lead's laptop and a second laptop of the same school, both holding one teacher."""
    t = add_teacher(lead_store, "郑老师")
    laptop = replica("laptop", school=lead_store.school_uuid)
    copy_all(lead_store, laptop)
    return t, laptop


def test_concurrent_edits_pick_the_same_winner_everywhere_and_keep_the_loser(lead_store, replica):
    t, laptop = two_laptops(lead_store, replica)
    edit(lead_store, Teacher, t.uuid, phone="lead")
    edit(laptop, Teacher, t.uuid, phone="laptop")
    edit(laptop, Teacher, t.uuid, title="一级教师")  # the laptop's second edit: its version is higher
    observer = replica("observer", school="somewhere-else")
    copy_all(laptop, observer)
    copy_all(lead_store, observer)
    copy_all(laptop, lead_store)
    copy_all(lead_store, laptop)
    for store in (lead_store, laptop, observer):
        assert rows(store, "teacher")[t.uuid]["phone"] == "laptop"
        assert rows(store, "teacher")[t.uuid]["title"] == "一级教师"
        kept = merge.conflicts(store)
        assert [(c["uuid"], c["origin"], c["row"]["phone"]) for c in kept] == \
            [(t.uuid, lead_store.installation_id, "lead")]
    assert conflict_set(lead_store) == conflict_set(laptop) == conflict_set(observer)
    assert rows(lead_store, "teacher") == rows(laptop, "teacher") == rows(observer, "teacher")


def test_an_ordinary_edit_keeps_the_conflict_and_a_resolution_ends_it(lead_store, replica):
    t, laptop = two_laptops(lead_store, replica)
    edit(lead_store, Teacher, t.uuid, phone="lead")
    edit(laptop, Teacher, t.uuid, phone="laptop")
    copy_all(laptop, lead_store)
    copy_all(lead_store, laptop)
    edit(laptop, Teacher, t.uuid, title="高级教师")  # based on the winner only
    copy_all(laptop, lead_store)
    assert len(merge.conflicts(lead_store)) == 1
    loser = merge.conflicts(laptop)[0]
    version = merge.resolve_conflict(laptop, "teacher", t.uuid,
                                     (loser["version"], loser["origin"]))
    assert merge.conflicts(laptop) == []
    row = rows(laptop, "teacher")[t.uuid]
    # Equal counters on both laptops: the installation ids decided which edit won.
    assert (row["version"], row["phone"], row["title"]) == (version, loser["row"]["phone"], "")
    assert {loser["row"]["phone"], "lead", "laptop"} == {"lead", "laptop"}
    copy_all(laptop, lead_store)
    assert merge.conflicts(lead_store) == []
    assert rows(lead_store, "teacher") == rows(laptop, "teacher")


def test_only_the_owner_school_resolves_and_only_a_head_is_kept(lead_store, replica):
    t, laptop = two_laptops(lead_store, replica)
    edit(lead_store, Teacher, t.uuid, phone="lead")
    edit(laptop, Teacher, t.uuid, phone="laptop")
    copy_all(laptop, lead_store)
    stranger = replica("stranger", school="another-school")
    copy_all(lead_store, stranger)
    loser = merge.conflicts(stranger)[0]
    before = snapshot(stranger)
    with pytest.raises(StoreError, match="only be resolved by the school"):
        merge.resolve_conflict(stranger, "teacher", t.uuid, (loser["version"], loser["origin"]))
    assert snapshot(stranger) == before
    with pytest.raises(StoreError, match="not one of the record's current versions"):
        merge.resolve_conflict(lead_store, "teacher", t.uuid, (1, "nobody"))
    with pytest.raises(StoreError, match="unknown kind"):
        merge.resolve_conflict(lead_store, "meta", t.uuid, (1, "nobody"))


def test_a_conflict_can_be_set_aside_locally(lead_store, replica):
    t, laptop = two_laptops(lead_store, replica)
    edit(lead_store, Teacher, t.uuid, phone="lead")
    edit(laptop, Teacher, t.uuid, phone="laptop")
    copy_all(laptop, lead_store)
    kept = merge.conflicts(lead_store)[0]
    merge.set_conflict_resolved(lead_store, kept["id"])
    assert merge.conflicts(lead_store) == []
    assert [c["resolved"] for c in merge.conflicts(lead_store, include_resolved=True)] == [1]


def test_deletes_travel_as_tombstones_and_leave_the_search_index(lead_store, replica):
    activity = Activity(host_school=lead_store.school_uuid, type=ActivityType.OPEN_DAY,
                        title="教学开放日观摩活动", activity_date=TODAY)
    record_ops.record_activity(lead_store, activity, today=TODAY)
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    search.index_pending(other)
    assert len(search.search(other, "activity", "开放日")) == 1
    record_ops.delete(lead_store, Activity, activity.uuid)
    stats = copy_all(lead_store, other)
    assert stats.written == 1
    assert rows(other, "activity")[activity.uuid]["deleted"] == 1
    search.index_pending(other)
    assert search.search(other, "activity", "开放日") == []
    assert other.query("SELECT rowid FROM activity_fts") == []


def test_scores_survive_the_trip_exactly(lead_store, replica):
    observer, teacher = add_teacher(lead_store, "甲"), add_teacher(lead_store, "乙")
    o = LessonObservation(school=lead_store.school_uuid, observer=observer.uuid,
                          teacher=teacher.uuid, lesson_date=TODAY, subject="数学", topic="分数",
                          rubric=setup_ops.DEFAULT_RUBRIC_UUID,
                          scores={"教学目标": 8.7, "教学内容": 13.1, "教学过程与方法": 21.3})
    record_ops.record_observation(lead_store, o, today=TODAY)
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    assert rows(other, "observation") == rows(lead_store, "observation")
    assert version_row(lead_store, "observation", o.uuid)["total"] == \
        rows(lead_store, "observation")[o.uuid]["total"]
    # A total that is no short decimal still reads back as the very same number.
    lead_store.execute("UPDATE observation SET total = 0.1 + 0.2")
    (text,) = lead_store.execute(
        f"SELECT {row_json_sql(lead_store, 'observation')} FROM observation").fetchone()
    assert json.loads(text)["total"] == 0.1 + 0.2 != 0.3


def test_a_version_from_an_older_app_gets_the_column_defaults(lead_store, replica):
    t = add_teacher(lead_store, "冯老师")
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    newer = dict(version_row(lead_store, "teacher", t.uuid))
    newer.update(version=newer["version"] + 100, phone="5",
                 based_on=[[newer["version"], newer["origin_installation"]]])
    for column in ("phone", "name_initials", "title", "active"):  # unknown to that older app
        newer.pop(column)
    with other.transaction():
        merge.apply_versions(other, "teacher", [newer])
    row = rows(other, "teacher")[t.uuid]
    assert (row["phone"], row["title"], row["active"]) == ("", "", 1)
    # A computed column is derived from the version's own fields, the same on every replica.
    assert row["name_initials"] == pinyin_initials("冯老师") != ""


# -- what to send ----------------------------------------------------------------------------

def test_versions_since_follows_acknowledgements_and_owner(lead_store, replica):
    t = edit(lead_store, Teacher, add_teacher(lead_store, "陈老师").uuid, phone="9")
    me = lead_store.installation_id
    everything = list(merge.versions_since(lead_store, "teacher", {}, page=1))
    assert [(v["version"], v["based_on"]) for v in everything] == \
        [(t.version - 1, []), (t.version, [[t.version - 1, me]])]
    assert "id" not in everything[0] and everything[1]["phone"] == "9"
    assert list(merge.versions_since(lead_store, "teacher", {me: t.version})) == []
    assert [v["version"] for v in merge.versions_since(
        lead_store, "teacher", {me: t.version - 1})] == [t.version]
    assert len(list(merge.versions_since(lead_store, "teacher", {"someone-else": 10**6}))) == 2
    assert list(merge.versions_since(lead_store, "teacher", {}, owner_school="other")) == []
    assert len(list(merge.versions_since(lead_store, "teacher", {},
                                         owner_school=lead_store.school_uuid))) == 2
    with pytest.raises(StoreError, match="unknown kind"):
        list(merge.versions_since(lead_store, "meta", {}))


def test_summary_tells_views_apart(lead_store, replica):
    school = lead_store.school_uuid
    other = replica(school=school)
    copy_all(lead_store, other)
    assert merge.summary(other, school) == merge.summary(lead_store, school)
    records = merge.summary(lead_store, school)["records"]
    add_teacher(lead_store, "褚老师")
    assert merge.summary(lead_store, school)["records"] == records + 1
    assert merge.summary(other, school) != merge.summary(lead_store, school)
    assert merge.summary(lead_store, "nobody") == {
        "records": 0, "digest": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}


# -- refusals: each leaves the receiving database as it was ----------------------------------

def good_version(lead_store) -> dict:
    t = add_teacher(lead_store, "卫老师")
    return dict(next(v for v in merge.versions_since(lead_store, "teacher", {})
                     if v["uuid"] == t.uuid))


BAD = {
    "not an object": (lambda v: ["uuid", "name"], "it is not a JSON object"),
    "unknown column": (lambda v: {**v, "salary": 1}, "has a field salary that"),
    "nested value": (lambda v: {**v, "subjects": ["数学"]}, "field subjects holds a list"),
    "missing name": (lambda v: {k: x for k, x in v.items() if k != "name"}, "lacks the fields name"),
    "missing uuid": (lambda v: {**v, "uuid": None}, "lacks the fields uuid"),
    "uuid not text": (lambda v: {**v, "uuid": 5}, "its uuid is not text"),
    "version zero": (lambda v: {**v, "version": 0}, "not a positive whole number"),
    "version text": (lambda v: {**v, "version": "7"}, "not a positive whole number"),
    "version bool": (lambda v: {**v, "version": True}, "not a positive whole number"),
    "version huge": (lambda v: {**v, "version": 2 ** 63}, "not a positive whole number"),
    "empty origin": (lambda v: {**v, "origin_installation": ""}, "installation or school"),
    "deleted 2": (lambda v: {**v, "deleted": 2}, "deleted mark is neither"),
    "based_on text": (lambda v: {**v, "based_on": "3"}, "based_on is not a list"),
    "based_on bad pair": (lambda v: {**v, "based_on": [[1]]}, "based_on is not a list"),
    "based_on later": (lambda v: {**v, "based_on": [[v["version"], "x"]]}, "not older"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_versions_are_refused(lead_store, replica, case):
    version = good_version(lead_store)
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    add_teacher(lead_store, "蒋老师")  # good versions travelling with the bad one
    before = snapshot(other)
    make, message = BAD[case]
    with pytest.raises(StoreError, match=message):
        with other.transaction():
            merge.apply_versions(other, "teacher", merge.versions_since(lead_store, "teacher", {}))
            merge.apply_versions(other, "teacher", [make(version)])
    assert snapshot(other) == before


def test_a_version_claiming_another_school_is_refused(lead_store, replica):
    version = good_version(lead_store)
    other = replica(school=lead_store.school_uuid)
    copy_all(lead_store, other)
    before = snapshot(other)
    hijack = {**version, "owner_school": "member-school", "version": version["version"] + 5,
              "based_on": [[version["version"], version["origin_installation"]]]}
    with pytest.raises(StoreError, match="never changes its school"):
        with other.transaction():
            merge.apply_versions(other, "teacher", [hijack])
    assert snapshot(other) == before
    fresh = replica("fresh")
    twins = [{**version, "owner_school": "a"}, {**version, "owner_school": "b", "version": 99}]
    with pytest.raises(StoreError, match="never changes its school"):
        with fresh.transaction():
            merge.apply_versions(fresh, "teacher", twins)
    assert fresh.query("SELECT * FROM record_version") == []


def test_records_of_an_unknown_table_are_refused(lead_store):
    before = snapshot(lead_store)
    for table in ("meta", "teacher; DROP TABLE school", "record_version"):
        with pytest.raises(StoreError, match="unknown kind"):
            merge.apply_versions(lead_store, table, [])
    assert snapshot(lead_store) == before
