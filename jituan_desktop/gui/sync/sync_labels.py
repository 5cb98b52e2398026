"""Words for the sync states and results, shared by the page's panels.

Marked with QT_TRANSLATE_NOOP in one context so each panel shows the same word for the same
state; the panels translate them with ``label``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.messages import QT_TRANSLATE_NOOP
from ...sync import results as st
from ..qt_text import shown_stamp

CONTEXT = "SyncLabels"

# This installation in its alliance (the header).
MY_STATES = {
    st.NOT_JOINED: QT_TRANSLATE_NOOP("SyncLabels", "Not joined"),
    st.WAITING: QT_TRANSLATE_NOOP("SyncLabels", "Waiting for the lead school's approval"),
    st.JOINED: QT_TRANSLATE_NOOP("SyncLabels", "Joined"),
    st.REVOKED: QT_TRANSLATE_NOOP("SyncLabels", "Revoked by the lead school"),
    st.LEAD: QT_TRANSLATE_NOOP("SyncLabels", "Lead school"),
}
# A member school as the lead sees it.
SCHOOL_STATES = {
    st.LEAD: QT_TRANSLATE_NOOP("SyncLabels", "Lead school"),
    st.NOT_INVITED: QT_TRANSLATE_NOOP("SyncLabels", "Not invited"),
    st.INVITED: QT_TRANSLATE_NOOP("SyncLabels", "Invited"),
    st.WAITING: QT_TRANSLATE_NOOP("SyncLabels", "Waiting for approval"),
    st.JOINED: QT_TRANSLATE_NOOP("SyncLabels", "Joined"),
    st.REVOKED: QT_TRANSLATE_NOOP("SyncLabels", "Revoked"),
}
# One laptop of a school.
INSTALLATION_STATES = {
    st.INSTALLATION_WAITING: QT_TRANSLATE_NOOP("SyncLabels", "Waiting for approval"),
    st.INSTALLATION_APPROVED: QT_TRANSLATE_NOOP("SyncLabels", "Approved"),
    st.INSTALLATION_REVOKED: QT_TRANSLATE_NOOP("SyncLabels", "Revoked"),
}
# What an import did with a file.
RESULTS = {
    st.ACCEPTED: QT_TRANSLATE_NOOP("SyncLabels", "Accepted"),
    st.KNOWN: QT_TRANSLATE_NOOP("SyncLabels", "Already imported"),
    st.REFUSED: QT_TRANSLATE_NOOP("SyncLabels", "Refused"),
}
WRITTEN = QT_TRANSLATE_NOOP("SyncLabels", "Written")  # a file sent: nothing to accept here
DIRECTIONS = {
    st.SENT: QT_TRANSLATE_NOOP("SyncLabels", "Sent"),
    st.RECEIVED: QT_TRANSLATE_NOOP("SyncLabels", "Received"),
}
KINDS = {
    "member": QT_TRANSLATE_NOOP("SyncLabels", "School's records"),
    "lead": QT_TRANSLATE_NOOP("SyncLabels", "Alliance records from the lead school"),
    "join_request": QT_TRANSLATE_NOOP("SyncLabels", "Join request"),
    "invitation": QT_TRANSLATE_NOOP("SyncLabels", "Invitation"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code`` (a code this version does not know is shown as is)."""
    if code in table:
        return QCoreApplication.translate(CONTEXT, table[code])
    return code or ""


def when(iso: str | None) -> str:
    """A stored UTC timestamp in this computer's time, to the minute ("" for none):
    2026年11月25日 16:30."""
    return shown_stamp(iso)
