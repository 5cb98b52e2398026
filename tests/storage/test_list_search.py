"""List pages searched by a common word read rows in list order and check each; rare words
gather their matches from the index. Both must give exactly the rows whose text holds the
word, indexed or still queued, edited or deleted."""

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import LessonObservation
from jituan_desktop.services import query_ops, record_ops
from jituan_desktop.storage import listing, search
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("list-search"), clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    query_ops.index_search(store)
    yield store
    store.close()


def expected_ids(store, text, query=ListQuery()):
    """Brute force: every listed row whose flattened text contains ``text``, in list order."""
    rows = listing.page(store, "observation", query, limit=10 ** 6)
    return [r["id"] for r in rows if text.lower() in search.body_of("observation", r).lower()]


@pytest.mark.parametrize("text", ["课", "学生", "课堂", "朗读", "教学目标", "习作", "鬱"])
def test_every_word_lists_exactly_the_rows_that_hold_it(demo, text):
    ids = [r["id"] for r in listing.page(demo, "observation", ListQuery(text=text), limit=10 ** 6)]
    assert ids == expected_ids(demo, text)
    assert listing.count(demo, "observation", ListQuery(text=text)) == len(ids)


def test_common_and_rare_words_take_their_own_road(demo):
    assert search.is_common(demo, "observation", "课")
    assert search.is_common(demo, "observation", "学生")
    assert not search.is_common(demo, "observation", "习作")


def test_a_common_word_finds_edited_and_queued_rows_and_skips_deleted_ones(demo):
    school = demo.school_uuid
    mine = repository(demo, LessonObservation).where("owner_school = ?", [school], order="id")
    assert len(mine) >= 2  # the lead school has observations of its own to change
    edited, deleted = mine[0], mine[1]
    edited.strengths = "学生朗读声音洪亮，独一无二的鬱金香比喻"
    record_ops.save(demo, edited, today=TODAY)
    record_ops.delete(demo, LessonObservation, deleted.uuid)
    assert search.pending_count(demo) > 0  # the edits wait for the indexer
    query = ListQuery(text="学生")
    ids = [r["id"] for r in listing.page(demo, "observation", query, limit=10 ** 6)]
    assert ids == expected_ids(demo, "学生", query)
    assert edited.uuid in {r["uuid"] for r in listing.page(demo, "observation", ListQuery(
        text="鬱金香"), limit=100)}
    assert deleted.uuid not in {r["uuid"] for r in listing.page(demo, "observation", query,
                                                                limit=10 ** 6)}


def test_the_first_page_decides_once_how_the_word_is_searched(demo):
    query = ListQuery(text="学生")
    first = listing.page(demo, "observation", query, limit=50)
    assert query.common_text is True
    second = listing.page(demo, "observation", query, offset=50, limit=50)
    assert [r["id"] for r in first + second] == expected_ids(demo, "学生")[:100]
