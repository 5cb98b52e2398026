"""Marking texts for translation without Qt: the domain's side of Qt's ``tr()``.

Source texts are English, marked with ``QT_TRANSLATE_NOOP`` (a plain function named after
Qt's macro, so that ``pyside6-lupdate`` extracts them into the ``.ts`` catalogues); whoever
shows them passes a ``Translate`` (Qt's in the GUI, :mod:`jituan_desktop.i18n` elsewhere).
The bottom of the domain: :mod:`.day_text` and :mod:`.messages` both build on it.
"""

from __future__ import annotations

from typing import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


def identity(context: str, text: str) -> str:
    return text


class Text(str):
    """A parameter of a message that is itself a source text, translated on rendering."""

    def __new__(cls, context: str, text: str):
        obj = str.__new__(cls, text)
        obj.context = context
        return obj


__all__ = ["QT_TRANSLATE_NOOP", "Text", "Translate", "identity"]
