"""The Chinese font of every PDF: the bundled WenQuanYi Micro Hei, embedded as a subset.

reportlab's built-in CID fonts (STSong-Light) are not embedded, so a viewer without that
font shows boxes; a TrueType font is embedded as a subset of the characters used, prints
anywhere, and its text can be copied back out. Reading the 5 MB collection takes about a
tenth of a second, so it is registered once per process (thread-safe) and reused.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path

FONT_NAME = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()
_registered = False


def cjk_font() -> str:
    """Register the CJK font (first call only) and return its reportlab name.

    The family maps bold and italic to the same face, so ``<b>`` in a paragraph keeps the
    Chinese glyphs instead of falling back to Helvetica-Bold, which has none.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            path = resource_path(*FONT_FILE)
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            # Plain last: reportlab reads a face's own style from the last mapping made.
            for bold, italic in ((1, 1), (1, 0), (0, 1), (0, 0)):
                addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = True
    return FONT_NAME


__all__ = ["FONT_NAME", "cjk_font"]
