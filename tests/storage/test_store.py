"""The store: migrations, pragmas, refusing bad folders and files, versions, tombstones,
the codec, attachments and the integrity check — all on real SQLite files."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import tempfile
import types
import typing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jituan_desktop.domain.enums import (ActivityType, Coded, Metric, Occasion, Period,
                                         Position, Scope, SessionKind)
from jituan_desktop.domain.meetings import Meeting
from jituan_desktop.domain.plans import Plan
from jituan_desktop.domain.submissions import Submission
from jituan_desktop.domain.records import (Activity, Alliance, Attachment, LessonObservation,
                                           MentorPairing, MentorSession, Participant,
                                           ProcessNote, QuotaRule, RubricTemplate, School,
                                           Semester, Teacher, new_uuid)
from jituan_desktop.domain.rubric import DEFAULT_RUBRIC_ITEMS, RubricItem
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.storage import attachments, integrity
from jituan_desktop.storage.codec import field_hints, from_row, record_to_dict, to_row
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import TABLES, repository
from jituan_desktop.storage.schema import KNOWN_MIGRATIONS
from jituan_desktop.storage.store import DATABASE_FILE, SQLITE_HEADER, Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)

RECORD_TABLES = {"alliance", "school", "teacher", "semester", "rubric_template", "pairing",
                 "activity", "observation", "mentor_session", "quota_rule"}


def tables(store: Store) -> set[str]:
    return {r[0] for r in store.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table')").fetchall()}


def siblings(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- migrations -------------------------------------------------------------------------------

def test_migrations_from_an_empty_folder(tmp_path):
    folder = tmp_path / "new" / "data"
    store = Store.open(folder, clock=CLOCK)
    try:
        assert (folder / DATABASE_FILE).read_bytes()[:16] == SQLITE_HEADER
        names = tables(store)
        assert RECORD_TABLES <= names
        assert {"meta", "attachment_blob", "search_pending", "_sqlite_migrations",
                "observation_fts", "mentor_session_fts", "activity_fts"} <= names
        rows = store.query("SELECT migration_set, name FROM _sqlite_migrations ORDER BY id")
        assert rows[0] == {"migration_set": "jituan", "name": "0001_initial"}
        assert [r["name"] for r in rows] == KNOWN_MIGRATIONS
        assert {r["migration_set"] for r in rows} == {"jituan"}
        assert store.schema_version() == KNOWN_MIGRATIONS
        assert store.installation_id and len(store.installation_id) == 36
        assert store.meta("version_counter") == "0"
        assert not store.is_initialised
    finally:
        store.close()


def test_reopening_applies_nothing_twice(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    first = store.query("SELECT * FROM _sqlite_migrations")
    installation = store.installation_id
    store.close()
    for _ in range(2):
        store = Store.open(tmp_path, clock=CLOCK)
        assert store.query("SELECT * FROM _sqlite_migrations") == first
        assert store.installation_id == installation
        store.close()


def test_upgrade_from_the_first_migration(tmp_path):
    """A database made before 0002 gets only the missing migrations, keeping its records."""
    from sqlite_utils import Database

    from jituan_desktop.storage.schema import migrations

    db = Database(tmp_path / DATABASE_FILE)
    migrations.apply(db, stop_before=KNOWN_MIGRATIONS[1])
    assert [m.name for m in migrations.applied(db)] == ["0001_initial"]
    db.close()

    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert store.schema_version() == KNOWN_MIGRATIONS
        setup_ops.init_lead(store, "联盟", "实验小学", today=TODAY)
        # the queue triggers of 0002: saving a record twice before indexing works
        a, b = Teacher(school=store.school_uuid, name="甲"), Teacher(
            school=store.school_uuid, name="乙")
        record_ops.add_teacher(store, a, today=TODAY)
        record_ops.add_teacher(store, b, today=TODAY)
        o = LessonObservation(school=store.school_uuid, observer=a.uuid, teacher=b.uuid,
                              lesson_date=date(2026, 10, 9), subject="语文", topic="初稿")
        record_ops.record_observation(store, o, today=TODAY)
        o.topic = "修改稿"
        record_ops.record_observation(store, o, today=TODAY)
        assert store.query("SELECT tbl FROM search_pending") == [{"tbl": "observation"}]
    finally:
        store.close()


def test_an_empty_file_is_a_new_database(tmp_path):
    (tmp_path / DATABASE_FILE).write_bytes(b"")
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert store.schema_version() == KNOWN_MIGRATIONS
    finally:
        store.close()


def test_wal_and_foreign_keys_are_on(store):
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_foreign_keys_are_enforced_at_commit(lead_store):
    orphan = Teacher(school=new_uuid(), name="无校教师", owner_school=lead_store.school_uuid,
                     origin_installation=lead_store.installation_id, version=1,
                     created_at="x", updated_at="x")
    with pytest.raises(sqlite3.IntegrityError):
        with lead_store.transaction():
            repository(lead_store, Teacher).put(orphan)
    assert repository(lead_store, Teacher).get(orphan.uuid) is None


def test_open_without_create_needs_a_database(tmp_path):
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "nothing", create=False, clock=CLOCK)
    assert "has not been set up yet" in str(info.value)
    assert not (tmp_path / "nothing").exists()


# -- folders that cannot be written -----------------------------------------------------------

def test_data_folder_under_a_regular_file(tmp_path, zh):
    blocker = tmp_path / "afile"
    blocker.write_text("不是文件夹")
    with pytest.raises(StoreError) as info:
        Store.open(blocker / "data", clock=CLOCK)
    message = str(info.value)
    assert "cannot be written to" in message
    assert str(blocker / "data") in message
    assert info.value.render(zh).startswith("无法写入数据文件夹")
    assert blocker.read_text() == "不是文件夹"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="permissions do not stop root from writing")
def test_read_only_data_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot be written to"):
            Store.open(folder, clock=CLOCK)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# -- files that are not ours --------------------------------------------------------------------

def _newer_database(folder: Path) -> bytes:
    store = Store.open(folder, clock=CLOCK)
    store.close()
    conn = sqlite3.connect(folder / DATABASE_FILE)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('jituan', '0099_from_the_future', '2031-01-01')")
    conn.close()
    assert siblings(folder) == {DATABASE_FILE}
    return (folder / DATABASE_FILE).read_bytes()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path, zh):
    before = _newer_database(tmp_path)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path, clock=CLOCK)
    message = str(info.value)
    assert "newer version" in message
    assert "0099_from_the_future" in message
    assert "更新版本" in info.value.render(zh)
    del info
    assert (tmp_path / DATABASE_FILE).read_bytes() == before


def test_refused_open_leaves_no_connection_behind(tmp_path):
    _newer_database(tmp_path)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path, clock=CLOCK)
    # The connection was closed: SQLite removed the WAL files it opened, so nothing holds
    # the file (on Windows an open handle would stop the user from moving it aside).
    assert siblings(tmp_path) == {DATABASE_FILE}, info


@pytest.mark.parametrize("content", [
    bytes(range(256)) * 16,
    "这不是数据库，是一份听课记录的文本。\n".encode("utf-8") * 50,
    b"SQLite format 2\x00" + b"\x00" * 4080,
])
def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path, content, zh):
    path = tmp_path / DATABASE_FILE
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path, clock=CLOCK)
    assert "is damaged or is not a Jituan Desktop database" in str(info.value)
    assert str(path) in str(info.value)
    assert info.value.render(zh).startswith("数据库文件")
    assert path.read_bytes() == content
    assert siblings(tmp_path) == {DATABASE_FILE}


def _lead_database(folder: Path, teachers: int = 0) -> None:
    store = Store.open(folder, clock=CLOCK)
    setup_ops.init_lead(store, "实验小学教育联盟", "实验小学", today=TODAY)
    if teachers:
        now = "2026-11-25T00:00:00+00:00"
        with store.transaction():
            repository(store, Teacher).put_many(
                Teacher(school=store.school_uuid, name=f"教师{i:04d}" + "甲" * 20,
                        owner_school=store.school_uuid, version=i + 100,
                        origin_installation=new_uuid(), created_at=now, updated_at=now)
                for i in range(teachers))
    store.close()
    assert siblings(folder) == {DATABASE_FILE}


def test_sqlite_file_with_a_damaged_first_page_is_refused_untouched(tmp_path):
    _lead_database(tmp_path)
    path = tmp_path / DATABASE_FILE
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[100:page_size] = b"\xff" * (page_size - 100)  # the schema page, header kept
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path, clock=CLOCK)
    assert "is damaged" in str(info.value)
    del info
    assert path.read_bytes() == bytes(data)


def test_damaged_data_page_is_found_by_the_integrity_check(tmp_path):
    _lead_database(tmp_path, teachers=600)
    path = tmp_path / DATABASE_FILE
    conn = sqlite3.connect(path)
    leaves = [n for (n,) in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'teacher' AND pagetype = 'leaf' "
        "ORDER BY pageno")]
    conn.close()
    assert len(leaves) > 5
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    victim = leaves[len(leaves) // 2]
    offset = (victim - 1) * page_size
    data[offset:offset + page_size] = b"\xab" * page_size
    path.write_bytes(bytes(data))

    store = Store.open(tmp_path, clock=CLOCK)  # the damage is not on a page opening reads
    try:
        findings = integrity.check(store)
        assert findings, "a damaged page must be reported"
        assert findings[0].where == "sqlite"
        assert findings[0].problem.render().startswith("SQLite reports:")
    finally:
        store.close()


# -- versions and transactions --------------------------------------------------------------

def test_version_counter_is_monotonic_and_distinct(lead_store):
    # This installation's own versions (the default rubric is a seed, written the same way
    # by every installation under origin "seed", outside the counter).
    seen = [r[0] for table in RECORD_TABLES
            for r in lead_store.execute(f"SELECT version FROM {table} WHERE origin_installation = ?",
                                        [lead_store.installation_id]).fetchall()]
    assert len(seen) == len(set(seen)) and seen
    counter = int(lead_store.meta("version_counter"))
    assert max(seen) == counter

    repo = repository(lead_store, School)
    versions = []
    for i in range(5):
        school = School(name=f"成员学校{i}")
        with lead_store.transaction():
            repo.save(school)
        versions.append(school.version)
    with lead_store.transaction():
        school.name = "成员学校四（改名）"
        repo.save(school)
    versions.append(school.version)
    assert versions == sorted(versions)
    assert len(set(versions)) == 6
    assert versions[0] == counter + 1 and versions[-1] == counter + 6

    with lead_store.transaction():
        first = lead_store.next_versions(10)
    assert first == counter + 7
    assert int(lead_store.meta("version_counter")) == counter + 16


def test_version_counter_survives_reopening(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    with store.transaction():
        a = store.next_versions()
        b = store.next_versions()
    store.close()
    store = Store.open(tmp_path, clock=CLOCK)
    with store.transaction():
        c = store.next_versions()
    store.close()
    assert (a, b, c) == (1, 2, 3)


def test_next_versions_outside_a_transaction_is_kept(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    assert store.next_versions() == 1
    assert not store.db.conn.in_transaction
    store.close()
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert store.next_versions() == 2
    finally:
        store.close()


def test_repository_save_outside_a_transaction_is_kept(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    setup_ops.init_lead(store, "联盟", "实验小学", today=TODAY)
    teacher = Teacher(school=store.school_uuid, name="张老师")
    repository(store, Teacher).save(teacher)
    store.close()
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert repository(store, Teacher).get(teacher.uuid).name == "张老师"
    finally:
        store.close()


def test_put_many_outside_a_transaction_is_kept_and_so_is_what_follows(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    setup_ops.init_lead(store, "联盟", "实验小学", today=TODAY)
    imported = School(name="乙校", owner_school=new_uuid(), origin_installation=new_uuid(),
                      version=7, created_at="2026-11-01", updated_at="2026-11-01")
    assert repository(store, School).put_many([imported]) == 1
    assert not store.db.conn.in_transaction
    later = School(name="丙校")
    record_ops.save(store, later, today=TODAY)
    store.close()
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert repository(store, School).get(imported.uuid) == imported
        assert repository(store, School).get(later.uuid).name == "丙校"
    finally:
        store.close()


def test_transaction_is_all_or_nothing(lead_store):
    repo = repository(lead_store, School)
    before = repo.count()
    counter = lead_store.meta("version_counter")
    with pytest.raises(RuntimeError):
        with lead_store.transaction():
            repo.save(School(name="甲校"))
            repo.save(School(name="乙校"))
            raise RuntimeError("power cut")
    assert repo.count() == before
    assert lead_store.meta("version_counter") == counter


def test_save_stamps_metadata(lead_store):
    school = School(name="希望小学")
    with lead_store.transaction():
        repository(lead_store, School).save(school)
    stored = repository(lead_store, School).get(school.uuid)
    assert stored.owner_school == lead_store.school_uuid
    assert stored.origin_installation == lead_store.installation_id
    assert stored.created_at and stored.updated_at
    created = stored.created_at
    stored.name = "希望小学（新校区）"
    stored.owner_school = "someone else"  # an edit keeps the original owner
    with lead_store.transaction():
        repository(lead_store, School).save(stored)
    again = repository(lead_store, School).get(school.uuid)
    assert again.owner_school == lead_store.school_uuid
    assert again.created_at == created
    assert again.version > school.version


# -- tombstones -------------------------------------------------------------------------------

def test_tombstone_keeps_the_row_and_restore_brings_it_back(lead_store):
    repo = repository(lead_store, School)
    school = School(name="将被删除的学校")
    with lead_store.transaction():
        repo.save(school)
    live = repo.count()
    with lead_store.transaction():
        deleted = repo.tombstone(school.uuid)
    assert deleted.version > school.version
    row = lead_store.query("SELECT deleted, name FROM school WHERE uuid = ?", [school.uuid])
    assert row == [{"deleted": 1, "name": "将被删除的学校"}]
    assert repo.get(school.uuid) is None
    assert repo.get(school.uuid, include_deleted=True).deleted is True
    assert not repo.exists(school.uuid)
    assert repo.count() == live - 1
    assert school.uuid not in [s.uuid for s in repo.where()]
    assert school.uuid in [s.uuid for s in repo.where(include_deleted=True)]
    with pytest.raises(StoreError, match="No School with id"):
        repo.require(school.uuid)

    with lead_store.transaction():
        restored = repo.restore(school.uuid)
    assert restored.version > deleted.version
    assert repo.get(school.uuid).name == "将被删除的学校"
    assert repo.count() == live


def test_tombstone_of_unknown_record(lead_store):
    with pytest.raises(StoreError, match="No Teacher with id nope"):
        repository(lead_store, Teacher).tombstone("nope")


# -- codec ------------------------------------------------------------------------------------

def _scalar(hint) -> st.SearchStrategy:
    if hint is str:
        return st.text(max_size=12)
    if hint is int:
        return st.integers(-2**62, 2**62)
    if hint is float:
        return st.floats(allow_nan=False, allow_infinity=False, width=64)
    if hint is bool:
        return st.booleans()
    if hint is date:
        return st.dates(date(1990, 1, 1), date(2100, 12, 31))
    if isinstance(hint, type) and issubclass(hint, Coded):
        return st.sampled_from(list(hint))
    if dataclasses.is_dataclass(hint):
        return _record(hint)
    raise AssertionError(f"no strategy for {hint}")


def _value(hint) -> st.SearchStrategy:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return st.none() | _value(args[0])
    if origin is list:
        return st.lists(_value(typing.get_args(hint)[0]), max_size=3)
    if origin is dict:
        key, value = typing.get_args(hint)
        return st.dictionaries(_value(key), _value(value), max_size=3)
    return _scalar(hint)


def _record(cls) -> st.SearchStrategy:
    """Every field of ``cls`` from its type hints, so new fields are covered too."""
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _value(hints[f.name]) for f in dataclasses.fields(cls)})


ALL_RECORDS = list(TABLES)


@pytest.mark.parametrize("cls", ALL_RECORDS, ids=lambda c: c.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_codec_round_trip(cls, data):
    record = data.draw(_record(cls))
    row = to_row(record)
    assert set(row) == set(field_hints(cls))
    assert all(isinstance(v, (str, int, float, type(None))) for v in row.values())
    assert from_row(cls, row) == record


def _world(store: Store) -> dict[str, str]:
    """Records that generated references can point at, so foreign keys hold."""
    me = store.school_uuid
    teacher_a = Teacher(school=me, name="甲老师")
    teacher_b = Teacher(school=me, name="乙老师")
    pair = MentorPairing(mentor=teacher_a.uuid, mentee=teacher_b.uuid, start=date(2026, 9, 1))
    act = Activity(host_school=me, type=ActivityType.LECTURE, title="讲座",
                   activity_date=date(2026, 10, 1))
    o = LessonObservation(school=me, observer=teacher_a.uuid, teacher=teacher_b.uuid,
                          lesson_date=date(2026, 10, 8), subject="语文", topic="课题")
    for r in (teacher_a, teacher_b, pair, act, o):
        record_ops.save(store, r, today=TODAY)
    alliance = store.meta("alliance")
    rubric = setup_ops.DEFAULT_RUBRIC_UUID
    return dict(school=me, teacher_a=teacher_a.uuid, teacher_b=teacher_b.uuid,
                pairing=pair.uuid, activity=act.uuid, observation=o.uuid, alliance=alliance,
                rubric=rubric)


REFERENCE_FIELDS = {
    School: {"alliance": "alliance"},
    Teacher: {"school": "school"},
    MentorPairing: {"mentor": "teacher_a", "mentee": "teacher_b"},
    Activity: {"host_school": "school"},
    LessonObservation: {"school": "school", "observer": "teacher_a", "teacher": "teacher_b",
                        "activity": "activity", "pairing": "pairing", "rubric": "rubric"},
    MentorSession: {"pairing": "pairing", "observation": "observation"},
    Plan: {"school": "school"},
    Meeting: {"host_school": "school", "chair": "teacher_a", "recorder": "teacher_b"},
    Submission: {"school": "school", "sent_by": "teacher_a"},
}


@pytest.mark.parametrize("cls", ALL_RECORDS, ids=lambda c: c.__name__)
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_database_round_trip(cls, data):
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(folder, clock=CLOCK)
        try:
            setup_ops.init_lead(store, "联盟", "实验小学", today=TODAY)
            world = _world(store)
            record = data.draw(_record(cls))
            for field, ref in REFERENCE_FIELDS.get(cls, {}).items():
                setattr(record, field, world[ref])
            if cls is Semester:
                record.school_year = 1990  # clear of the seeded calendar's unique keys
            record.deleted = data.draw(st.booleans())
            with store.transaction():
                repository(store, cls).put(record)
            assert repository(store, cls).get(record.uuid, include_deleted=True) == record
        finally:
            store.close()


def test_database_round_trip_of_real_records(lead_store):
    world = _world(lead_store)
    note = ProcessNote(time="8:05", stage="导入", process="创设情境：桂花飘香", comment="自然")
    pic = Attachment(sha256="0" * 64, name="听课本第3页.jpg", media_type="image/jpeg", size=12)
    records = [
        Teacher(school=world["school"], name="王芳", subjects=["语文", "道德与法治"],
                grades=["四年级"], position=Position.DEAN, backbone=["骨干"], active=False),
        LessonObservation(school=world["school"], observer=world["teacher_a"],
                          teacher=world["teacher_b"], lesson_date=date(2026, 10, 9),
                          period_no=3, subject="语文", topic="《桂花雨》",
                          occasion=Occasion.DEMONSTRATION, notes=[note],
                          rubric=world["rubric"], rubric_version=1,
                          scores={"教学目标": 9.5, "教学内容": 14}, attachments=[pic]),
        MentorSession(pairing=world["pairing"], session_date=date(2026, 10, 10),
                      kind=SessionKind.LESSON_POLISHING, duration_minutes=45,
                      observation=world["observation"], attachments=[pic]),
        Activity(host_school=world["school"], schools=[world["school"]],
                 type=ActivityType.COLLECTIVE_PREP, title="集体备课",
                 activity_date=date(2026, 10, 11), participants=[
                     Participant(teacher=world["teacher_a"])],
                 extra={"主备人": "甲老师", "单元": "第三单元"}),
        RubricTemplate(name="量表", items=list(DEFAULT_RUBRIC_ITEMS) + [
            RubricItem(name="板书", max_score=7.5)]),
        QuotaRule(name="规则", scope=Scope.PERSON, metric=Metric.OBSERVATIONS_BY_OBSERVER,
                  period=Period.SEMESTER, threshold=3, positions=[Position.PRINCIPAL],
                  due_month=11, due_day=30, active=False),
        Alliance(name="另一联盟"),
    ]
    for r in records:
        with lead_store.transaction():
            repository(lead_store, type(r)).save(r)
        back = repository(lead_store, type(r)).get(r.uuid)
        assert back == r, type(r).__name__
        assert record_to_dict(back) == record_to_dict(r)
    obs_row = lead_store.query("SELECT total, band, notes FROM observation WHERE uuid = ?",
                               [records[1].uuid])[0]
    assert (obs_row["total"], obs_row["band"]) == (23.5, "fail")
    assert "创设情境：桂花飘香" in obs_row["notes"]  # readable JSON, not \\u escapes


# -- attachments ------------------------------------------------------------------------------

def blob_files(store: Store) -> list[Path]:
    if not store.attachments_dir.exists():
        return []
    return [p for p in store.attachments_dir.rglob("*") if p.is_file()]


def test_attachments_are_kept_once_per_content(lead_store, tmp_path):
    one = tmp_path / "听课本第1页.jpg"
    two = tmp_path / "copy.jpg"
    one.write_bytes(b"\xff\xd8photo of a handwritten page" * 100)
    two.write_bytes(one.read_bytes())
    a = attachments.add_file(lead_store, one)
    b = attachments.add_file(lead_store, two)
    again = attachments.add_file(lead_store, one)
    assert a.sha256 == b.sha256 == again.sha256
    assert (a.name, b.name) == ("听课本第1页.jpg", "copy.jpg")
    assert a.media_type == "image/jpeg"
    assert a.size == len(one.read_bytes())
    assert blob_files(lead_store) == [attachments.blob_path(lead_store, a.sha256)]
    assert lead_store.query("SELECT sha256, size FROM attachment_blob") == [
        {"sha256": a.sha256, "size": a.size}]
    assert attachments.verify_blob(lead_store, a.sha256)

    other = tmp_path / "签到表.pdf"
    other.write_bytes(b"%PDF-1.4 sign-in sheet")
    c = attachments.add_file(lead_store, other)
    assert c.sha256 != a.sha256
    assert c.media_type == "application/pdf"
    assert len(blob_files(lead_store)) == 2


def test_attachment_too_large(lead_store, tmp_path, zh):
    big = tmp_path / "录像.mp4"
    with big.open("wb") as f:  # sparse: 21 MB on paper, nothing on disk
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(StoreError) as info:
        attachments.add_file(lead_store, big)
    message = str(info.value)
    assert "录像.mp4" in message
    assert "21.0 MB" in message
    assert "at most 20 MB" in message
    assert "附件最大为 20 MB" in info.value.render(zh)
    assert blob_files(lead_store) == []
    assert lead_store.query("SELECT * FROM attachment_blob") == []


def test_attachment_limit_can_be_lowered(lead_store, tmp_path):
    f = tmp_path / "photo.png"
    f.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(StoreError, match="at most 1 MB"):
        attachments.add_file(lead_store, f, limit=1024 * 1024)
    f.write_bytes(b"x" * (1024 * 1024))
    assert attachments.add_file(lead_store, f, limit=1024 * 1024).size == 1024 * 1024


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_attachment_that_cannot_be_read(lead_store, tmp_path, make):
    path = tmp_path / "照片.jpg"
    if make == "directory":
        path.mkdir()
    with pytest.raises(StoreError) as info:
        attachments.add_file(lead_store, path)
    assert str(info.value).startswith("The file 照片.jpg cannot be read:")
    assert blob_files(lead_store) == []  # no half-copied temporary file left behind
    assert lead_store.query("SELECT * FROM attachment_blob") == []


def test_verify_blob_notices_a_changed_file(lead_store, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("教案")
    a = attachments.add_file(lead_store, f)
    attachments.blob_path(lead_store, a.sha256).write_text("被改过的教案")
    assert not attachments.verify_blob(lead_store, a.sha256)
    assert not attachments.verify_blob(lead_store, "f" * 64)


# -- integrity ------------------------------------------------------------------------------

def _observation(store: Store, **kw) -> LessonObservation:
    a = Teacher(school=store.school_uuid, name="听课人")
    b = Teacher(school=store.school_uuid, name="授课人")
    record_ops.add_teacher(store, a, today=TODAY)
    record_ops.add_teacher(store, b, today=TODAY)
    o = LessonObservation(school=store.school_uuid, observer=a.uuid, teacher=b.uuid,
                          lesson_date=date(2026, 10, 9), subject="数学", topic="圆的面积",
                          rubric=setup_ops.DEFAULT_RUBRIC_UUID, **kw)
    record_ops.record_observation(store, o, today=TODAY)
    return o


def test_fresh_lead_store_is_sound(lead_store):
    assert integrity.check(lead_store) == []


def test_uninitialised_store_is_reported(store):
    (finding,) = integrity.check(store)
    assert finding.where == "meta"
    assert "never set up" in finding.problem.render()


def test_sound_store_with_records(lead_store, tmp_path):
    f = tmp_path / "p.jpg"
    f.write_bytes(b"page")
    _observation(lead_store, scores={"教学目标": 9, "教学效果": 18},
                 attachments=[attachments.add_file(lead_store, f)])
    assert integrity.check(lead_store) == []


def test_total_that_does_not_match_its_scores(lead_store, zh):
    o = _observation(lead_store, scores={"教学目标": 9, "教学效果": 18})
    assert lead_store.query("SELECT total, band FROM observation WHERE uuid = ?", [o.uuid]) == [
        {"total": 27.0, "band": "fail"}]
    lead_store.execute("UPDATE observation SET total = 95, band = 'excellent' WHERE uuid = ?",
                       [o.uuid])
    (finding,) = integrity.check(lead_store)
    assert finding.where == f"observation/{o.uuid}"
    # What is wrong, which observation, and what to do (the check's findings say all three).
    assert finding.problem.render(zh) == (
        f"{o.topic}：保存的总分 95 或等级与各项评分不符（按评分应为 27 分）。"
        "请在应用中打开这条听课记录并重新保存，以重新计算。")


def test_band_that_does_not_match_its_total(lead_store):
    o = _observation(lead_store, scores={"教学目标": 9, "教学效果": 18})
    lead_store.execute("UPDATE observation SET band = 'good' WHERE uuid = ?", [o.uuid])
    assert [f.where for f in integrity.check(lead_store)] == [f"observation/{o.uuid}"]


def test_owner_school_that_does_not_exist(lead_store):
    ghost = new_uuid()
    o = _observation(lead_store)
    lead_store.execute("UPDATE observation SET owner_school = ? WHERE uuid = ?", [ghost, o.uuid])
    (finding,) = integrity.check(lead_store)
    assert finding.where == f"observation/{o.uuid}"
    assert finding.problem.render() == f"The owner school {ghost} does not exist."


def test_missing_attachment_blob(lead_store, tmp_path, zh):
    f = tmp_path / "签到表.jpg"
    f.write_bytes(b"sign-in sheet")
    att = attachments.add_file(lead_store, f)
    o = _observation(lead_store, attachments=[att])
    attachments.blob_path(lead_store, att.sha256).unlink()
    (finding,) = integrity.check(lead_store)
    assert finding.where == f"observation/{o.uuid}"
    assert finding.problem.render() == \
        "The attached file 签到表.jpg is missing from the data folder."
    assert finding.problem.render(zh) == "数据文件夹中缺少附件 签到表.jpg。"


def test_version_ahead_of_the_counter_and_reused(lead_store):
    o = _observation(lead_store)
    counter = int(lead_store.meta("version_counter"))
    lead_store.execute("UPDATE observation SET version = ? WHERE uuid = ?", [counter + 5, o.uuid])
    renders = [f.problem.render() for f in integrity.check(lead_store)]
    assert renders == [f"Version {counter + 5} is ahead of this installation's counter {counter}."]
    teacher_version = lead_store.execute("SELECT version FROM teacher LIMIT 1").fetchone()[0]
    lead_store.execute("UPDATE teacher SET version = ? WHERE version != ?",
                       [teacher_version, teacher_version])
    renders = [f.problem.render() for f in integrity.check(lead_store)]
    assert any("is used 2 times" in r for r in renders)


def test_stale_search_index_row(lead_store):
    _observation(lead_store)
    lead_store.execute("INSERT INTO observation_fts (rowid, body) VALUES (999, '幽灵')")
    (finding,) = integrity.check(lead_store)
    assert finding.where == "observation_fts#999"
