"""``jituan-desktop --self-test``: the installed (or frozen) app checks itself and exits.

Each step uses the code the app itself runs, on a database in a temporary folder, never the
user's data:

1. database: open a new store (every migration), set up a school, save a teacher (pinyin
   initials included) and an observation, reopen the file and read them back;
2. pdf: print that observation's 听课记录表 through the report catalogue: one A4 page with the
   bundled Chinese font embedded;
3. translation: our Chinese catalogue without Qt (the .ts the command line reads), then Qt
   (QApplication on the platform plugin, our compiled .qm and Qt's qtbase_zh_CN) and a CJK font.
   The pictures of the 快速入门 guides are there too.

A line per step goes to stdout; exit 0 when all pass, else ``FAILED_EXIT[step]`` (11, 12, 13)
with the failing step's reason. Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise
(``QT_QPA_PLATFORM=xcb`` checks the display plugin too). A Windows build has no console: when
stdout is missing the report goes to ``%TEMP%\\jituan-desktop-self-test.txt``.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path
from collections.abc import Callable
from typing import TextIO

from . import __version__

FAILED_EXIT = {"database": 11, "pdf": 12, "translation": 13}
REPORT_FILE = "jituan-desktop-self-test.txt"

SCHOOL = "自检小学"
TEACHER = "张三丰"


class SelfTestError(Exception):
    pass


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestError(what)


def _database(work: Path, state: dict) -> str:
    from .domain.records import LessonObservation, Teacher
    from .services import record_ops, setup_ops
    from .storage import lookups
    from .storage.store import Store

    folder = work / "data"
    from .clock import Clock

    clock = state["clock"] = Clock.from_environment()  # the machine's, as the app reads it
    store = Store.open(folder, clock=clock)
    try:
        today = store.clock.today()
        setup_ops.init_lead(store, "自检联盟", SCHOOL, today=today)
        observer = Teacher(school=store.school_uuid, name="李四")
        teacher = Teacher(school=store.school_uuid, name=TEACHER)
        record_ops.add_teacher(store, observer, today=today)
        record_ops.add_teacher(store, teacher, today=today)
        observation = LessonObservation(
            school=store.school_uuid, observer=observer.uuid, teacher=teacher.uuid,
            lesson_date=today, subject="语文", topic="自检：静夜思")
        record_ops.record_observation(store, observation, today=today)
        migrations = len(store.schema_version())
    finally:
        store.close()
    store = Store.open(folder, create=False, clock=clock)
    try:
        back = record_ops.get(store, Teacher, teacher.uuid)
        _expect(back.name == TEACHER, f"teacher read back as {back.name!r}")
        initials = lookups.teacher_initials(store).get(teacher.uuid)
        _expect(initials == "zsf", f"pinyin initials of 张三丰 stored as {initials!r}")
        obs = record_ops.get(store, LessonObservation, observation.uuid)
        _expect(obs.topic == "自检：静夜思", f"observation read back as {obs.topic!r}")
    finally:
        store.close()
    state["folder"], state["observation"] = folder, observation.uuid
    return f"{migrations} migrations, teacher and observation written and read back"


def _pdf(work: Path, state: dict) -> str:
    from .reports import catalogue
    from .reports.pdf_fonts import FONT_NAME
    from .reports.report_types import ReportRequest
    from .storage.store import Store

    out = work / "self-test.pdf"
    store = Store.open(state["folder"], create=False, clock=state["clock"])
    try:
        request = ReportRequest(store.clock.today(), id=state["observation"])
        catalogue.render(store, "observation", request, out)
    finally:
        store.close()
    data = out.read_bytes()
    _expect(data.startswith(b"%PDF-"), "the file written is not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    _expect(pages == 1, f"{pages} pages instead of 1")
    # embedded as a TrueType subset (/AAAAAA+WenQuanYiMicroHei-0), not merely named
    fonts = re.findall(rb"/BaseFont\s*/[A-Z]{6}\+(\S*MicroHei\S*)", data)
    _expect(bool(fonts) and b"/FontFile2" in data, f"the font {FONT_NAME} is not embedded")
    return f"1 page, {len(data) // 1024} KB, {fonts[0].decode()} embedded as a subset"


def _translation(work: Path, state: dict) -> str:
    from . import i18n

    previous = i18n.language()
    i18n.set_language("zh_CN")
    try:
        text = i18n.translate("MainWindow", "Jituan Desktop")
    finally:
        i18n.set_language(previous)
    _expect(text == "集团化办学助手", f"catalogue (.ts): 'Jituan Desktop' -> {text!r}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .gui.self_check import qt_translations

    qt = qt_translations("zh_CN")
    _expect(qt["ours"] == "集团化办学助手", f"ours (.qm): 'Jituan Desktop' -> {qt['ours']!r}")
    _expect(qt["qtbase"] == "取消", f"Qt's qtbase_zh_CN: 'Cancel' -> {qt['qtbase']!r}")
    _expect(qt["file_dialog"] == "查找范围(&L)：",
            f"file dialog (.qm): '&Look in:' -> {qt['file_dialog']!r}")
    _expect(bool(qt["font"]), "no font for Chinese text")
    # The 快速入门 window and its PDF show these: a build that left them out shows no picture.
    from .domain import quick_start
    from .paths import resource_path

    missing = sorted(name for name in quick_start.pictures()
                     if not resource_path(quick_start.PICTURE_FOLDER, name).is_file())
    _expect(not missing, f"quick start pictures missing from resources/help: {missing}")
    return (f"集团化办学助手 / 取消 (Qt {qt['qt_version']}, platform {qt['platform']}, "
            f"font {qt['font']}, {len(quick_start.pictures())} quick start pictures)")


STEPS: list[tuple[str, Callable[[Path, dict], str]]] = [
    ("database", _database), ("pdf", _pdf), ("translation", _translation)]


def _output() -> tuple[TextIO, TextIO | None]:
    if sys.stdout is not None:
        return sys.stdout, None
    report = open(Path(tempfile.gettempdir()) / REPORT_FILE, "w", encoding="utf-8")  # noqa: SIM115
    return report, report


def run() -> int:
    out, opened = _output()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"jituan-desktop {__version__} self-test ({frozen}, {sys.executable})", file=out)
    code = 0
    started = time.perf_counter()
    state: dict = {}
    try:
        with tempfile.TemporaryDirectory(prefix="jituan-self-test-") as work:
            for name, step in STEPS:
                try:
                    detail = step(Path(work), state)
                except Exception as exc:  # noqa: BLE001 - every failure is the report
                    print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out)
                    traceback.print_exc(file=out)
                    code = FAILED_EXIT[name]
                    break
                print(f"ok   {name}: {detail}", file=out)
        elapsed = time.perf_counter() - started
        print(f"self-test {'passed' if code == 0 else 'FAILED'} in {elapsed:.1f} s", file=out)
        out.flush()
    finally:
        if opened is not None:
            opened.close()
    return code


__all__ = ["FAILED_EXIT", "run"]
