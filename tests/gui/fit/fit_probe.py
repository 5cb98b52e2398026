"""Open the app's windows on a screen of one size and say what does not fit (a JSON list).

    python tests/gui/fit/fit_probe.py --width 1024 --height 728 --lang zh_CN \
        --data DATA_FOLDER --what pages --out problems.json

Runs in a process of its own because Qt fixes the screen when it starts: the offscreen
platform is given a screen of the size asked (its available area: the screen less the task
bar). ``--what`` names a group of windows in ``fit_windows.GROUPS``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def offscreen_screen(width: int, height: int) -> None:
    config = Path(tempfile.mkdtemp(prefix="fit-screen-")) / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [{
        "name": "school-laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, required=True)
    parser.add_argument("--height", type=int, required=True)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--what", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    offscreen_screen(args.width, args.height)
    sys.path[:0] = [str(ROOT), str(HERE)]

    from PySide6.QtWidgets import QApplication

    from jituan_desktop import i18n
    from jituan_desktop.gui.translation import install_translators
    import fit_windows

    app = QApplication([])
    i18n.set_language(args.lang)
    install_translators(app, args.lang)
    problems: list[str] = []
    with fit_windows.Session(app, args.data, args.lang) as session:
        for name, check in fit_windows.GROUPS[args.what]:
            try:
                problems.extend(check(session, name))
            except Exception:  # one window that cannot open is a problem, not the end
                problems.append(f"{name}: could not be opened:\n{traceback.format_exc()}")
    args.out.write_text(json.dumps(problems, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
