"""Finding a teacher by the pinyin initials of their name, as people type in a filter box."""

import sqlite3
from datetime import date

from sqlite_utils import Database

from jituan_desktop.domain.enums import Position
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import query_ops, record_ops, setup_ops
from jituan_desktop.storage.name_keys import pinyin_initials
from jituan_desktop.storage.schema import migrations
from jituan_desktop.storage.store import DATABASE_FILE, Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


def names(store, text):
    return [r["name"] for r in query_ops.page(store, "teacher", ListQuery(text=text))]


def test_initials_of_names():
    assert pinyin_initials("张三") == "zs"
    assert pinyin_initials("洪婉婷") == "hwt"
    assert "sxx" in pinyin_initials("单雄信").split()  # the surname reading of 单
    assert "zxx" in pinyin_initials("曾小贤").split()
    assert pinyin_initials("") == ""


def test_filter_by_initials_or_by_name(lead_store):
    school = lead_store.school_uuid
    for name in ("张三", "张珊珊", "单雄信", "李明"):
        record_ops.add_teacher(lead_store, Teacher(school=school, name=name,
                                                   position=Position.TEACHER), today=TODAY)
    assert names(lead_store, "zs") == ["张三", "张珊珊"]
    assert names(lead_store, "ZS") == ["张三", "张珊珊"]
    assert names(lead_store, "sxx") == ["单雄信"]
    assert names(lead_store, "张") == ["张三", "张珊珊"]
    assert names(lead_store, "lm") == ["李明"]
    assert names(lead_store, "qq") == []


def test_renaming_updates_the_initials(lead_store):
    t = Teacher(school=lead_store.school_uuid, name="王芳")
    record_ops.add_teacher(lead_store, t, today=TODAY)
    t.name = "刘芳"
    record_ops.save(lead_store, t, today=TODAY)
    assert names(lead_store, "lf") == ["刘芳"] and names(lead_store, "wf") == []


def test_upgrade_fills_initials_of_existing_teachers(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    setup_ops.init_lead(store, "联盟", "实验小学", today=TODAY)
    record_ops.add_teacher(store, Teacher(school=store.school_uuid, name="陈丽"), today=TODAY)
    store.close()
    # Put the database back to how the previous release left it.
    with sqlite3.connect(tmp_path / DATABASE_FILE) as conn:
        conn.execute("ALTER TABLE teacher DROP COLUMN name_initials")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_teacher_name_initials'")
    db = Database(tmp_path / DATABASE_FILE)
    assert "0005_teacher_name_initials" in [m.name for m in migrations.pending(db)]
    db.close()
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert names(store, "cl") == ["陈丽"]
    finally:
        store.close()
