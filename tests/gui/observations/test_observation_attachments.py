"""Attaching the photo of the handwritten 听课本 page to an observation, and what is refused."""

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from jituan_desktop.gui.widgets import attachments_widget
from jituan_desktop.services import attachment_ops

from observations_helpers import open_editor, open_page, select_row, stored


def own_editor(qtbot, ctx):
    page = open_page(qtbot, ctx)
    mine = ctx.directory.my_school
    row = select_row(page, lambda r: r["owner_school"] == mine)
    return open_editor(qtbot, page, row), row


def test_a_real_photo_is_added_saved_and_shown(qtbot, demo_ctx, tmp_path, monkeypatch):
    editor, row = own_editor(qtbot, demo_ctx)
    photo = tmp_path / "听课本第3页.png"
    image = QImage(120, 80, QImage.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(photo))
    widget = editor.attachments
    widget.add_file(photo, photo=True)
    qtbot.waitUntil(lambda: widget.list.count() == 1, timeout=5000)
    assert editor.dirty

    shown = []
    monkeypatch.setattr(attachments_widget.ImageViewer, "exec",
                        lambda viewer: shown.append(viewer.image.pixmap().isNull()))
    widget.show_attachment(0)
    assert shown == [False]  # the picture itself was on screen

    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.buttons.button(QDialogButtonBox.Save).click()
    kept = stored(demo_ctx, row["uuid"]).attachments
    assert [a.name for a in kept] == [photo.name]
    assert attachment_ops.attachment_path(demo_ctx.store, kept[0]).read_bytes() == \
        photo.read_bytes()


def test_a_text_file_named_png_is_not_a_picture(qtbot, demo_ctx, tmp_path):
    editor, row = own_editor(qtbot, demo_ctx)
    fake = tmp_path / "照片.png"
    fake.write_text("这不是图片", encoding="utf-8")
    widget = editor.attachments
    widget.add_file(fake, photo=True)
    assert widget.message.isVisibleTo(editor) and fake.name in widget.message.text()
    assert widget.message.text() == widget.check(fake, photo=True)
    assert widget.attachments() == []


def test_a_file_over_the_limit_is_refused(qtbot, demo_ctx, tmp_path):
    editor, row = own_editor(qtbot, demo_ctx)
    big = tmp_path / "录像.png"
    with open(big, "wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: no disk is used
    widget = editor.attachments
    widget.add_file(big, photo=False)
    assert "21" in widget.message.text() and big.name in widget.message.text()
    assert widget.attachments() == []
    assert stored(demo_ctx, row["uuid"]).attachments == []
