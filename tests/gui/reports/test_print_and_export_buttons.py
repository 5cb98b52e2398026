"""The buttons other pages carry: 打印 in the observation and activity editors and the pairing
view (the record's form as a PDF to the captured viewer, or saved when there is none), and
导出 on the lists and the 首页 (the rows on screen, read back with openpyxl and csv)."""

import csv
import re

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import Activity, LessonObservation
from jituan_desktop.gui.activities.activities_page import ActivitiesPage
from jituan_desktop.gui.activities.activity_editor import ActivityEditor
from jituan_desktop.gui.dashboard.dashboard_page import DashboardPage
from jituan_desktop.gui.mentoring.mentoring_page import MentoringPage
from jituan_desktop.gui.mentoring.pairing_detail import PairingDetailView
from jituan_desktop.gui.observations.observation_editor import ObservationEditor
from jituan_desktop.gui.observations.observations_page import ObservationsPage
from jituan_desktop.gui.teachers.teachers_page import TeachersPage
from jituan_desktop.gui.qt_text import qt_translate
from jituan_desktop.i18n import translate
from jituan_desktop.reports import catalogue
from jituan_desktop.services import compliance_ops, query_ops, record_ops
from reports_helpers import captured, pdf_text, squeezed  # noqa: F401 (a fixture)


def first_row(store, list_name: str) -> dict:
    return query_ops.page(store, list_name, ListQuery(), limit=1)[0]


def title(key: str) -> str:
    return translate("Reports", catalogue.KINDS[key].title)


# -- 打印 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("cls, editor_class, list_name, key, text_field", [
    (LessonObservation, ObservationEditor, "observation", "observation", "topic"),
    (Activity, ActivityEditor, "activity", "activity", "title"),
])
def test_editor_prints_its_record(qtbot, demo_ctx, demo_store, captured, monkeypatch, cls,
                                  editor_class, list_name, key, text_field):
    # Closing the editor at the end must not wait on an unsaved-changes question.
    monkeypatch.setattr(QMessageBox, "exec", lambda *a, **k: QMessageBox.Discard)
    record = record_ops.get(demo_store, cls, first_row(demo_store, list_name)["uuid"])
    editor = editor_class(demo_ctx, record)
    qtbot.addWidget(editor)
    assert editor.print_button.isEnabled()
    editor.print_button.click()
    qtbot.waitUntil(lambda: bool(captured.opened), timeout=20000)
    text = squeezed(pdf_text(captured.opened[0]))
    assert title(key) in text and squeezed(getattr(record, text_field)) in text
    assert captured.opened[0].name.startswith(title(key))


def test_a_new_record_has_nothing_to_print_yet(qtbot, demo_ctx):
    editor = ObservationEditor(demo_ctx, None)
    qtbot.addWidget(editor)
    assert not editor.print_button.isEnabled()


def test_pairing_view_prints_the_review_for_its_semester(qtbot, demo_ctx, demo_store, captured,
                                                         tmp_path):
    row = first_row(demo_store, "pairing")
    view = PairingDetailView(demo_ctx)
    qtbot.addWidget(view)
    view.show_pairing(row["uuid"])
    qtbot.waitUntil(lambda: view.pairing is not None, timeout=10000)
    # Without a viewer, the form is saved where the user says.
    captured.viewer = False
    captured.save_to = tmp_path / "review.pdf"
    view.print_button.click()
    qtbot.waitUntil(lambda: captured.save_to.exists(), timeout=20000)
    text = squeezed(pdf_text(captured.save_to))
    mentor = demo_ctx.directory.teacher_name(view.pairing.mentor)
    assert title("pairing-review") in text and mentor in text
    assert view.semester.currentData() in captured.offered[0]


# -- 导出 ------------------------------------------------------------------------------------
def settle(qtbot, page) -> int:
    """Wait for the list and its count; the count shown."""
    qtbot.waitUntil(lambda: not page._search_timer.isActive() and not page.model.loading
                    and re.search(r"\d", page.count_label.text()) is not None, timeout=10000)
    return int(re.search(r"\d+", page.count_label.text()).group())


def export(qtbot, exporter, kind: str, fmt: str, captured, path) -> int:
    written = []
    exporter.exported.connect(lambda _path, rows: written.append(rows))
    captured.save_to = path
    action = next(a for a in exporter.menu.actions() if a.data() == (kind, fmt))
    action.trigger()
    qtbot.waitUntil(lambda: bool(written), timeout=30000)
    return written[0]


def xlsx_rows(path) -> list[tuple]:
    return list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))


def test_observations_export_what_the_filters_show(qtbot, demo_ctx, demo_store, captured,
                                                  tmp_path):
    page = ObservationsPage(demo_ctx)
    qtbot.addWidget(page)
    everything = settle(qtbot, page)
    page.search.setText("课")
    shown = settle(qtbot, page)
    assert 0 < shown <= everything
    rows = export(qtbot, page.exporter, "observations", "xlsx", captured,
                  tmp_path / "obs.xlsx")
    sheet = xlsx_rows(tmp_path / "obs.xlsx")
    expected = query_ops.count(demo_store, "observation", page.current_query())
    assert rows == len(sheet) - 1 == shown == expected
    assert sheet[0][0] == qt_translate("Tables", "Date") == "日期"


@pytest.mark.parametrize("page_class, kind, fmt", [
    (TeachersPage, "teachers", "csv"),
    (ActivitiesPage, "activities", "xlsx"),
])
def test_lists_export_their_rows(qtbot, demo_ctx, captured, tmp_path, page_class, kind, fmt):
    page = page_class(demo_ctx)
    qtbot.addWidget(page)
    shown = settle(qtbot, page)
    path = tmp_path / f"{kind}.{fmt}"
    rows = export(qtbot, page.exporter, kind, fmt, captured, path)
    if fmt == "csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        with path.open(encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
    else:
        lines = xlsx_rows(path)
    assert rows == len(lines) - 1 == shown


def test_pairings_export_the_status_filtered_list(qtbot, demo_ctx, captured, tmp_path):
    page = MentoringPage(demo_ctx)
    qtbot.addWidget(page)
    pane = page.pairings
    shown = settle(qtbot, pane)
    rows = export(qtbot, pane.exporter, "pairings", "xlsx", captured, tmp_path / "p.xlsx")
    assert rows == len(xlsx_rows(tmp_path / "p.xlsx")) - 1 == shown


def test_dashboard_exports_the_quota_results_it_counts(qtbot, demo_ctx, demo_store, captured,
                                                       tmp_path):
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=20000)
    rows = export(qtbot, page.exporter, "compliance", "xlsx", captured, tmp_path / "c.xlsx")
    expected = compliance_ops.compliance(demo_store, page.chosen_semester(),
                                         school=page.chosen_school(), today=demo_ctx.today())
    assert rows == len(xlsx_rows(tmp_path / "c.xlsx")) - 1 == len(expected)


def test_export_to_a_missing_folder_is_refused(qtbot, demo_ctx, captured, tmp_path):
    page = TeachersPage(demo_ctx)
    qtbot.addWidget(page)
    settle(qtbot, page)
    failures = []
    page.exporter.failed.connect(failures.append)
    captured.save_to = tmp_path / "gone" / "t.xlsx"
    page.exporter.export("teachers", "xlsx")
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert str(tmp_path / "gone") in failures[0] and "不存在" in failures[0]
    assert page.exporter.last_notice.text() == failures[0]
    assert not (tmp_path / "gone").exists()
