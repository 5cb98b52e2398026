"""The row encoder writes what the record holds: the same values as its JSON form."""

import json
from datetime import date

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, QuotaRule, RubricTemplate, School,
                                           Semester, Teacher)
from jituan_desktop.storage.codec import field_hints, record_to_dict, row_encoder
from jituan_desktop.storage.repositories import repository


def test_row_encoder_matches_to_row_on_every_demo_record(store):
    generate_demo(store, "small", seed=3, today=date(2026, 11, 25))
    checked = 0
    for cls in (School, Teacher, Semester, RubricTemplate, QuotaRule, MentorPairing, Activity,
                LessonObservation, MentorSession):
        encode = row_encoder(cls)
        for record in repository(store, cls).where():
            reference = record_to_dict(record)  # encoded by an independent path
            row = dict(zip(field_hints(cls), encode(record)))
            for column, value in row.items():
                if isinstance(reference[column], (list, dict)):
                    value = json.loads(value)
                assert value == reference[column], (record, column)
            checked += 1
    assert checked > 1000
