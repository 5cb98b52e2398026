"""Screenshots of every page, every record editor and the main dialogs, on the small demo.

    .venv/bin/python scripts/screenshots.py docs/screenshots --xvfb :99

starts, for each screen size (1024×768 and 1366×768), an X server of that size (Xvfb) with a
window manager (openbox), runs the real app maximised on it, opens each page and editor as a
user would, waits for its data, and saves the whole screen: what a school's laptop or
projector shows, title bar and all. Files are named ``page-KEY-WIDTH-LANG.png``,
``editor-KIND-WIDTH-LANG.png`` and ``dialog-KIND-WIDTH-LANG.png``; Chinese at every size,
the pages in English at 1366×768 too.

Pictures are reduced to 128 colours (ImageMagick), a third of the bytes.
Without ``--xvfb`` it shoots on the screen it runs on (``DISPLAY``), at that screen's size.
``--only dashboard,observations`` and ``--no-editors`` narrow it; ``--tag before`` adds a word
to every name (the before/after pictures of a change). The demo is generated for a fixed day,
so the pictures change only when the app does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)
SIZES = {1024: (1024, 768), 1366: (1366, 768)}
ENGLISH_AT = 1366  # the pages in English only at the common laptop size
EDITORS = ("observation", "pairing", "session", "activity", "plan", "meeting", "teacher",
           "mark-sent")
DIALOGS = ("setup-wizard", "roster-import", "about")


# -- running one X server per size ---------------------------------------------------------
def with_xvfb(display: str, args: argparse.Namespace) -> None:
    """Run this script once per size on an X server of that size, with a window manager."""
    for width in args.sizes:
        w, h = SIZES[width]
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{w}x{h}x24"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        env = dict(os.environ, DISPLAY=display)
        env.pop("QT_QPA_PLATFORM", None)
        time.sleep(1.0)
        manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        try:
            command = [sys.executable, __file__, str(args.out), "--sizes", str(width)]
            if args.only:
                command += ["--only", ",".join(args.only)]
            if args.no_editors:
                command.append("--no-editors")
            if args.tag:
                command += ["--tag", args.tag]
            if args.languages:
                command += ["--languages", ",".join(args.languages)]
            subprocess.run(command, env=env, check=True)
        finally:
            manager.terminate()
            manager.wait()
            server.terminate()
            server.wait()


# -- shooting on the screen we run on ------------------------------------------------------
class Shooter:
    def __init__(self, app, out: Path, width: int, language: str, tag: str):
        self.app, self.out, self.width, self.language, self.tag = app, out, width, language, tag

    def settle(self, seconds: float = 1.2) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def wait_for(self, condition, seconds: float = 20.0) -> bool:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.02)
        return False

    def shoot(self, kind: str, name: str) -> Path:
        """The whole screen, as the user sees it (window manager frames included)."""
        self.settle(0.6)
        tag = f"-{self.tag}" if self.tag else ""
        path = self.out / f"{kind}-{name}-{self.width}-{self.language}{tag}.png"
        self.app.primaryScreen().grabWindow(0).save(str(path))
        shrink(path)
        print("saved", path.name, flush=True)
        return path

    def fetch(self, ctx, job):
        """A database job's result, waited for (the store belongs to the worker thread)."""
        box = []
        ctx.run(job, box.append)
        self.wait_for(lambda: bool(box))
        return box[0] if box else None


def shrink(path: Path) -> None:
    """128 colours, no dithering: a third of the bytes, text as sharp (ImageMagick, if any)."""
    convert = shutil.which("convert")
    if convert:
        subprocess.run([convert, str(path), "+dither", "-colors", "128", f"PNG8:{path}"],
                       check=True)


def open_list_editor(shot: Shooter, window, key: str, school: str):
    """The editor of the first of this school's own records on page ``key``."""
    from jituan_desktop.storage.repositories import repository

    page = window.show_page(key)
    cls = page.record_class
    record = shot.fetch(window.ctx, lambda s: repository(s, cls).where(
        "owner_school = ?", [school], order="id")[0])
    shot.wait_for(lambda: window.ctx.directory is not None)
    return page.show_editor(record)


def open_editor(shot: Shooter, window, kind: str, store):
    from jituan_desktop.domain.records import MentorPairing, MentorSession
    from jituan_desktop.storage.repositories import repository

    ctx, school = window.ctx, store.school_uuid
    if kind in ("observation", "activity", "plan", "meeting", "teacher"):
        key = {"observation": "observations", "activity": "activities", "plan": "plans",
               "meeting": "meetings", "teacher": "teachers"}[kind]
        return open_list_editor(shot, window, key, school)
    if kind == "pairing":
        page = window.show_page("mentoring")
        pairing = shot.fetch(ctx, lambda s: repository(s, MentorPairing).where(
            "owner_school = ?", [school], order="id")[0])
        return page.open_pairing(pairing)
    if kind == "session":
        from jituan_desktop.gui.mentoring.session_editor import SessionEditor

        window.show_page("mentoring")
        session = shot.fetch(ctx, lambda s: repository(s, MentorSession).where(
            "owner_school = ?", [school], order="id")[0])
        pairing = shot.fetch(ctx, lambda s: repository(s, MentorPairing).get(session.pairing))
        editor = SessionEditor(ctx, pairing, session, window)
        editor.open()
        return editor
    if kind == "mark-sent":
        from jituan_desktop.gui.submissions.mark_sent_dialog import MarkSentDialog
        from jituan_desktop.services import submission_ops

        window.show_page("submissions")
        today = ctx.today()
        dues = shot.fetch(ctx, lambda s: submission_ops.submissions_due(s, today=today))
        dialog = MarkSentDialog(ctx, dues[0], window)
        dialog.open()
        return dialog
    raise KeyError(kind)


def open_dialog(shot: Shooter, window, kind: str, clock):
    ctx = window.ctx
    if kind == "roster-import":
        from jituan_desktop.gui.reports.roster_import_dialog import RosterImportDialog

        window.show_page("teachers")
        dialog = RosterImportDialog(ctx, window)
        dialog.open()
        return dialog
    if kind == "about":
        return window.show_about()
    if kind == "setup-wizard":
        from jituan_desktop.gui.context import AppContext
        from jituan_desktop.gui.setup.setup_wizard import SetupWizard
        from jituan_desktop.storage.store import Store

        fresh = Store.open(Path(tempfile.mkdtemp(prefix="jituan-shots-new-")), clock=clock)
        wizard = SetupWizard(AppContext(fresh))
        wizard.show()
        return wizard
    raise KeyError(kind)


def close(widget) -> None:
    if hasattr(widget, "_dirty"):
        widget._dirty = False  # a picture, not an edit: no "save changes?" prompt
    widget.reject() if hasattr(widget, "reject") else widget.close()


def shoot_all(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jituan_desktop import i18n
    from jituan_desktop.clock import Clock
    from jituan_desktop.demo.generator import generate_demo
    from jituan_desktop.gui.desktop_app import DesktopApp
    from jituan_desktop.gui.fonts import ensure_cjk_font
    from jituan_desktop.gui.navigation import PAGES
    from jituan_desktop.gui.translation import install_translators
    from jituan_desktop.services import query_ops
    from jituan_desktop.storage.store import Store

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="jituan-shots-"))
    clock = Clock(TODAY)  # the one clock starts on the demo's day
    store = Store.open(folder, clock=clock)
    generate_demo(store, "small", today=TODAY)
    query_ops.index_search(store)
    app = QApplication([])
    try:
        from jituan_desktop.gui.style import apply_style
        apply_style(app)
    except ImportError:  # before the app had a style of its own
        pass
    print("font:", ensure_cjk_font(app), flush=True)
    width = app.primaryScreen().geometry().width()
    settings = QSettings(str(folder / "ui.ini"), QSettings.IniFormat)
    keys = [key for key, _, module, _ in PAGES if module]
    if args.only:
        keys = [key for key in keys if key in args.only]
    for language in args.languages:
        if language != "zh_CN" and width != ENGLISH_AT:
            continue
        i18n.set_language(language)
        install_translators(app, language)
        desktop = DesktopApp(app, store, language=language, settings=settings)
        desktop.start()
        window = desktop.window
        window.showMaximized()
        shot = Shooter(app, out, width, language, args.tag)
        shot.settle(2.0)
        for key in keys:
            page = window.show_page(key)
            shot.settle(2.0)
            if key == "mentoring":  # a pairing chosen: its sessions and quota counts
                page.pairings.table.selectRow(0)
                shot.settle(1.5)
            shot.shoot("page", key)
        if language == "zh_CN" and not args.no_editors:
            for kind in EDITORS:
                editor = open_editor(shot, window, kind, store)
                shot.settle(1.5)
                shot.shoot("editor", kind)
                close(editor)
            for kind in DIALOGS:
                try:
                    dialog = open_dialog(shot, window, kind, clock)
                except AttributeError as exc:  # a dialog this version does not have
                    print("skipped", kind, exc, flush=True)
                    continue
                shot.settle(1.5)
                shot.shoot("dialog", kind)
                close(dialog)
        window.close()
        desktop.shutdown()
    print("saved to", out, flush=True)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screenshots")
    parser.add_argument("--xvfb", metavar="DISPLAY", help="e.g. :99: one X server per size")
    parser.add_argument("--sizes", default="1024,1366",
                        type=lambda s: [int(w) for w in s.split(",")])
    parser.add_argument("--only", type=lambda s: s.split(","), help="page keys")
    parser.add_argument("--languages", default="zh_CN,en", type=lambda s: s.split(","))
    parser.add_argument("--no-editors", action="store_true")
    parser.add_argument("--tag", default="")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse(sys.argv[1:])
    if arguments.xvfb:
        with_xvfb(arguments.xvfb, arguments)
    else:
        shoot_all(arguments)
