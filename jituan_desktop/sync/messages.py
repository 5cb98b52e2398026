"""Why a sync use case refuses: translatable sentences (context "Sync") for people to read."""

from __future__ import annotations

from ..domain.messages import QT_TRANSLATE_NOOP, Refusal


class SyncError(Refusal):
    """A joining, export or import step refused, with the reason in the user's language."""

    context = "Sync"


NOT_LEAD = QT_TRANSLATE_NOOP("Sync", "Only the lead school's installation can do this.")
NOT_MEMBER = QT_TRANSLATE_NOOP(
    "Sync", "This is the lead school's installation: it invites schools, it does not join.")
NOT_JOINED = QT_TRANSLATE_NOOP(
    "Sync", "This school has not joined an alliance yet: import the invitation from the lead "
    "school first.")
SCHOOL_TAKEN = QT_TRANSLATE_NOOP(
    "Sync", "The alliance already has a school named {name} or with the code {code}.")
UNKNOWN_SCHOOL = QT_TRANSLATE_NOOP("Sync", "The alliance has no school {ref}.")
LEAD_NOT_INVITED = QT_TRANSLATE_NOOP(
    "Sync", "{school} is the lead school itself: only member schools are invited.")
NOTHING_WAITING = QT_TRANSLATE_NOOP(
    "Sync", "No laptop of {school} is waiting for approval. Import its join request first.")
NO_SUCH_INSTALLATION = QT_TRANSLATE_NOOP("Sync", "No installation {ref} is known here.")
AMBIGUOUS_INSTALLATION = QT_TRANSLATE_NOOP(
    "Sync", "{ref} matches more than one installation; give more of its id.")
OWN_INSTALLATION = QT_TRANSLATE_NOOP(
    "Sync", "This is the lead school's own installation; it cannot revoke itself.")
OTHER_SCHOOL_JOINED = QT_TRANSLATE_NOOP(
    "Sync", "The invitation {file} is for {school}, but this installation has already joined "
    "as {current}.")
OTHER_ALLIANCE_JOINED = QT_TRANSLATE_NOOP(
    "Sync", "The invitation {file} is for the alliance {alliance}, but this installation "
    "already belongs to {current}.")
WRITE_FAILED = QT_TRANSLATE_NOOP("Sync", "The file {file} cannot be written to {folder}: {reason}")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Sync", "{folder} is not a folder that can be written to.")
NO_SUCH_PATH = QT_TRANSLATE_NOOP("Sync", "{file} does not exist.")

# Import refusals that need this installation's knowledge (the container's are Bundle texts).
OTHER_ALLIANCE = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} comes from another alliance; it is not imported here.")
REVOKED_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: it is signed by the installation {installation} "
    "of {school}, which the lead school has revoked.")
WAITING_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: it comes from a laptop of {school} whose join "
    "request has not been approved yet. Approve it with the fingerprint, then import again.")
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: it is signed by the installation {installation}, "
    "which never asked to join this alliance.")
NOT_FROM_LEAD = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: a member school imports only bundles of its lead "
    "school, and this one was not signed by the lead school's installation.")
MEMBER_BUNDLE_AT_MEMBER = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is a member school's bundle: it is imported by the lead school.")
LEAD_BUNDLE_AT_LEAD = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is a lead school's bundle: member schools import it, the lead "
    "school does not.")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} was written by a newer version of Jituan Desktop (it knows "
    "{names}). Please update the app to import it.")
SENDER_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: it claims to come from another school than the "
    "laptop that signed it.")
FOREIGN_RECORD = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: it contains a {kind} record ({ref}) of another "
    "school; a school may only send its own records.")
LEAD_RECORD = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: it contains {kind} records, which only the lead "
    "school writes.")
MISSING_PARENT = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: some of its records refer to records this "
    "installation does not have. Import the earlier bundles of that school first, or ask it "
    "to send everything again.")
INVALID_VALUES = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: some of its records lack a required value or hold "
    "one that is not allowed. Ask the school that sent it to update Jituan Desktop and send "
    "everything again.")
IMPORT_FAILED = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} could not be imported: {reason}. Is the disk of the data folder "
    "full? Nothing of it was kept.")
BAD_RECORD = QT_TRANSLATE_NOOP("Sync", "The bundle {file} is refused: {reason}")
BUNDLE_BEFORE_JOINING = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} cannot be imported yet: this school has not joined an "
    "alliance. Join with the invitation from the lead school first.")
# This school's own files, met again on its stick or share: nothing to import, and not
# another school's file either (the 同步 page labels them 本校导出的文件).
OWN_BUNDLE = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} was exported by this school: it is for the other side, not "
    "imported here.")
OWN_JOIN_REQUEST = QT_TRANSLATE_NOOP(
    "Sync", "{file} is this school's own join request: the lead school imports it.")
JOIN_REQUEST_AT_MEMBER = QT_TRANSLATE_NOOP(
    "Sync", "{file} is a join request: it is imported by the lead school, not by a member "
    "school.")
INVITATION_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "Sync", "{file} is an invitation: it is opened with \"join\" at the member school, not "
    "imported.")
