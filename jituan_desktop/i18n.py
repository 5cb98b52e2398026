"""Translation for the parts that run without Qt (the command line, services' messages).

The catalogue is the same ``resources/i18n/jituan_<lang>.ts`` that Qt compiles for the GUI,
read here with the standard library, so every user-facing text has one translation.
Chinese is the default language; ``JITUAN_LANG=en`` (or ``--lang en``) switches.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from .paths import resource_path

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
_language = os.environ.get("JITUAN_LANG") or DEFAULT_LANGUAGE


def catalogue_paths(language: str, suffix: str = ".ts") -> list:
    """The core catalogue first, then one per GUI area (``<area>_<lang>.ts``)."""
    folder = resource_path("i18n")
    core = folder / f"jituan_{language}{suffix}"
    areas = sorted(p for p in folder.glob(f"*_{language}{suffix}") if p != core)
    return ([core] if core.exists() else []) + areas


@lru_cache(maxsize=None)
def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, skipping unfinished and obsolete entries."""
    if language == "en":
        return {}
    catalogue = {}
    for path in catalogue_paths(language):
        _read_catalogue(path, catalogue)
    return catalogue


def _read_catalogue(path, catalogue: dict) -> None:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            if translation.text:
                catalogue[(name, message.findtext("source") or "")] = translation.text


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """The translation of ``text`` in the current language (the English source if none)."""
    return load_catalogue(_language).get((context, text), text)
