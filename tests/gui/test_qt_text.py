"""What a failed job tells the user, in Chinese: the GUI learns it from the services, never
from storage (it may not import storage: tests/test_layers.py)."""

import pytest

from jituan_desktop.domain.records import Teacher
from jituan_desktop.gui.qt_text import error_text
from jituan_desktop.services import record_ops


def failure_of(job):
    with pytest.raises(Exception) as caught:
        job()
    return caught.value


def test_a_refusal_says_what_was_refused(chinese, lead_store):
    error = failure_of(lambda: record_ops.get(lead_store, Teacher, "no-such-teacher"))
    assert error_text(error) == "编号为 no-such-teacher 的教师不存在。"


def test_a_database_that_fails_under_a_job_asks_for_the_data_folder(chinese, lead_store):
    error = failure_of(lambda: lead_store.query("SELECT * FROM no_such_table"))
    text = error_text(error)
    assert text.startswith("无法访问数据库（") and text.endswith("）。数据文件夹是否还在？")
    assert "no_such_table" in text


def test_a_file_gone_under_a_job_asks_for_the_data_folder(chinese, tmp_path):
    error = failure_of(lambda: (tmp_path / "gone" / "file.jpg").read_bytes())
    assert error_text(error).endswith("数据文件夹是否还在？")


def test_a_bug_is_still_one_readable_line(chinese):
    assert error_text(ValueError("bad value")) == "出现错误：bad value"
