"""The 快速入门 guides: the first day of each of the three people who use the app.

One text for the window (gui/help/quick_start.py) and the printed guide
(reports/quick_start_guide.py), so the two never disagree. Source texts are English, marked
for the translation tools; whoever shows a guide passes a ``Translate`` to :func:`guide`.
Button and page names are those of the app itself (the Chinese catalogue gives them as the
interface shows them); a step's picture is a file of ``resources/help/`` made from the real
app by ``scripts/help_pictures.py``. No policy text is quoted here: the rules in 设置 quote
their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from .translation_marks import QT_TRANSLATE_NOOP, Translate, identity

CONTEXT = "QuickStart"
PRINCIPAL, TEACHER, COORDINATOR = "principal", "teacher", "coordinator"
AUDIENCES = (PRINCIPAL, TEACHER, COORDINATOR)
PICTURE_FOLDER = "help"  # under resources/

WINDOW_TITLE = QT_TRANSLATE_NOOP("QuickStart", "Quick start")
CHOOSE = QT_TRANSLATE_NOOP("QuickStart", "Who are you? Choose your guide:")


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    picture: str = ""  # a file name in resources/help/, or none


@dataclass(frozen=True)
class Guide:
    audience: str
    name: str  # who it is for, short: the tab's label
    title: str
    intro: str
    steps: tuple[Step, ...]


PRINCIPAL_GUIDE = Guide(
    PRINCIPAL,
    QT_TRANSLATE_NOOP("QuickStart", "Principal (member school)"),
    QT_TRANSLATE_NOOP("QuickStart", "Quick start for the principal of a member school"),
    QT_TRANSLATE_NOOP(
        "QuickStart", "This laptop keeps your school's lesson observations, mentor pairings "
                      "and activities. On the first day: set the app up, put your teachers "
                      "in, join the alliance, and send your records to the lead school."),
    (
        Step(QT_TRANSLATE_NOOP("QuickStart", "Set the app up as a member school"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "When the app starts for the first time, choose \"We are a "
                                "member school\" → Next, type your school's name as it is "
                                "written on official documents → Next → Start."),
              "wizard-choice.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Add or import your teachers"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Do this first: an observation needs its teacher on the "
                                "roster. Teachers → Import roster… reads the list your school "
                                "keeps in Excel or CSV: choose the file, check the preview and "
                                "which column holds what, then Import; every row not imported "
                                "says why. One teacher at a time: New (Ctrl+N)."),
              "member-teachers.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Join the alliance"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Ask the lead school for your school's invitation file (on a "
                                "USB stick). Sync → Join an alliance… → choose the invitation "
                                "→ choose where to write the join request (the USB stick "
                                "again) and give that file to the lead school. The page then "
                                "shows this laptop's fingerprint in large letters: phone the "
                                "lead school's coordinator and read it out; they approve the "
                                "laptop with it. When the lead school's bundle comes back, "
                                "import it (Export and import → Import files…) and the state "
                                "turns to Joined."),
              "member-join.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Record a lesson observation"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Lesson observations → New (Ctrl+N). Type the teacher's "
                                "name or pinyin initials (zs finds 张三) and choose from the "
                                "list; fill in the topic, the notes and the rubric scores (the "
                                "total and the grade follow), then Save (Ctrl+S)."),
              "observation-editor.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "See who is behind on Home"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Home shows every quota rule of this semester and how many "
                                "people have met it, are on track or are behind. Click a rule: "
                                "the people short of it are listed beside it, furthest behind "
                                "first. Below are the plans, meeting decisions and reports "
                                "that are due. Export writes the table to Excel."),
              "home.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Export a bundle for the lead school"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Sync → Export and import: in \"Export to\" choose the USB "
                                "stick (a plugged-in stick is offered in the list, or Choose "
                                "folder…; a shared network folder works too) → Export. The "
                                "line below names the file written (.jtb) and how many records "
                                "it holds: take it to the lead school. Export again whenever "
                                "you have new records; only what the lead school has not "
                                "confirmed is sent."),
              "sync-transfer.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Print a report"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Reports → choose a form or summary (for example the lesson "
                                "observation count sheet or the semester work summary), the "
                                "semester and the school → Generate, then Open to look at it "
                                "or Save as… to keep the A4 PDF. Reports to the bureau shows "
                                "when your annual summary of pairing and support work is due "
                                "(30 November) and whether it was sent."),
              "reports-annual.png"),
    ),
)

TEACHER_GUIDE = Guide(
    TEACHER,
    QT_TRANSLATE_NOOP("QuickStart", "Teacher"),
    QT_TRANSLATE_NOOP("QuickStart", "Quick start for teachers: mentor sessions and lesson "
                                    "observations"),
    QT_TRANSLATE_NOOP(
        "QuickStart", "Each mentor session and each lesson you observe is one record. The "
                      "counts against this semester's quotas move as soon as you save."),
    (
        Step(QT_TRANSLATE_NOOP("QuickStart", "Open your mentor pairing"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Mentor pairings → find your pairing (type the mentor's or "
                                "the apprentice's name in the search box) and click it. On "
                                "the right: the pairing, this semester's counts against its "
                                "quotas, and the sessions so far, newest first."),
              "mentoring-pairing.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Add a session with the quick-add row"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Above the list of sessions is one row: date, kind, topic and "
                                "minutes. Choose the kind, type the topic and press Enter (or "
                                "Add): the session is saved and the counts move. Details… opens "
                                "the full form, for what was done and attachments."),
              "mentoring-quick-add.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Start a lesson observation"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Lesson observations → New (Ctrl+N). Teacher: type the name "
                                "or pinyin initials and choose from the list; the school and "
                                "subject follow. Fill in the class, topic, lesson type and "
                                "kind of lesson. A name not on the roster stays in the box: "
                                "click Add as a new teacher… beside it, and the rest of the "
                                "form is kept."),
              "observation-editor.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Score the lesson with the rubric"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Under Evaluation give each item its score, up to the maximum "
                                "shown; the total and the grade follow as you type. Write the "
                                "lesson's course (Add row for each stage) and your comments, "
                                "add a photo of the handwritten page if you have one, then "
                                "Save (Ctrl+S)."),
              "observation-rubric.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Print the lesson observation record"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Once the record is saved, Print… at the foot of the form makes "
                                "the lesson observation record (听课记录表) as an A4 PDF and "
                                "opens it. It can also be printed later: Reports → Lesson "
                                "observation record → find the record → Generate."),
              "observation-buttons.png"),
    ),
)

COORDINATOR_GUIDE = Guide(
    COORDINATOR,
    QT_TRANSLATE_NOOP("QuickStart", "Lead school coordinator"),
    QT_TRANSLATE_NOOP("QuickStart", "Quick start for the lead school's coordinator"),
    QT_TRANSLATE_NOOP(
        "QuickStart", "The lead school's laptop holds the whole alliance: it invites the member "
                      "schools, collects their bundles, and prints the alliance's summaries."),
    (
        Step(QT_TRANSLATE_NOOP("QuickStart", "Set the app up as the lead school"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "When the app starts for the first time, choose \"We are the "
                                "lead school of an alliance\" → Next, type the alliance's name "
                                "and your school's name as they are written on official "
                                "documents → Next → Start."),
              "wizard-lead.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Add the member schools and invite them"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Sync → Member schools → Add school… → the school's name "
                                "(leave the code empty: the next one is given) → OK. Select "
                                "the school → Write invitation… → choose the USB stick. The "
                                "file's name carries only the school's code, so tell each "
                                "school which file is theirs. The school's state turns from "
                                "Not invited to Invited."),
              "sync-schools.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Approve each laptop by its fingerprint"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Import the join request the school gives back (Export and "
                                "import → Import files…). Then Member schools → select the "
                                "school → Approve… → type the fingerprint the school reads to "
                                "you over the phone → OK. A wrong fingerprint is refused and "
                                "nothing is approved: ask the school to read it again. The "
                                "school's state turns to Joined."),
              "sync-approve.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Import the member schools' bundles"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Sync → Export and import: Import files… for bundles on a USB "
                                "stick, or Import a folder… for a stick or a shared network "
                                "folder where the schools put theirs. Each file gets a line: "
                                "accepted, with its number of records, or in red with the "
                                "reason. Then Export once: that one file carries every "
                                "school's records back, and every member school imports it."),
              "sync-transfer.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Check Home and the schools side by side"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Home → School: the whole alliance or one school, with its "
                                "quota rules and who is behind. \"Schools side by side\" shows "
                                "every school's records this semester and how many people are "
                                "behind; double-click a school to look at its people. Sync → "
                                "Member schools shows which schools have not reported this "
                                "month."),
              "home-schools.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Look at the rules in Settings"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Settings → Quota rules lists the rules Home counts against. "
                                "Each default rule quotes the policy text it comes from, with "
                                "its file and section. The lead school can add, edit and "
                                "delete rules; a changed default is marked as changed. Member "
                                "schools see the same rules."),
              "settings-rules.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "Print the alliance semester summary"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Reports → Alliance semester summary → choose the semester → "
                                "Generate, then Open or Save as… for the A4 PDF."),
              "reports-alliance.png"),
        Step(QT_TRANSLATE_NOOP("QuickStart", "The annual summary, due 30 November"),
              QT_TRANSLATE_NOOP(
                  "QuickStart", "Reports to the bureau lists what goes to the county bureau "
                                "and when: every school's annual summary of pairing and support "
                                "work is due on 30 November. Reports → Annual summary of "
                                "pairing and support work → the school and the year → Generate "
                                "(Export Excel… for a workbook). On Reports to the bureau, "
                                "Generate… keeps the PDF with the record and Mark as sent… "
                                "records when and to whom it went."),
              "submissions.png"),
    ),
)

GUIDES: dict[str, Guide] = {g.audience: g for g in (PRINCIPAL_GUIDE, TEACHER_GUIDE,
                                                     COORDINATOR_GUIDE)}


def guide(audience: str, translate: Translate = identity) -> Guide:
    """The guide for ``audience``, every text translated; ``KeyError`` for an unknown one."""
    source = GUIDES[audience]

    def tr(text: str) -> str:
        return translate(CONTEXT, text) if text else text

    return Guide(source.audience, tr(source.name), tr(source.title), tr(source.intro),
                 tuple(Step(tr(s.title), tr(s.text), s.picture) for s in source.steps))


def pictures() -> set[str]:
    """Every picture file a guide names."""
    return {s.picture for g in GUIDES.values() for s in g.steps if s.picture}


__all__ = ["AUDIENCES", "COORDINATOR", "CONTEXT", "GUIDES", "Guide", "PICTURE_FOLDER",
           "PRINCIPAL", "Step", "TEACHER", "guide", "pictures"]
