"""Looking into a generated PDF with poppler, as a person checking a printout would:
which fonts it uses and embeds (pdffonts), its text (pdftotext -layout), its page count."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PdfFont:
    name: str
    type: str
    embedded: bool
    subset: bool


def fonts(pdf: Path) -> list[PdfFont]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    found = []
    for line in out:
        # name, type (may contain spaces), encoding, emb, sub, uni, object, id
        m = re.match(r"^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)", line)
        if m:
            found.append(PdfFont(m.group(1), m.group(2), m.group(4) == "yes",
                                 m.group(5) == "yes"))
    return found


def text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(args + [str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def flat(pdf: Path, page: int | None = None) -> str:
    """The text without any spacing, so a wrapped or spread-out phrase still matches."""
    return re.sub(r"\s+", "", text(pdf, page))


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def assert_cjk_embedded(pdf: Path) -> None:
    """Every font is an embedded TrueType subset: no STSong-Light, no unembedded Helvetica."""
    found = fonts(pdf)
    assert found, "no fonts listed"
    for font in found:
        assert "TrueType" in font.type, font
        assert font.embedded and font.subset, font
        assert "STSong" not in font.name, font
