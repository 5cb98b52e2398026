"""Every page, editor and dialog fits the screens schools have (issue 14), in both languages.

The screens' available areas (less ~40 px of task bar): a classroom projector at 1024×768,
the common school laptop at 1366×768, a 1920×1080 laptop at 150 % (1280×720 logical).
Each case runs ``fit_probe.py`` in its own process, on a copy of the small demo, because the
screen's size is fixed when Qt starts; the probe lists what does not fit.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fit_windows import GROUPS

PROBE = Path(__file__).with_name("fit_probe.py")
SCREENS = {"projector-1024x768": (1024, 728), "laptop-1366x768": (1366, 728),
           "laptop-150pct-1280x720": (1280, 680)}
LANGUAGES = ("zh_CN", "en")


@pytest.mark.parametrize("what", sorted(GROUPS))
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_window_fits_the_screen(tmp_path, small_demo_file, screen, language, what):
    data = tmp_path / "demo"
    shutil.copytree(small_demo_file.parent, data)
    width, height = SCREENS[screen]
    out = tmp_path / "problems.json"
    run = subprocess.run(
        [sys.executable, str(PROBE), "--width", str(width), "--height", str(height),
         "--lang", language, "--data", str(data), "--what", what, "--out", str(out)],
        capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    problems = json.loads(out.read_text())
    assert problems == [], "\n".join(problems)
