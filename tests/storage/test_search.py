"""Chinese full-text search (FTS5 trigram + a scan of the not-yet-indexed tail) and the
filtered, paged lists built on it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jituan_desktop.domain.enums import ActivityType, Position, SessionKind
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, ProcessNote, School, Teacher)
from jituan_desktop.services import query_ops, record_ops
from jituan_desktop.storage import listing, search
from jituan_desktop.storage.repositories import repository

TODAY = date(2026, 11, 25)


class World:
    """A lead school with a member school, teachers and a few Chinese records."""

    def __init__(self, store):
        self.store = store
        self.lead = store.school_uuid
        member = School(name="希望小学", code="S02")
        record_ops.save(store, member, today=TODAY)
        self.member = member.uuid
        self.wang = self.teacher("王老师", self.lead)
        self.li = self.teacher("李老师", self.lead)
        self.zhao = self.teacher("赵校长", self.member, Position.PRINCIPAL)
        self.chen = self.teacher("陈老师", self.member)

    def teacher(self, name, school, position=Position.TEACHER) -> str:
        t = Teacher(school=school, name=name, position=position)
        record_ops.add_teacher(self.store, t, today=TODAY)
        return t.uuid

    def observation(self, topic, *, observer=None, teacher=None, school=None,
                    day=date(2026, 10, 9), **kw) -> LessonObservation:
        o = LessonObservation(school=school or self.lead, observer=observer or self.wang,
                              teacher=teacher or self.li, lesson_date=day, subject="语文",
                              topic=topic, **kw)
        record_ops.record_observation(self.store, o, today=TODAY)
        return o

    def rowid(self, table, uuid) -> int:
        return self.store.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()[0]


@pytest.fixture
def world(lead_store):
    return World(lead_store)


def found(store, query, table="observation") -> list[int]:
    return search.search(store, table, query)


def fts_rows(store, table="observation") -> int:
    return store.execute(f"SELECT count(*) FROM {table}_fts").fetchone()[0]


# -- before and after indexing ---------------------------------------------------------------

def test_search_before_indexing_scans_the_pending_rows(world):
    store = world.store
    o = world.observation("《桂花雨》第二课时", strengths="情境创设自然，朗读指导到位")
    other = world.observation("圆的面积", strengths="动手操作充分")
    assert search.pending_count(store) == 2
    assert fts_rows(store) == 0
    oid, other_id = world.rowid("observation", o.uuid), world.rowid("observation", other.uuid)
    assert found(store, "桂花雨") == [oid]
    assert found(store, "情境创设") == [oid]
    assert found(store, "动手操作") == [other_id]
    assert found(store, "课时") == [oid]  # two characters
    assert found(store, "雨") == [oid]  # one character
    assert found(store, "不存在的内容") == []


def test_search_after_indexing_uses_the_trigram_index(world):
    store = world.store
    o = world.observation("《桂花雨》第二课时", strengths="情境创设自然，朗读指导到位")
    other = world.observation("圆的面积", strengths="动手操作充分")
    progress = []
    assert search.index_pending(store, progress=lambda done, left: progress.append(
        (done, left))) == 2
    assert progress == [(2, 0)]
    assert search.pending_count(store) == 0
    assert fts_rows(store) == 2
    oid, other_id = world.rowid("observation", o.uuid), world.rowid("observation", other.uuid)
    # the index itself holds the text: a MATCH finds it without any scan
    assert store.execute("SELECT rowid FROM observation_fts WHERE observation_fts MATCH ?",
                         ['"朗读指导"']).fetchall() == [(oid,)]
    assert found(store, "桂花雨") == [oid]
    assert found(store, "朗读指导到位") == [oid]
    assert found(store, "的面积") == [other_id]
    # one and two characters: trigrams cannot answer, the fallback scan does
    assert found(store, "课时") == [oid]
    assert found(store, "圆") == [other_id]
    assert found(store, "自然") == [oid]
    assert found(store, "的") == [other_id]  # 圆的面积; the other text has no 的
    assert found(store, "面积") == [other_id]


def test_newest_first_and_limit(world):
    store = world.store
    ids = [world.rowid("observation", world.observation(f"古诗两首（第{i}课时）").uuid)
           for i in range(1, 6)]
    search.index_pending(store)
    assert found(store, "古诗两首") == sorted(ids, reverse=True)
    assert search.search(store, "observation", "古诗两首", limit=2) == sorted(ids)[::-1][:2]
    assert search.search(store, "observation", "古诗", limit=3) == sorted(ids)[::-1][:3]


def test_index_in_resumable_batches(world):
    store = world.store
    for i in range(5):
        world.observation(f"分数的初步认识 第{i}次")
    assert search.index_pending(store, batch=2, max_batches=1) == 2
    assert search.pending_count(store) == 3
    # half indexed, half pending: every record is still found, none twice
    assert len(found(store, "分数的初步认识")) == 5
    assert search.index_pending(store, batch=2) == 3
    assert search.pending_count(store) == 0
    assert len(found(store, "分数的初步认识")) == 5
    assert search.index_pending(store) == 0


def test_process_notes_and_activity_extra_are_searchable(world):
    store = world.store
    o = world.observation("小数的意义", notes=[
        ProcessNote(time="8:05", stage="导入", process="小组合作探究计量单位", comment="有效")])
    a = Activity(host_school=world.lead, schools=[world.member],
                 type=ActivityType.COLLECTIVE_PREP, title="四年级数学集体备课",
                 activity_date=date(2026, 10, 20), place="实验小学录播室",
                 extra={"主备人": "王老师", "单元": "第三单元 多边形的面积"})
    record_ops.record_activity(store, a, today=TODAY)
    oid, aid = world.rowid("observation", o.uuid), world.rowid("activity", a.uuid)
    for _ in range(2):  # before indexing, then after
        assert found(store, "合作探究") == [oid]
        assert found(store, "多边形的面积", "activity") == [aid]
        assert found(store, "录播室", "activity") == [aid]
        assert found(store, "集体备课", "activity") == [aid]
        search.index_pending(store)
    assert "小组合作探究计量单位" in store.execute(
        "SELECT body FROM observation_fts WHERE rowid = ?", [oid]).fetchone()[0]


def test_mentor_sessions_are_searchable(world):
    store = world.store
    p = MentorPairing(mentor=world.wang, mentee=world.li, start=date(2026, 9, 1))
    record_ops.pair_teachers(store, p, today=TODAY)
    s = MentorSession(pairing=p.uuid, session_date=date(2026, 10, 12),
                      kind=SessionKind.LESSON_POLISHING, topic="《富饶的西沙群岛》磨课",
                      takeaway="学会用板书梳理文章结构")
    record_ops.record_session(store, s, today=TODAY)
    sid = world.rowid("mentor_session", s.uuid)
    assert found(store, "西沙群岛", "mentor_session") == [sid]
    search.index_pending(store)
    assert found(store, "板书梳理", "mentor_session") == [sid]
    assert found(store, "板书", "mentor_session") == [sid]
    assert [r.uuid for r in query_ops.search(store, "mentor_session", "磨课")] == [s.uuid]


# -- edits and deletes ----------------------------------------------------------------------

def test_edited_record_is_found_by_its_new_text_only(world):
    store = world.store
    o = world.observation("《观潮》第一课时", strengths="朗读层次分明")
    search.index_pending(store)
    oid = world.rowid("observation", o.uuid)
    assert found(store, "观潮") == [oid]

    o.topic = "《爬山虎的脚》第一课时"
    o.strengths = "观察细致"
    record_ops.record_observation(store, o, today=TODAY)
    assert search.pending_count(store) == 1
    # before re-indexing: the stale index entry is ignored, the pending row is scanned
    assert found(store, "爬山虎的脚") == [oid]
    assert found(store, "观察细致") == [oid]
    assert found(store, "观潮") == []
    assert found(store, "朗读层次") == []
    search.index_pending(store)
    assert found(store, "爬山虎的脚") == [oid]
    assert found(store, "观察细致") == [oid]
    assert found(store, "《观潮》第一") == []
    assert found(store, "观潮") == []
    assert found(store, "朗读层次") == []
    assert fts_rows(store) == 1


def test_record_edited_twice_before_indexing(world):
    """Saving a record still waiting in the index queue must not trip over the queue."""
    store = world.store
    o = world.observation("《麻雀》初稿")
    for topic in ("《麻雀》二稿", "《麻雀》定稿"):
        o.topic = topic
        record_ops.record_observation(store, o, today=TODAY)
    assert search.pending_count(store) == 1
    oid = world.rowid("observation", o.uuid)
    assert found(store, "麻雀》定稿") == [oid]
    assert found(store, "初稿") == []
    search.index_pending(store)
    assert found(store, "麻雀》定稿") == [oid]
    assert found(store, "二稿") == []


def test_deleted_records_are_not_found(world):
    store = world.store
    keep = world.observation("《蟋蟀的住宅》")
    gone = world.observation("《蟋蟀的住宅》（删除）")
    search.index_pending(store)
    record_ops.delete(store, LessonObservation, gone.uuid)
    keep_id = world.rowid("observation", keep.uuid)
    assert found(store, "蟋蟀的住宅") == [keep_id]  # pending tombstone
    assert found(store, "删除") == []
    search.index_pending(store)
    assert found(store, "蟋蟀的住宅") == [keep_id]
    assert found(store, "删除") == []
    assert fts_rows(store) == 1  # the index dropped the tombstone's text

    record_ops.restore(store, LessonObservation, gone.uuid)
    assert len(found(store, "蟋蟀的住宅")) == 2
    search.index_pending(store)
    assert len(found(store, "蟋蟀的住宅")) == 2


def test_record_deleted_before_it_was_ever_indexed(world):
    store = world.store
    o = world.observation("《牛和鹅》")
    record_ops.delete(store, LessonObservation, o.uuid)
    assert found(store, "牛和鹅") == []
    search.index_pending(store)
    assert found(store, "牛和鹅") == []
    assert fts_rows(store) == 0


# -- queries with special characters ------------------------------------------------------------

SPECIAL_TEXT = ('评课说 "好" 达成率100% 用 a_b 命名，反斜杠\\路径，O\'Brien (NEAR) * : ^ '
                'AND OR NOT 空引号""结束')


@pytest.mark.parametrize("indexed", [False, True])
def test_special_characters_do_not_break_search(world, indexed):
    store = world.store
    o = world.observation("特殊字符", suggestions=SPECIAL_TEXT)
    plain = world.observation("普通课题", suggestions="没有特殊符号的建议ab")
    if indexed:
        search.index_pending(store)
    oid = world.rowid("observation", o.uuid)
    for query in ['"好"', '"', '""', '100%', '%', '_', 'a_b', '\\路径', '\\', "O'Brien", "'",
                  '(NEAR)', '(NEAR', '*', ':', '^', 'AND', 'OR', 'NOT', '说 "好']:
        assert found(store, query) == [oid], query
    # wildcards are literal: % and _ do not match any text
    for query in ['a%b', 'x_y', '%%%', '___', '没有%建议', '_的建', 'NEAR(', '"好""', '*好*']:
        assert found(store, query) == [], query
    assert found(store, "ab") == [world.rowid("observation", plain.uuid)]
    assert found(store, "   ") == []
    assert found(store, "") == []


def test_special_characters_in_listing_text(world):
    store = world.store
    world.observation("含有百分号", suggestions="达成率100%")
    world.observation("没有符号", suggestions="达成率很高")
    for indexed in (False, True):
        if indexed:
            search.index_pending(store)
        assert listing.count(store, "observation", ListQuery(text="100%")) == 1
        assert listing.count(store, "observation", ListQuery(text="%")) == 1
        assert listing.count(store, "observation", ListQuery(text="达成率")) == 2
        assert listing.count(store, "teacher", ListQuery(text="%")) == 0
        assert listing.count(store, "teacher", ListQuery(text="_")) == 0


def test_json_keys_of_process_notes_are_not_searchable(world):
    store = world.store
    world.observation("课题甲", notes=[ProcessNote(stage="导入", process="复习旧知")])
    # "stage" is a key of the stored JSON, not text anybody wrote
    assert found(store, "stage") == []
    assert found(store, "{") == []


# -- listing --------------------------------------------------------------------------------

def test_listing_filters_text_and_paging(world):
    store = world.store
    start = date(2026, 9, 7)
    made = []
    for i in range(25):
        observer = world.wang if i % 2 == 0 else world.zhao
        topic = f"桂花雨 第{i:02d}次" if i % 3 else f"圆的面积 第{i:02d}次"
        made.append(world.observation(topic, observer=observer,
                                      day=start + timedelta(days=i)))
    search.index_pending(store)
    # wang observed i = 0, 2, ..., 24 (13); of those, 桂花雨 when i % 3 != 0: 2,4,8,10,14,16,20,22
    query = ListQuery(filters={"observer": world.wang}, text="桂花雨")
    assert listing.count(store, "observation", query) == 8
    first = listing.page(store, "observation", query, offset=0, limit=3)
    second = listing.page(store, "observation", query, offset=3, limit=3)
    rest = listing.page(store, "observation", query, offset=6, limit=3)
    topics = [r["topic"] for r in first + second + rest]
    assert topics == [f"桂花雨 第{i:02d}次" for i in (22, 20, 16, 14, 10, 8, 4, 2)]
    assert len(rest) == 2
    assert {r["observer_name"] for r in first} == {"王老师"}
    assert first[0]["teacher_name"] == "李老师"
    assert first[0]["school_name"] == "实验小学"

    # two-character text goes through the fallback inside the same query
    assert listing.count(store, "observation",
                         ListQuery(filters={"observer": world.wang}, text="面积")) == 5
    # date range: 2026-09-07 + 10 .. + 19 days holds i = 10..19; wang has 10,12,14,16,18
    ranged = ListQuery(filters={"observer": world.wang}, date_from=start + timedelta(days=10),
                       date_to=start + timedelta(days=19))
    assert listing.count(store, "observation", ranged) == 5
    assert listing.count(store, "observation", ListQuery()) == 25
    # an empty filter value is no filter
    assert listing.count(store, "observation", ListQuery(filters={"observer": ""})) == 25


def test_listing_text_sees_pending_rows(world):
    store = world.store
    world.observation("《海上日出》")
    search.index_pending(store)
    world.observation("《海上日出》（新）")
    assert listing.count(store, "observation", ListQuery(text="海上日出")) == 2
    page = listing.page(store, "observation", ListQuery(text="海上日出"), limit=1)
    assert len(page) == 1


def test_listing_excludes_tombstones_unless_asked(world):
    store = world.store
    o = world.observation("要删除的记录")
    world.observation("留下的记录")
    record_ops.delete(store, LessonObservation, o.uuid)
    assert listing.count(store, "observation", ListQuery()) == 1
    assert listing.count(store, "observation", ListQuery(include_deleted=True)) == 2
    assert [r["topic"] for r in listing.page(store, "observation",
                                             ListQuery(text="记录"))] == ["留下的记录"]


def test_listing_refuses_an_unknown_filter(world):
    with pytest.raises(ValueError, match="cannot be filtered by password"):
        listing.count(world.store, "observation", ListQuery(filters={"password": "x"}))


def test_listing_school_condition(world):
    store = world.store
    taught_at_member = world.observation("送教：分数", school=world.member, teacher=world.chen)
    at_lead = world.observation("本校：比的认识")
    third = School(name="山区小学", code="S03")
    record_ops.save(store, third, today=TODAY)

    def topics(school, text=""):
        return sorted(r["topic"] for r in listing.page(
            store, "observation", ListQuery(school=school, text=text)))

    # the lead owns both records; the member school is concerned by the one taught there
    assert topics(world.lead) == sorted([taught_at_member.topic, at_lead.topic])
    assert topics(world.member) == [taught_at_member.topic]
    assert topics(third.uuid) == []
    assert topics(world.member, text="分数") == [taught_at_member.topic]
    assert topics(world.member, text="比的认识") == []

    hosted = Activity(host_school=world.member, type=ActivityType.OPEN_DAY,
                      title="希望小学开放日", activity_date=date(2026, 10, 1))
    joined = Activity(host_school=world.lead, schools=[world.member, third.uuid],
                      type=ActivityType.OUTREACH, title="送教下乡",
                      activity_date=date(2026, 10, 2))
    lead_only = Activity(host_school=world.lead, type=ActivityType.LECTURE, title="校内讲座",
                         activity_date=date(2026, 10, 3))
    for a in (hosted, joined, lead_only):
        record_ops.record_activity(store, a, today=TODAY)

    def titles(school, text=""):
        return sorted(r["title"] for r in listing.page(
            store, "activity", ListQuery(school=school, text=text)))

    assert titles(world.member) == sorted(["希望小学开放日", "送教下乡"])
    assert titles(third.uuid) == ["送教下乡"]
    assert titles(world.lead) == sorted(["送教下乡", "校内讲座"])
    assert titles(world.member, text="送教下乡") == ["送教下乡"]
    assert titles(world.member, text="讲座") == []
    assert listing.page(store, "activity", ListQuery(school=third.uuid))[0][
        "host_school_name"] == "实验小学"

    # teachers of a school, and pairings with a mentor or mentee there
    assert sorted(r["name"] for r in listing.page(store, "teacher",
                                                  ListQuery(school=world.member))) == [
        "赵校长", "陈老师"]
    cross = MentorPairing(mentor=world.wang, mentee=world.chen, start=date(2026, 9, 1))
    local = MentorPairing(mentor=world.wang, mentee=world.li, start=date(2026, 9, 1))
    record_ops.pair_teachers(store, cross, today=TODAY)
    record_ops.pair_teachers(store, local, today=TODAY)
    member_pairings = listing.page(store, "pairing", ListQuery(school=world.member))
    assert [(r["mentor_name"], r["mentee_name"]) for r in member_pairings] == [
        ("王老师", "陈老师")]
    assert listing.count(store, "pairing", ListQuery(school=world.lead)) == 2  # owner
    assert listing.count(store, "pairing", ListQuery(school=third.uuid)) == 0


def test_teacher_list_searches_names(world):
    store = world.store
    assert sorted(r["name"] for r in listing.page(store, "teacher", ListQuery(text="老师"))) \
        == sorted(["李老师", "王老师", "陈老师"])
    assert listing.count(store, "teacher", ListQuery(text="老师")) == 3
    assert [r["name"] for r in listing.page(store, "teacher", ListQuery(text="校长"))] == [
        "赵校长"]
    assert listing.page(store, "teacher", ListQuery(text="赵"))[0]["school_name"] == "希望小学"


def test_query_ops_search_returns_records(world):
    store = world.store
    o = world.observation("《搭船的鸟》")
    (back,) = query_ops.search(store, "observation", "搭船")
    assert back.uuid == o.uuid and back.topic == "《搭船的鸟》"
    assert query_ops.pending_index(store) == 1
    assert query_ops.index_search(store) == 1
    assert query_ops.pending_index(store) == 0
    assert [r.uuid for r in query_ops.search(store, "observation", "搭船的鸟")] == [o.uuid]
    assert query_ops.search(store, "observation", "不存在") == []
    assert repository(store, LessonObservation).count() == 1
    assert query_ops.count(store, "observation") == 1
    assert query_ops.page(store, "observation")[0]["uuid"] == o.uuid


# -- two-character queries answered from the index's vocabulary -----------------------------

def test_two_characters_found_anywhere_once_indexed(world):
    store = world.store
    last = world.observation("学写留言条", reflection="下次要多关注习作")  # ends the text
    first = world.observation("习作讲评课")  # begins the text
    middle = world.observation("看图写话", strengths="学生习作兴趣浓")
    other = world.observation("圆的周长")
    search.index_pending(store)
    ids = {world.rowid("observation", o.uuid) for o in (last, first, middle)}
    assert set(found(store, "习作")) == ids
    assert found(store, "周") == [world.rowid("observation", other.uuid)]  # one character: scan
    assert found(store, "周长") == [world.rowid("observation", other.uuid)]
    assert found(store, "作文") == []
    assert listing.count(store, "observation", ListQuery(text="习作")) == 3


def test_two_character_latin_and_quotes(world):
    store = world.store
    o = world.observation("Unit 3 My friends", suggestions='板书 "ab" 要清楚')
    search.index_pending(store)
    oid = world.rowid("observation", o.uuid)
    assert found(store, "MY") == [oid]  # the index folds ASCII case
    assert found(store, '"a') == [oid]
    assert found(store, 'b"') == [oid]
