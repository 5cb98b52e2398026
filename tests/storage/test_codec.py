"""The bulk row encoder writes exactly what the reference codec writes."""

from datetime import date

from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, QuotaRule, RubricTemplate, School,
                                           Semester, Teacher)
from jituan_desktop.services import demo_data
from jituan_desktop.storage.codec import field_hints, row_encoder, to_row
from jituan_desktop.storage.repositories import repository


def test_row_encoder_matches_to_row_on_every_demo_record(store):
    demo_data.generate_demo(store, "small", seed=3, today=date(2026, 11, 25))
    checked = 0
    for cls in (School, Teacher, Semester, RubricTemplate, QuotaRule, MentorPairing, Activity,
                LessonObservation, MentorSession):
        encode = row_encoder(cls)
        for record in repository(store, cls).where():
            reference = to_row(record)
            assert encode(record) == [reference[c] for c in field_hints(cls)], record
            checked += 1
    assert checked > 1000
