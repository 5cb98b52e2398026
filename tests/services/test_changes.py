"""Changes stay small whatever a use case touched: a sync import of 100,000 records names at
most UUID_LIMIT uuids per kind and bucket and marks the kind as "many"."""

from jituan_desktop.services.changes import UUID_LIMIT, Changes


def test_a_record_changed_twice_is_named_once():
    changes = Changes().add("updated", "Teacher", "t1").add("updated", "Teacher", "t1")
    assert changes == Changes(updated={"Teacher": ["t1"]})


def test_past_the_limit_a_kind_is_many_and_its_list_stops_growing():
    changes = Changes()
    for n in range(UUID_LIMIT * 3):
        changes.add("created", "LessonObservation", f"o{n}")
    changes.add("created", "Teacher", "t1")
    assert len(changes.created["LessonObservation"]) == UUID_LIMIT
    assert changes.many == {"LessonObservation"}
    assert changes.kinds == {"LessonObservation", "Teacher"}


def test_a_step_of_an_import_is_named_up_to_the_limit():
    step = [f"o{n}" for n in range(UUID_LIMIT + 500)]
    changes = Changes().add_all("updated", "LessonObservation", step[:10] + step[:10])
    assert changes.updated["LessonObservation"] == step[:10] and not changes.many
    changes.add_all("updated", "LessonObservation", step)
    assert changes.updated["LessonObservation"] == step[:UUID_LIMIT]
    assert changes.many == {"LessonObservation"}


def test_merging_keeps_the_limit_and_the_many_kinds():
    big = Changes()
    for n in range(UUID_LIMIT):
        big.add("created", "LessonObservation", f"o{n}")
    more = Changes().add("created", "LessonObservation", "extra").add_many("updated", "School")
    big.merge(more)
    assert len(big.created["LessonObservation"]) == UUID_LIMIT
    assert big.many == {"LessonObservation", "School"}
    assert big.updated == {"School": []} and big.kinds == {"LessonObservation", "School"}
    assert Changes().add_many("updated", "Teacher")  # named without uuids, still a change
