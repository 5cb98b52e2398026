"""The sync commands of `jituan`, run as IT staff run them, over three real data folders.

A lead and two members on one machine walk invite -> join -> approve -> member exports ->
lead imports -> lead exports -> members import, through `main([...])` only, and every member
ends seeing the other member's records. Every refusal is one line on stderr (Chinese by
default) naming the file, with a non-zero exit and nothing changed.
"""

import json
import re
from pathlib import Path

import pytest

from jituan_desktop.cli import EXIT_ERROR, EXIT_OK, main

ALLIANCE, LEAD, MEMBER_1, MEMBER_2 = "实验小学教育联盟", "实验小学", "城关小学", "南街小学"
FINGERPRINT = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){3}\b")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def run(capsys, folder, *args):
    code = main(["--data-dir", str(folder), *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, folder, *args) -> str:
    code, out, err = run(capsys, folder, *args)
    assert code == EXIT_OK, f"jituan {' '.join(map(str, args))}: {err}"
    return out


def status(capsys, folder) -> dict:
    return json.loads(ok(capsys, folder, "status", "--json"))


def written_path(out: str, suffix: str):
    """The file a command says it wrote (the only path with that extension in its output)."""
    found = re.findall(r"(/\S+?" + re.escape(suffix) + r")\b", out)
    assert len(set(found)) == 1, out
    path = Path(found[0])
    assert path.is_file()
    return path


def fingerprint_in(out: str) -> str:
    found = FINGERPRINT.findall(out)
    assert found, out
    return found[0]


def only_one_line(err: str) -> bool:
    return err.strip() != "" and err.strip().count("\n") == 0


@pytest.fixture
def folders(tmp_path):
    names = ("lead", "m1", "m2", "stick", "share", "lead_out")
    made = {n: tmp_path / n for n in names}
    for n in ("stick", "share", "lead_out"):
        made[n].mkdir()
    return made


def set_up_lead(capsys, f) -> tuple[str, str]:
    ok(capsys, f["lead"], "init", "--role", "lead", "--alliance", ALLIANCE, "--school", LEAD)
    out = ok(capsys, f["lead"], "school", "add", MEMBER_1)
    code_1 = re.search(r"\bS\d\d\b", out).group(0)
    out = ok(capsys, f["lead"], "school", "add", MEMBER_2, "--code", "NJ")
    assert "NJ" in out
    return code_1, "NJ"


def invite_and_join(capsys, f, member: str, code: str, name: str) -> tuple:
    """The lead invites, the member joins; returns (join request path, fingerprint)."""
    out = ok(capsys, f["lead"], "invite", code, "--to", f["stick"])
    invitation = written_path(out, ".json")
    ok(capsys, f[member], "init", "--role", "member", "--school", name)
    out = ok(capsys, f[member], "join", invitation, "--to", f["stick"])
    request = written_path(out, ".json")
    assert request != invitation
    assert "电话" in out  # says to read the fingerprint over the phone
    return request, fingerprint_in(out)


def school_state(report: dict, code: str) -> str:
    return next(s["state"] for s in report["sync"]["schools"] if s["code"] == code)


@pytest.fixture
def joining(capsys, folders):
    """A lead with two schools; both members joined and their requests imported at the lead."""
    f = folders
    code_1, code_2 = set_up_lead(capsys, f)
    request_1, fp_1 = invite_and_join(capsys, f, "m1", code_1, MEMBER_1)
    request_2, fp_2 = invite_and_join(capsys, f, "m2", code_2, MEMBER_2)
    out = ok(capsys, f["lead"], "import", request_1, request_2)
    assert fp_1 in out and fp_2 in out  # the lead sees the fingerprints it must compare
    assert f"jituan approve {code_1} --fingerprint {fp_1}" in out
    return f, (code_1, fp_1), (code_2, fp_2)


def test_three_data_folders_walk_to_the_whole_alliance(capsys, joining):
    f, (code_1, fp_1), (code_2, fp_2) = joining
    report = status(capsys, f["lead"])
    assert report["sync"]["state"] == "lead"
    assert school_state(report, code_1) == "waiting"
    assert status(capsys, f["m1"])["sync"]["state"] == "waiting"

    ok(capsys, f["lead"], "approve", code_1, "--fingerprint", fp_1)
    ok(capsys, f["lead"], "approve", code_2, "--fingerprint", fp_2.lower())  # as typed
    report = status(capsys, f["lead"])
    assert {school_state(report, c) for c in (code_1, code_2)} == {"joined"}

    # Each member records something of its own, then exports it to the shared folder.
    for member in ("m1", "m2"):
        ok(capsys, f[member], "demo")
        assert status(capsys, f[member])["sync"]["pending_records"] > 0
        out = ok(capsys, f[member], "export", "--to", f["share"])
        assert written_path(out, ".jtb").parent == f["share"]
    own = {name: status(capsys, f[m])["counts"][name]
           for m, name in (("m1", MEMBER_1), ("m2", MEMBER_2))}
    assert own[MEMBER_1]["observations"] > 0 and own[MEMBER_2]["observations"] > 0

    # The lead imports the whole share folder: one line per bundle, all accepted.
    code, out, err = run(capsys, f["lead"], "import", f["share"])
    assert code == EXIT_OK, err
    assert out.count("已接受") == 2 and MEMBER_1 in out and MEMBER_2 in out, out
    lead_counts = status(capsys, f["lead"])["counts"]
    assert lead_counts[MEMBER_1] == own[MEMBER_1] and lead_counts[MEMBER_2] == own[MEMBER_2]

    # The same folder again changes nothing and still exits 0.
    code, out, _ = run(capsys, f["lead"], "import", f["share"])
    assert code == EXIT_OK and out.count("已导入过，没有变化") == 2, out
    assert status(capsys, f["lead"])["counts"] == lead_counts

    out = ok(capsys, f["lead"], "export", "--to", f["lead_out"])
    lead_bundle = written_path(out, ".jtb")
    for member in ("m1", "m2"):
        ok(capsys, f[member], "import", lead_bundle)
        report = status(capsys, f[member])
        assert report["sync"]["state"] == "joined"
        assert report["counts"][MEMBER_1] == own[MEMBER_1]
        assert report["counts"][MEMBER_2] == own[MEMBER_2]
        assert report["sync"]["conflicts"] == 0
    # The lead acknowledged what it merged: nothing of the member's own is pending any more.
    assert status(capsys, f["m1"])["sync"]["pending_records"] == 0
    # People read the time of the last bundle as they write it; --json keeps it ISO.
    plain = ok(capsys, f["lead"], "status")
    assert re.search(r"最近收到的同步包：20\d\d年1?\d月[123]?\d日 \d\d:\d\d ", plain), plain
    assert re.match(r"20\d\d-\d\d-\d\dT", status(capsys, f["lead"])["sync"]["last_import"]["at"])


def test_plain_status_shows_the_sync_lines(capsys, joining):
    f, (code_1, _), _ = joining
    out = ok(capsys, f["m1"], "status")
    assert fingerprint_in(out)
    assert "冲突" in out
    out = ok(capsys, f["lead"], "status")
    assert code_1 in out and MEMBER_1 in out


def test_wrong_fingerprint_is_refused_and_approves_nothing(capsys, joining):
    f, (code_1, fp_1), _ = joining
    wrong = "AAAA-BBBB-CCCC-DDDD" if fp_1 != "AAAA-BBBB-CCCC-DDDD" else "BBBB-AAAA-CCCC-DDDD"
    before = status(capsys, f["lead"])
    code, out, err = run(capsys, f["lead"], "approve", code_1, "--fingerprint", wrong)
    assert code == EXIT_ERROR and out == ""
    assert only_one_line(err) and CHINESE.search(err) and wrong in err
    after = status(capsys, f["lead"])
    assert school_state(after, code_1) == "waiting"
    assert after["sync"] == before["sync"]


def test_approve_at_a_member_installation_is_refused(capsys, joining):
    f, (code_1, fp_1), _ = joining
    before = status(capsys, f["m1"])
    code, _, err = run(capsys, f["m1"], "approve", code_1, "--fingerprint", fp_1)
    assert code == EXIT_ERROR and only_one_line(err) and CHINESE.search(err)
    assert status(capsys, f["m1"]) == before


def test_a_file_that_is_not_a_bundle_is_refused_by_name(capsys, joining, tmp_path):
    f = joining[0]
    junk = tmp_path / "junk" / "作业.jtb"
    junk.parent.mkdir()
    junk.write_text("这不是同步包", encoding="utf-8")
    before = status(capsys, f["lead"])
    code, _, err = run(capsys, f["lead"], "import", junk)
    assert code == EXIT_ERROR
    assert only_one_line(err) and "作业.jtb" in err and CHINESE.search(err)
    after = status(capsys, f["lead"])
    assert after["counts"] == before["counts"]
    assert after["sync"]["schools"] == before["sync"]["schools"]


def test_a_path_that_does_not_exist_is_refused_by_name(capsys, joining, tmp_path):
    f = joining[0]
    code, out, err = run(capsys, f["lead"], "import", tmp_path / "nowhere.jtb")
    assert code == EXIT_ERROR and out == ""
    assert only_one_line(err) and "nowhere.jtb" in err


def test_one_refused_file_in_a_folder_fails_the_run_but_not_the_good_ones(capsys, joining):
    f, (code_1, fp_1), _ = joining
    ok(capsys, f["lead"], "approve", code_1, "--fingerprint", fp_1)
    ok(capsys, f["m1"], "demo")
    ok(capsys, f["m1"], "export", "--to", f["share"])
    (f["share"] / "truncated.jtb").write_bytes(
        next(f["share"].glob("*.jtb")).read_bytes()[:200])
    code, _, err = run(capsys, f["lead"], "import", f["share"])
    assert code == EXIT_ERROR
    assert "truncated.jtb" in err and only_one_line(err)
    assert status(capsys, f["lead"])["counts"][MEMBER_1]["observations"] > 0


def test_join_with_a_damaged_invitation_is_refused(capsys, folders):
    f = folders
    code_1, _ = set_up_lead(capsys, f)
    invitation = written_path(ok(capsys, f["lead"], "invite", code_1, "--to", f["stick"]),
                              ".json")
    ok(capsys, f["m1"], "init", "--role", "member", "--school", MEMBER_1)
    before = status(capsys, f["m1"])
    damaged = f["stick"] / "damaged.json"
    text = invitation.read_text(encoding="utf-8")
    damaged.write_text(text.replace(ALLIANCE, ALLIANCE + "二"), encoding="utf-8")
    truncated = f["stick"] / "truncated.json"
    truncated.write_text(text[: len(text) // 2], encoding="utf-8")
    for bad in (damaged, truncated):
        code, out, err = run(capsys, f["m1"], "join", bad, "--to", f["stick"])
        assert code == EXIT_ERROR and out == ""
        assert only_one_line(err) and bad.name in err and CHINESE.search(err)
        assert status(capsys, f["m1"]) == before
    assert sorted(p.name for p in f["stick"].iterdir()) == sorted(
        [invitation.name, "damaged.json", "truncated.json"])  # no join request written


def test_export_before_joining_is_refused(capsys, folders):
    f = folders
    ok(capsys, f["m1"], "init", "--role", "member", "--school", MEMBER_1)
    ok(capsys, f["m1"], "demo")
    code, out, err = run(capsys, f["m1"], "export", "--to", f["share"])
    assert code == EXIT_ERROR and out == ""
    assert only_one_line(err) and CHINESE.search(err)
    assert list(f["share"].iterdir()) == []


def test_school_add_and_invite_at_a_member_are_refused(capsys, folders):
    f = folders
    ok(capsys, f["m1"], "init", "--role", "member", "--school", MEMBER_1)
    code, _, err = run(capsys, f["m1"], "school", "add", MEMBER_2)
    assert code == EXIT_ERROR and only_one_line(err) and CHINESE.search(err)
    code, _, err = run(capsys, f["m1"], "invite", "S02", "--to", f["stick"])
    assert code == EXIT_ERROR and only_one_line(err)
    assert list(f["stick"].iterdir()) == []


def test_duplicate_school_is_refused(capsys, folders):
    f = folders
    set_up_lead(capsys, f)
    before = status(capsys, f["lead"])
    code, _, err = run(capsys, f["lead"], "school", "add", MEMBER_1)
    assert code == EXIT_ERROR and only_one_line(err) and MEMBER_1 in err
    assert status(capsys, f["lead"]) == before


def test_revoked_laptop_bundles_are_refused(capsys, joining):
    f, (code_1, fp_1), _ = joining
    ok(capsys, f["lead"], "approve", code_1, "--fingerprint", fp_1)
    installation = status(capsys, f["m1"])["sync"]["installation"]
    out = ok(capsys, f["lead"], "revoke", installation[:8], "--reason", "笔记本电脑被盗")
    assert installation in out
    ok(capsys, f["m1"], "demo")
    bundle = written_path(ok(capsys, f["m1"], "export", "--to", f["share"]), ".jtb")
    code, _, err = run(capsys, f["lead"], "import", bundle)
    assert code == EXIT_ERROR and bundle.name in err and only_one_line(err)
    assert school_state(status(capsys, f["lead"]), code_1) == "revoked"


def test_messages_in_english_on_request(capsys, folders, tmp_path):
    f = folders
    ok(capsys, f["lead"], "init", "--role", "lead", "--alliance", ALLIANCE, "--school", LEAD)
    junk = tmp_path / "junk.jtb"
    junk.write_bytes(b"PK\x03\x04 not really")
    code, _, err = run(capsys, f["lead"], "--lang", "en", "import", junk)
    assert code == EXIT_ERROR and "junk.jtb" in err and not CHINESE.search(err)


def test_school_without_action_prints_usage(capsys, folders):
    code, out, _ = run(capsys, folders["lead"], "school")
    assert code == 2 and "add" in out


def test_conflicts_lists_none_on_a_fresh_lead(capsys, folders):
    f = folders
    ok(capsys, f["lead"], "init", "--role", "lead", "--alliance", ALLIANCE, "--school", LEAD)
    assert ok(capsys, f["lead"], "conflicts").strip() != ""


def test_status_json_without_sync_history(capsys, folders):
    f = folders
    ok(capsys, f["m1"], "init", "--role", "member", "--school", MEMBER_1)
    sync = status(capsys, f["m1"])["sync"]
    assert sync["state"] == "not_joined" and FINGERPRINT.fullmatch(sync["fingerprint"])
    assert sync["last_export"] is None and sync["schools"] == []
