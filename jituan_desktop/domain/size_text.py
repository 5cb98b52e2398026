"""File sizes as people read them, the one rule for every screen and paper that shows one.

Below 1 KB the bytes themselves (33 字节: "0 KB" would say the file is empty, "0.1 KB" is a
number nobody reads); from 1 KB on one decimal of the largest unit that keeps the number
under 1024 (2.9 KB, 127.2 KB, 3.1 MB, 1.5 GB). Units are binary (1 KB = 1024 bytes), as
Windows Explorer counts them, so the numbers agree with what the user sees there.
"""

from __future__ import annotations

from .translation_marks import QT_TRANSLATE_NOOP, Translate, identity

SIZES = "Sizes"
BYTES = QT_TRANSLATE_NOOP("Sizes", "{count} B")
UNITS = (QT_TRANSLATE_NOOP("Sizes", "{size} KB"), QT_TRANSLATE_NOOP("Sizes", "{size} MB"),
         QT_TRANSLATE_NOOP("Sizes", "{size} GB"))


def size_text(size: int, translate: Translate = identity) -> str:
    """33 字节, 2.9 KB, 3.1 MB, 1.5 GB (a negative size, which no file has, reads as 0)."""
    size = max(0, int(size))
    if size < 1024:
        return translate(SIZES, BYTES).format(count=size)
    for power, unit in enumerate(UNITS, start=1):
        number = f"{size / 1024 ** power:.1f}"
        # 1023.96 KB would round to "1024.0 KB": that is 1.0 MB.
        if float(number) < 1024 or power == len(UNITS):
            return translate(SIZES, unit).format(size=number)
    raise AssertionError("unreachable")


__all__ = ["size_text"]
