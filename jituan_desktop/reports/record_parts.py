"""Small pieces the record forms share: labels of coded values, attachment lists."""

from __future__ import annotations

from ..domain.enums import Coded
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.records import Attachment
from ..domain.size_text import size_text
from ..i18n import translate

NO_ATTACHMENTS = QT_TRANSLATE_NOOP("Reports", "None")
ATTACHMENT_LINE = QT_TRANSLATE_NOOP("Reports", "{name} ({size})")


def label_of(value: Coded | None) -> str:
    """A coded value's label in the current language (blank for none)."""
    return translate("Labels", value.label) if value is not None else ""


def file_size(size: int) -> str:
    """The size the screen shows too (domain/size_text.py): 33 字节, 2.9 KB, 3.1 MB."""
    return size_text(size, translate)


def attachment_lines(attachments: list[Attachment]) -> str:
    """One line per attached file, name and size; "None" when nothing is attached."""
    if not attachments:
        return translate("Reports", NO_ATTACHMENTS)
    line = translate("Reports", ATTACHMENT_LINE)
    return "\n".join(line.format(name=a.name, size=file_size(a.size)) for a in attachments)
