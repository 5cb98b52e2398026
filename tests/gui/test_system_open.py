"""打开 when no program on this computer opens the file: a Chinese message with the file's
full path, selectable, to copy, and its folder to open (widgets/system_open.py). Offscreen
there is no desktop, so QDesktopServices.openUrl really returns False here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from jituan_desktop.gui.widgets import system_open
from jituan_desktop.gui.widgets.system_open import NoProgramDialog, open_with_system
from jituan_desktop.services import attachment_ops

from observations.observations_helpers import open_editor, open_page, select_row


def shown_dialog(qtbot, parent: QWidget) -> NoProgramDialog:
    qtbot.waitUntil(lambda: parent.findChild(NoProgramDialog) is not None, timeout=5000)
    return parent.findChild(NoProgramDialog)


def test_offscreen_has_no_program_for_a_pdf(qapp, tmp_path):
    pdf = tmp_path / "听课节数统计表.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))) is False


def test_no_program_says_so_with_the_path_to_copy(qtbot, chinese, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf = tmp_path / "报表" / "听课节数统计表_2026-1_城关小学.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4\n")
    assert open_with_system(parent, pdf) is False
    dialog = shown_dialog(qtbot, parent)
    assert dialog.isVisible() and dialog.windowTitle() == "无法打开文件"
    assert "没有能打开这个文件的程序" in dialog.message.text() and "PDF 阅读器" in dialog.message.text()
    assert dialog.path_field.text() == str(pdf) and dialog.path_field.isReadOnly()
    assert dialog.copy_button.text() == "复制路径"
    assert dialog.folder_button.text() == "打开所在文件夹" and dialog.folder_button.isVisible()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(pdf)
    assert "已复制" in dialog.status.text()
    dialog.folder_button.click()  # no file manager offscreen either: it says what to do
    assert dialog.status.isVisible() and "地址栏" in dialog.status.text()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: parent.findChild(NoProgramDialog) is None, timeout=5000)


def test_a_folder_that_does_not_open_offers_its_path(qtbot, chinese, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_with_system(parent, tmp_path) is False
    dialog = shown_dialog(qtbot, parent)
    assert dialog.windowTitle() == "无法打开文件夹"
    assert dialog.path_field.text() == str(tmp_path)
    assert not dialog.folder_button.isVisibleTo(dialog)


def test_a_program_that_opens_it_shows_nothing(qtbot, chinese, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_with_system(parent, tmp_path / "a.pdf") is True
    assert parent.findChild(NoProgramDialog) is None and len(opened) == 1


def test_an_attachment_opens_under_its_own_name_and_shows_its_size(qtbot, demo_ctx, tmp_path):
    page = open_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    editor = open_editor(qtbot, page, select_row(page, lambda r: r["owner_school"] == mine))
    lesson_plan = tmp_path / "教案.docx"
    lesson_plan.write_bytes(b"x" * 33)
    widget = editor.attachments
    widget.add_file(lesson_plan, photo=False)
    qtbot.waitUntil(lambda: widget.list.count() == 1, timeout=5000)
    assert widget.list.item(0).text() == "教案.docx  (33 字节)"  # was "0 KB"
    kept = attachment_ops.attachment_path(demo_ctx.store, widget.attachments()[0])
    assert kept.suffix == ""  # stored by its hash: no program would know what it is

    widget.show_attachment(0)
    dialog = shown_dialog(qtbot, widget)
    shown = Path(dialog.path_field.text())
    assert shown.name == "教案.docx" and shown.read_bytes() == lesson_plan.read_bytes()


# -- a Linux desktop: xdg-open starts, then finds no program (seen on the walk of issue 14) -----
def fake_xdg_open(tmp_path, status: int) -> str:
    """A stand-in for /usr/bin/xdg-open that ends as the real one does: 3 when nothing on
    the computer opens the file, 0 when a program took it."""
    script = tmp_path / f"xdg-open-{status}"
    script.write_text(f"#!/bin/sh\nexit {status}\n")
    script.chmod(0o755)
    return str(script)


def test_xdg_open_that_finds_no_program_shows_the_message(qtbot, chinese, tmp_path,
                                                          monkeypatch):
    monkeypatch.setattr(system_open, "desktop_opener", lambda: fake_xdg_open(tmp_path, 3))
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf = tmp_path / "听课记录表_2026-12-03-刘洋-分数的初步认识.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert open_with_system(parent, pdf) is True  # started; the failure comes after
    dialog = shown_dialog(qtbot, parent)
    assert dialog.windowTitle() == "无法打开文件" and dialog.path_field.text() == str(pdf)
    assert not system_open.OpenerWatch.running

    dialog.folder_button.click()  # no file manager either: said in the dialog
    qtbot.waitUntil(lambda: dialog.status.isVisible(), timeout=5000)
    assert "地址栏" in dialog.status.text()


def test_xdg_open_that_opens_the_file_shows_nothing(qtbot, chinese, tmp_path, monkeypatch):
    monkeypatch.setattr(system_open, "desktop_opener", lambda: fake_xdg_open(tmp_path, 0))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_with_system(parent, tmp_path / "a.pdf") is True
    qtbot.waitUntil(lambda: not system_open.OpenerWatch.running, timeout=5000)
    assert parent.findChild(NoProgramDialog) is None


def test_the_desktop_opener_is_not_used_offscreen(qapp):
    assert system_open.desktop_opener() is None  # Qt's answer is true there
