"""The catalogue lists every report without loading any: the kinds live in report_kinds, a
kind's module is imported when a report is made (listing kinds stays cheap, no reportlab)."""

from __future__ import annotations

import subprocess
import sys
from importlib import import_module

from jituan_desktop.reports import catalogue, report_kinds


def test_importing_the_catalogue_loads_no_report_and_no_reportlab():
    """In a fresh process, as `jituan report --help` and the 报表 page list the kinds."""
    probe = ("import sys\n"
             "from jituan_desktop.reports import catalogue\n"
             "titles = [catalogue.title_of(k) for k in catalogue.KINDS.values()]\n"
             "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'\n"
             "                or m in {'jituan_desktop.reports.' + k.module\n"
             "                         for k in catalogue.KINDS.values()})\n"
             "print(len(titles))\nprint(loaded)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.splitlines() == [str(len(report_kinds.MENU)), "[]"]


def test_every_kind_is_built_by_its_module_in_menu_order():
    assert list(catalogue.KINDS.values()) == list(report_kinds.MENU)
    assert catalogue.KINDS["observation"] is report_kinds.OBSERVATION  # the forms first
    for kind in report_kinds.MENU:
        module = import_module(f"jituan_desktop.reports.{kind.module}")
        assert module.KIND is kind and catalogue.builder_of(kind) is module.build, kind.key
        assert module.TITLE == kind.title, kind.key  # the document is titled as in the menu
    assert len({k.title for k in report_kinds.MENU}) == len(report_kinds.MENU)
