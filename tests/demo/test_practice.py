"""Practice records on a school's own installation: its own records only, valid, repeatable."""

from datetime import date

from jituan_desktop.demo.practice import MIN_TEACHERS, add_practice_records
from jituan_desktop.domain.records import LessonObservation, MentorSession
from jituan_desktop.services import setup_ops, status_ops
from jituan_desktop.storage import integrity
from jituan_desktop.storage.repositories import TABLES, repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


def owners(store: Store) -> set[str]:
    """Owners of every record written here (seeds, which every installation writes alike
    and whose owner stays provisional until the school joins, left out)."""
    found = set()
    for cls, (table, _) in TABLES.items():
        found |= {r.owner_school for r in repository(store, cls).where(include_deleted=True)
                  if r.origin_installation != "seed"}
    return found


def test_a_member_gets_a_semester_of_its_own_records(store):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    summary = add_practice_records(store, today=TODAY)
    me = store.school_uuid
    assert owners(store) == {me}
    counts = status_ops.status(store)["counts"]["城关小学"]
    assert counts == {"teachers": summary.teachers, "observations": summary.observations,
                      "pairings": summary.pairings, "mentor_sessions": summary.mentor_sessions,
                      "activities": summary.activities}
    assert summary.teachers == MIN_TEACHERS and summary.activities == 3
    semester = setup_ops.current_semester(store, TODAY)
    lessons = repository(store, LessonObservation).where()
    assert all(semester.start <= o.lesson_date <= TODAY and o.school == me for o in lessons)
    assert all(o.band is not None for o in lessons)
    assert integrity.check(store) == []


def test_a_second_run_adds_more_without_new_teachers(lead_store):
    first = add_practice_records(lead_store, today=TODAY)
    second = add_practice_records(lead_store, today=TODAY, seed=7)
    assert first.teachers == MIN_TEACHERS and second.teachers == 0
    sessions = repository(lead_store, MentorSession).where()
    assert len(sessions) == first.mentor_sessions + second.mentor_sessions


def test_the_same_seed_and_day_give_the_same_records(tmp_path):
    made = []
    for name in ("a", "b"):
        s = Store.open(tmp_path / name, clock=CLOCK)
        setup_ops.init_member(s, "城关小学", today=TODAY)
        add_practice_records(s, today=TODAY)
        made.append(sorted((o.topic, o.lesson_date, o.total)
                           for o in repository(s, LessonObservation).where()))
        s.close()
    assert made[0] == made[1]
