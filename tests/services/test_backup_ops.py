"""A backup to a folder carries the attachment files; a restore into another data folder
puts them back, and a record whose file was missing when the backup was made still opens
(``check`` names the missing file). Real data folders, real files."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain.records import LessonObservation, Teacher
from jituan_desktop.services import attachment_ops, backup_ops, record_ops, setup_ops
from jituan_desktop.storage.integrity import check
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
PASSWORD = "校长的密码-2026"


@pytest.fixture
def observed(lead_store, tmp_path):
    """An observation with a photo of the handwritten page attached."""
    store = lead_store
    a, b = Teacher(school=store.school_uuid, name="甲"), Teacher(school=store.school_uuid, name="乙")
    for t in (a, b):
        record_ops.add_teacher(store, t, today=TODAY)
    photo = tmp_path / "听课本第3页.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    attachment = attachment_ops.attach_file(store, photo)
    o = LessonObservation(school=store.school_uuid, observer=a.uuid, teacher=b.uuid,
                          lesson_date=date(2026, 11, 3), subject="数学", topic="分数的初步认识",
                          attachments=[attachment])
    record_ops.record_observation(store, o, today=TODAY)
    return o, attachment, photo


def other_laptop(tmp_path) -> Store:
    store = Store.open(tmp_path / "other", clock=CLOCK)
    setup_ops.init_lead(store, "北关联盟", "北关小学", today=TODAY)
    return store


def test_attachment_files_travel_in_a_backup_to_a_folder(lead_store, observed, tmp_path):
    o, attachment, photo = observed
    usb = tmp_path / "usb"
    usb.mkdir()
    made, facts = backup_ops.backup_to_folder(lead_store, usb, PASSWORD, PASSWORD)
    assert facts.counts["observation"] == 1
    assert photo.read_bytes()[4:64] not in made.read_bytes()  # encrypted, not just zipped
    other = other_laptop(tmp_path)
    result = backup_ops.restore(other.data_dir, made, PASSWORD, CLOCK, current=other)
    assert result.saved_copy is not None
    again = Store.open(tmp_path / "other", clock=CLOCK)
    try:
        restored = repository(again, LessonObservation).require(o.uuid)
        assert restored.attachments == [attachment]
        path = attachment_ops.attachment_path(again, attachment)
        assert path.read_bytes() == photo.read_bytes()
        assert check(again) == []
    finally:
        again.close()


def test_a_record_whose_file_is_missing_still_opens_after_a_restore(lead_store, observed,
                                                                    tmp_path, zh):
    o, attachment, _photo = observed
    attachment_ops.attachment_path(lead_store, attachment).unlink()  # lost before the backup
    usb = tmp_path / "usb"
    usb.mkdir()
    made, _ = backup_ops.backup_to_folder(lead_store, usb, PASSWORD, PASSWORD)
    other = other_laptop(tmp_path)
    backup_ops.restore(other.data_dir, made, PASSWORD, CLOCK, current=other)
    again = Store.open(tmp_path / "other", clock=CLOCK)
    try:
        assert repository(again, LessonObservation).require(o.uuid).attachments == [attachment]
        assert not attachment_ops.attachment_path(again, attachment).exists()
        [finding] = check(again)
        assert finding.where == f"observation/{o.uuid}"
        assert attachment.name in finding.problem.render(zh)
    finally:
        again.close()


def test_a_backup_to_a_missing_folder_is_refused(lead_store, tmp_path, zh):
    with pytest.raises(backup_ops.BackupError) as refused:
        backup_ops.backup_to_folder(lead_store, tmp_path / "no-stick", PASSWORD, PASSWORD)
    assert "不是文件夹" in refused.value.render(zh)
    assert not list(lead_store.data_dir.glob(".restore-*"))


def test_a_copy_made_before_snapshots_were_stamped_previews_with_the_date_of_its_name(
        lead_store, tmp_path):
    import sqlite3

    from jituan_desktop.storage import backups

    copy = backups.make_rolling(lead_store.db.conn, tmp_path / "old", backups.DAILY,
                                CLOCK.now())
    conn = sqlite3.connect(str(copy))
    with conn:
        conn.execute("DELETE FROM meta WHERE key = 'backup_made_at'")
    conn.close()
    named = copy.with_name("jituan-0008_plans_meetings_submissions-20261120T010000Z.sqlite3")
    copy.rename(named)
    facts = backup_ops.preview(tmp_path / "target", named, None)
    assert facts.made_at == "2026-11-20T01:00:00+00:00"
    assert facts.school_name == "实验小学"
