"""Search keys for people's names: the pinyin initials teachers type to find a colleague.

张三 is found by "zs". A character with several readings gives every spelling (单 is
d, s or c), so a surname read the rare way is still found; a name keeps at most a few
dozen variants, space-separated.
"""

from __future__ import annotations

from itertools import islice, product

MAX_VARIANTS = 32


def pinyin_initials(name: str) -> str:
    # Imported here: pypinyin's dictionaries take ~160 ms to load, which every command that
    # never saves a teacher (a report, an export, an import of bundles) would pay at start.
    from pypinyin import Style, pinyin

    letters = pinyin(name.strip(), style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    choices = [sorted({s.lower()[:1] for s in options if s}) for options in letters]
    choices = [c for c in choices if c]
    if not choices:
        return ""
    return " ".join("".join(v) for v in islice(product(*choices), MAX_VARIANTS))
