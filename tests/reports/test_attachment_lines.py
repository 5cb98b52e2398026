"""The printed forms list attachments with the size the screen shows (domain/size_text.py)."""

import pytest

from jituan_desktop import i18n
from jituan_desktop.domain.records import Attachment
from jituan_desktop.reports.record_parts import attachment_lines


@pytest.fixture
def chinese_text():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


def test_small_and_large_attachments_read_as_on_screen(chinese_text):
    lines = attachment_lines([Attachment(sha256="a" * 64, name="签到表.txt", size=33),
                              Attachment(sha256="b" * 64, name="听课本第3页.jpg", media_type="image/jpeg",
                                         size=2_500_000)])
    assert lines.splitlines() == [
        i18n.translate("Reports", "{name} ({size})").format(name="签到表.txt", size="33 字节"),
        i18n.translate("Reports", "{name} ({size})").format(name="听课本第3页.jpg",
                                                            size="2.4 MB")]
