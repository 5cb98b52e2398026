"""The top of the 同步 page: who this laptop is in the alliance and what waits to be sent.

The fingerprint is large and monospaced because it is read aloud over the phone when a
school joins; a member not yet in an alliance gets the 加入联盟 button here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...sync import results as st
from ...sync.identity import ROTATION_TEXTS, RotationReason
from ...sync.overview import DIFFERS_FROM_LEAD
from ...sync.results import JoinResult, SyncOverview
from ..widgets.field_errors import error_label
from .sync_labels import MY_STATES, label

STATE_COLOURS = {st.WAITING: "#a05a00", st.REVOKED: "#b00020", st.JOINED: "#1b6e20",
                 st.LEAD: "#1b6e20", st.NOT_JOINED: "#555555"}


def fingerprint_font(label_widget: QLabel, grow: int = 8):
    font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setPointSize(label_widget.font().pointSize() + grow)
    font.setBold(True)
    return font


def rotation_text(code: str) -> str:
    """The overview gives why this laptop rotated as a code; its sentence is the identity's."""
    try:
        text = ROTATION_TEXTS[RotationReason(code)]
    except (ValueError, KeyError):
        return ""
    return QCoreApplication.translate("Sync", text)


class SyncHeader(QFrame):
    join_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        outer.addLayout(grid)
        self.school = QLabel(self)
        self.alliance = QLabel(self)
        self.state = QLabel(self)
        self.pending = QLabel(self)
        self.conflicts = QLabel(self)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(fingerprint_font(self.fingerprint))
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint.setToolTip(self.tr(
            "Read these characters to the other school over the phone when joining."))
        # Counted until the lead acknowledges them: "not yet sent" read wrong after an export.
        self.pending_caption = QLabel(self.tr("Records the lead has not yet confirmed"), self)
        self.pending_caption.setToolTip(self.tr(
            "Your next export carries these records; the count drops once you import a lead "
            "school bundle that confirms it received them."))
        rows = ((self.tr("This school"), self.school, self.tr("Alliance"), self.alliance),
                (self.tr("State"), self.state, self.pending_caption, self.pending),
                (self.tr("This laptop's fingerprint"), self.fingerprint,
                 self.tr("Conflicts to review"), self.conflicts))
        for row, (left, left_value, right, right_value) in enumerate(rows):
            grid.addWidget(QLabel(left, self) if isinstance(left, str) else left, row, 0)
            grid.addWidget(left_value, row, 1)
            grid.addWidget(QLabel(right, self) if isinstance(right, str) else right, row, 2)
            grid.addWidget(right_value, row, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        join_row = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Join an alliance…"), self)
        self.join_button.setToolTip(self.tr(
            "Choose the invitation file from the lead school, then the folder (for example "
            "the USB stick) to write this school's join request to."))
        self.join_button.clicked.connect(self.join_requested)
        self.join_button.hide()
        join_row.addWidget(self.join_button)
        join_row.addStretch(1)
        outer.addLayout(join_row)
        self.joined = QLabel(self)
        self.joined.setWordWrap(True)
        self.joined.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.joined.hide()
        outer.addWidget(self.joined)
        self.error = error_label(self)
        outer.addWidget(self.error)

    def show_overview(self, overview: SyncOverview) -> None:
        self.school.setText(overview.school or self.tr("(not set up)"))
        self.alliance.setText(overview.alliance or self.tr("Not yet in an alliance"))
        self.state.setText(label(MY_STATES, overview.state))
        colour = STATE_COLOURS.get(overview.state, "")
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.fingerprint.setText(overview.fingerprint)
        is_member = overview.role == "member"
        self.pending_caption.setVisible(is_member)
        self.pending.setVisible(is_member)
        self.pending.setText(str(overview.pending_records))
        self.conflicts.setText(str(overview.conflicts))
        self.conflicts.setStyleSheet("color: #b00020; font-weight: bold;"
                                     if overview.conflicts else "")
        self.join_button.setVisible(is_member and overview.state == st.NOT_JOINED)
        # "Give this file to the lead school…" is for while the request waits; once joined
        # (or revoked, or a lead) it would send the school back to a step it has done.
        if overview.state != st.WAITING:
            self.joined.hide()
        if overview.rotated:
            self.notice.setText(rotation_text(overview.rotated) or self.tr(
                "This laptop's data was copied or restored, so it now syncs as a new "
                "installation."))
        elif overview.differs_from_lead:
            self.notice.setText(QCoreApplication.translate("Sync", DIFFERS_FROM_LEAD))
        elif is_member and overview.state == st.WAITING:
            self.notice.setText(self.tr(
                "The join request is waiting for the lead school. Once the lead has approved "
                "it, import the lead school's next bundle here; you can already export your "
                "records."))
        elif is_member and overview.state == st.NOT_JOINED:
            self.notice.setText(self.tr(
                "To join the alliance, get the invitation file the lead school wrote for this "
                "school (for example on a USB stick), then click “Join an alliance…”."))
        elif is_member and overview.state == st.REVOKED:
            self.notice.setText(self.tr(
                "The lead school has revoked this laptop: its bundles are refused. Ask the "
                "lead school for a new invitation."))
        else:
            self.notice.clear()
        self.notice.setVisible(bool(self.notice.text()))

    def show_joined(self, result: JoinResult) -> None:
        """After joining: where the request is and what to read to the lead."""
        self.error.hide()
        self.joined.setText(self.tr(
            "Asked to join {alliance} as {school}. The join request was written to {path}. Give "
            "this file to the lead school and read them this laptop's fingerprint over the "
            "phone: {fingerprint}").format(alliance=result.alliance_name, school=result.school_name,
                                    path=str(result.path), fingerprint=result.fingerprint))
        self.joined.show()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
