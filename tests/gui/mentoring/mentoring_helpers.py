"""Shared steps of the mentoring page tests: ask the database on its own thread, open the
page, choose a pairing and wait for its detail."""

from jituan_desktop.gui.mentoring import MentoringPage

WAIT = 10000


def ask(qtbot, ctx, job):
    """``job(store)`` on the database thread (the one the page uses), its answer here."""
    answers = []
    ctx.run(job, answers.append, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    if isinstance(answers[0], Exception):
        raise answers[0]
    return answers[0]


def open_page(qtbot, ctx) -> MentoringPage:
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: listed(page) is not None, timeout=WAIT)
    return page


def listed(page) -> int | None:
    """The pairing count the list shows, once counted and loaded."""
    digits = "".join(ch for ch in page.pairings.count_label.text() if ch.isdigit())
    return int(digits) if digits and not page.pairings.model.loading else None


def show(qtbot, page, uuid: str) -> None:
    """Choose the pairing and wait until its detail and timeline have arrived."""
    page.select_pairing(uuid)
    qtbot.waitUntil(lambda: page.detail.pairing is not None
                    and page.detail.pairing.uuid == uuid
                    and not page.detail.timeline.model.loading, timeout=WAIT)


def quota_cells(page) -> list[list[str]]:
    table = page.detail.quota
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


