"""The 涉及学校 column of the plans editor is narrow: two long school names are cut with
"…" to its width (the fit test found the button's text cut by its cell) and read whole in
the tooltip; none ticked reads 随计划."""

from jituan_desktop.gui.plans.plan_items_table import SchoolsButton


def test_long_school_names_elide_and_read_whole_in_the_tooltip(qtbot, demo_ctx):
    longest = sorted(demo_ctx.directory.schools, key=lambda s: -len(s.name))[:2]
    schools = [s for s in demo_ctx.directory.schools if s in longest]  # the menu's order
    button = SchoolsButton(demo_ctx.directory, [s.uuid for s in schools])
    qtbot.addWidget(button)
    button.resize(120, button.sizeHint().height())
    button.show()
    whole = "、".join(s.name for s in schools)
    assert button.text().endswith("…") and button.text() != whole
    assert whole in button.toolTip()
    assert button.minimumSizeHint().width() <= button.width()
    button.resize(button.sizeHint())
    assert button.text() == whole  # room enough: nothing is cut


def test_no_school_ticked_reads_as_the_plan(qtbot, demo_ctx):
    button = SchoolsButton(demo_ctx.directory, [])
    qtbot.addWidget(button)
    button.show()
    assert button.text() == "随计划"
