"""Tab moves through each editor in the order its form reads: down the first column of the
header, then the second, then on through the sections."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_chain(dialog, first: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``first``, once round."""
    chain, widget = [first], first.nextInFocusChain()
    while widget is not first and len(chain) < 500:
        if widget.focusPolicy() & Qt.TabFocus and widget.isVisibleTo(dialog) \
                and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def owner_in(chain: list[QWidget], fields: list[QWidget]) -> list[int]:
    """Where each field (or the editable line inside it) comes in the chain."""
    def position(field):
        for i, w in enumerate(chain):
            if w is field or field.isAncestorOf(w):
                return i
        raise AssertionError(f"{field} is not reachable with Tab")
    return [position(f) for f in fields]


def test_observation_editor_tabs_in_form_order(qtbot, demo_ctx):
    from jituan_desktop.gui.observations.observation_editor import ObservationEditor
    editor = ObservationEditor(demo_ctx)
    qtbot.addWidget(editor)
    editor.show()
    fields = [editor.teacher, editor.school, editor.observer, editor.lesson_date, editor.period,
              editor.subject, editor.grade_class, editor.topic, editor.lesson_type,
              editor.occasion, editor.notes, *editor.comments.values()]
    positions = owner_in(focus_chain(editor, editor.teacher.lineEdit()), fields)
    assert positions == sorted(positions)


def tabs_in_order(qtbot, editor, fields):
    qtbot.addWidget(editor)
    editor.show()
    first = fields[0].lineEdit() if hasattr(fields[0], "lineEdit") and fields[0].lineEdit() \
        else fields[0]
    positions = owner_in(focus_chain(editor, first), fields)
    assert positions == sorted(positions)


def test_activity_editor_tabs_in_form_order(qtbot, demo_ctx):
    from jituan_desktop.gui.activities.activity_editor import ActivityEditor
    e = ActivityEditor(demo_ctx)
    tabs_in_order(qtbot, e, [e.type, e.title, e.activity_date, e.start_time, e.end_time,
                             e.place, e.mode, e.host_school, e.schools, e.participants,
                             e.teachers_reached, e.students_reached, e.agenda, e.notes,
                             e.outcomes])


def test_teacher_editor_tabs_in_form_order(qtbot, demo_ctx):
    from jituan_desktop.gui.teachers.teacher_editor import TeacherEditor
    e = TeacherEditor(demo_ctx)
    tabs_in_order(qtbot, e, [e.name, e.gender, e.subjects, e.grades, e.position, e.title,
                             e.phone, e.active])


def test_pairing_and_session_editors_tab_in_form_order(qtbot, demo_ctx, demo_store):
    from jituan_desktop.domain.records import MentorPairing
    from jituan_desktop.gui.mentoring.pairing_editor import PairingEditor
    from jituan_desktop.gui.mentoring.session_editor import SessionEditor
    from jituan_desktop.storage.repositories import repository
    e = PairingEditor(demo_ctx)
    tabs_in_order(qtbot, e, [e.mentor, e.mentee, e.subject, e.kind, e.start, e.planned_end,
                             e.goals, e.status])
    pairing = repository(demo_store, MentorPairing).where("owner_school = ?",
                                                          [demo_store.school_uuid])[0]
    s = SessionEditor(demo_ctx, pairing)
    tabs_in_order(qtbot, s, [s.session_date, s.kind, s.duration, s.topic, s.content,
                             s.takeaway, s.feedback, s.next_steps])


def test_the_wheel_scrolls_the_form_and_never_changes_a_box_it_rolls_over(qtbot, demo_ctx):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from jituan_desktop.gui.observations.observation_editor import ObservationEditor
    editor = ObservationEditor(demo_ctx)
    qtbot.addWidget(editor)
    editor.resize(900, 500)
    editor.show()
    box = next(iter(editor.rubric.boxes.values()))
    before, scrolled = box.value(), editor.scroll.verticalScrollBar().value()

    def roll(widget, notches=-1):
        wheel = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))),
                            QPoint(0, 0), QPoint(0, 120 * notches), Qt.NoButton,
                            Qt.NoModifier, Qt.NoScrollPhase, False)
        QApplication.sendEvent(widget, wheel)

    editor.topic.setFocus()
    roll(box)
    assert box.value() == before and not editor.dirty
    assert editor.scroll.verticalScrollBar().value() > scrolled
    editor.activateWindow()
    box.setFocus()  # once chosen, the wheel is the box's
    qtbot.waitUntil(box.hasFocus)
    assert box.isEnabled()
    roll(box, notches=1)
    assert box.value() != before
