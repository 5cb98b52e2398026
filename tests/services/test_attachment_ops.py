"""Attaching a photo of a handwritten page to an observation, end to end."""

from datetime import date

import pytest

from jituan_desktop.domain.records import MAX_ATTACHMENT_BYTES, LessonObservation, Teacher
from jituan_desktop.services import attachment_ops, record_ops
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.integrity import check
from jituan_desktop.storage.repositories import repository

TODAY = date(2026, 11, 25)


def test_photo_travels_with_the_observation(lead_store, tmp_path):
    store = lead_store
    a, b = Teacher(school=store.school_uuid, name="甲"), Teacher(school=store.school_uuid, name="乙")
    for t in (a, b):
        record_ops.add_teacher(store, t, today=TODAY)
    photo = tmp_path / "听课本第3页.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    attachment = attachment_ops.attach_file(store, photo)
    assert attachment.media_type == "image/jpeg" and attachment.name == "听课本第3页.jpg"
    o = LessonObservation(school=store.school_uuid, observer=a.uuid, teacher=b.uuid,
                          lesson_date=date(2026, 11, 3), subject="数学", topic="分数的初步认识",
                          attachments=[attachment])
    record_ops.record_observation(store, o, today=TODAY)
    saved = repository(store, LessonObservation).require(o.uuid)
    assert saved.attachments == [attachment]
    assert attachment_ops.attachment_path(store, attachment).read_bytes() == photo.read_bytes()
    assert check(store) == []


def test_too_large_a_file_is_refused_and_not_kept(lead_store, tmp_path, zh):
    big = tmp_path / "录像.mp4"
    with big.open("wb") as f:
        f.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(StoreError) as refused:
        attachment_ops.attach_file(lead_store, big)
    assert "附件最大为 20 MB" in refused.value.render(zh)
    assert not lead_store.attachments_dir.exists() or \
        not any(p.is_file() for p in lead_store.attachments_dir.rglob("*"))
