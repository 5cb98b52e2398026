"""The signed joining documents and the approval by fingerprint (docs/sync.md §2)."""

import base64
import json
import re
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from jituan_desktop.domain.records import Alliance, School
from jituan_desktop.sync import documents as docs
from jituan_desktop.sync.documents import (DocumentError, approve_join_request, canonical_json,
                                           make_certificate, make_invitation, make_join_request,
                                           make_revocation, read_certificate, read_document_file,
                                           read_invitation, read_join_request, read_revocation,
                                           request_fingerprint, sign_document, verify_document,
                                           write_document)
from jituan_desktop.sync.identity import fingerprint, new_identity

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ISSUED = date(2026, 9, 1)
EXPIRES = date(2026, 9, 30)

ALLIANCE = Alliance(name="实验小学教育联盟", code="SYXX")
LEAD_SCHOOL = School(name="实验小学", code="S01")
MEMBER_SCHOOL = School(name="城东小学", code="S02")


def new_id():
    return str(uuid.uuid4())


@pytest.fixture(scope="module")
def lead():
    return new_identity(new_id())


@pytest.fixture(scope="module")
def member():
    return new_identity(new_id())


@pytest.fixture(scope="module")
def stranger():
    return new_identity(new_id())


def keys_of(*identities):
    known = {i.installation_id: i.public_key for i in identities}
    return known.get


def invitation_doc(lead, school=MEMBER_SCHOOL, expires=EXPIRES):
    return make_invitation(alliance=ALLIANCE, school=school, lead_school=LEAD_SCHOOL, lead=lead,
                           expires=expires)


def join_doc(invitation, member):
    return make_join_request(invitation["body"], member=member, app_version="0.1.0",
                             schema=["0001_initial"])


def resign(doc, identity):
    """The document's body, re-signed by ``identity`` (a valid signature by another key)."""
    signed = sign_document(doc["document"], doc["body"], doc["signer"], identity.private_key)
    return {**doc, "signature": signed["signature"]}


def refused(call, *args, **kwargs) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        call(*args, **kwargs)
    return info.value


# -- the envelope ----------------------------------------------------------------------------------

def test_canonical_json_is_the_documented_encoding():
    body = {"b": 1, "a": {"名": "城东小学", "z": [1, 2]}}
    assert canonical_json(body) == json.dumps(
        body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert canonical_json(body) == '{"a":{"z":[1,2],"名":"城东小学"},"b":1}'.encode()


def test_a_signed_document_has_the_documented_shape(lead):
    doc = make_revocation(installation=new_id(), reason="笔记本被盗", lead=lead)
    assert set(doc) == {"document", "format", "body", "signer", "signature"}
    assert doc["document"] == "revocation" and doc["format"] == 1
    assert doc["signer"] == lead.installation_id
    assert len(base64.b64decode(doc["signature"])) == 64


def test_round_trip_through_a_file(tmp_path, lead):
    doc = make_certificate(school=MEMBER_SCHOOL.uuid, installation=new_id(),
                           public_key=bytes(32), issued_at=41, lead=lead)
    path = write_document(tmp_path, "jituan_SYXX_S02_certificate.jtb", doc)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no .partial left
    body = verify_document(read_document_file(path), keys_of(lead), source=path.name)
    assert body == doc["body"]


def test_unicode_survives_the_file(tmp_path, lead):
    doc = invitation_doc(lead)
    path = write_document(tmp_path, "invite.jtb", doc)
    assert "城东小学" in path.read_text(encoding="utf-8")
    assert read_invitation(read_document_file(path), source=path.name)["school"]["name"] == "城东小学"


@pytest.mark.parametrize("data", [
    b"", b"{", b'{"document": "certificate",', b"\xff\xfe not utf-8", b"null}", b"[1, 2",
    b'{"format": NaN}', b'{"a": 1, "a": 2}',
])
def test_malformed_json_is_refused(lead, data):
    error = refused(verify_document, data, keys_of(lead), source="x.jtb")
    assert error.problem.text == docs.NOT_JSON and "x.jtb" in str(error)


def test_json_that_is_not_an_object_is_refused(lead):
    error = refused(verify_document, b"[1, 2]", keys_of(lead), source="x.jtb")
    assert error.problem.text == docs.NOT_DOCUMENT


@pytest.mark.parametrize("field", ["document", "format", "body", "signer", "signature"])
def test_a_missing_envelope_field_is_refused(lead, field):
    doc = make_revocation(installation=new_id(), reason="stolen", lead=lead)
    del doc[field]
    error = refused(verify_document, doc, keys_of(lead), source="r.jtb")
    assert error.problem.text == docs.NOT_DOCUMENT and field in str(error)


def test_an_unsigned_extra_envelope_field_is_refused(lead):
    doc = make_revocation(installation=new_id(), reason="stolen", lead=lead)
    doc["note"] = "trust me"
    assert refused(verify_document, doc, keys_of(lead)).problem.text == docs.UNEXPECTED_FIELDS


@pytest.mark.parametrize("kind", ["bundle", "", 7, ["certificate"], None])
def test_an_unknown_kind_is_refused(lead, kind):
    doc = {**make_revocation(installation=new_id(), reason="stolen", lead=lead), "document": kind}
    assert refused(verify_document, doc, keys_of(lead)).problem.text == docs.UNKNOWN_KIND


@pytest.mark.parametrize("fmt", [2, 0, "1", True, 1.0, None])
def test_an_unknown_format_is_refused(lead, fmt):
    doc = {**make_revocation(installation=new_id(), reason="stolen", lead=lead), "format": fmt}
    assert refused(verify_document, doc, keys_of(lead)).problem.text == docs.UNKNOWN_FORMAT


def test_the_wrong_kind_is_refused(lead, zh):
    doc = make_revocation(installation=new_id(), reason="stolen", lead=lead)
    error = refused(verify_document, doc, keys_of(lead), kind="certificate", source="c.jtb")
    assert error.problem.text == docs.WRONG_KIND
    assert "revocation" in str(error) and "certificate" in str(error)
    chinese = error.render(zh)
    assert "c.jtb" in chinese and "吊销" in chinese and "证书" in chinese


@pytest.mark.parametrize("field,value", [
    ("signer", "lead-laptop"), ("signature", "not base64!"),
    ("signature", base64.b64encode(bytes(10)).decode()), ("body", [1])])
def test_malformed_envelope_values_are_refused(lead, field, value):
    doc = {**make_revocation(installation=new_id(), reason="stolen", lead=lead), field: value}
    error = refused(verify_document, doc, keys_of(lead))
    assert error.problem.text == docs.BAD_FIELDS and field in str(error)


# -- signatures ----------------------------------------------------------------------------------

def test_an_unknown_signer_is_refused(lead, stranger, zh):
    doc = make_revocation(installation=new_id(), reason="stolen", lead=stranger)
    error = refused(verify_document, doc, keys_of(lead), source="r.jtb")
    assert error.problem.text == docs.UNKNOWN_SIGNER
    assert stranger.installation_id in error.render(zh) and "r.jtb" in error.render(zh)


def test_a_valid_signature_over_altered_content_is_refused(lead, zh):
    doc = make_certificate(school=MEMBER_SCHOOL.uuid, installation=new_id(),
                           public_key=bytes(32), issued_at=41, lead=lead)
    altered = {**doc, "body": {**doc["body"], "public_key": base64.b64encode(b"\1" * 32).decode()}}
    error = refused(verify_document, altered, keys_of(lead), source="c.jtb")
    assert error.problem.text == docs.BAD_SIGNATURE
    assert "c.jtb" in error.render(zh) and CHINESE.search(error.render(zh))


def test_a_signature_by_another_key_under_a_trusted_name_is_refused(lead, stranger):
    doc = resign(make_revocation(installation=new_id(), reason="stolen", lead=lead), stranger)
    assert refused(verify_document, doc, keys_of(lead)).problem.text == docs.BAD_SIGNATURE


def test_an_extra_body_field_is_signed_like_the_rest(lead):
    body = {"installation": new_id(), "reason": "stolen", "note": "from a newer app"}
    doc = sign_document("revocation", body, lead.installation_id, lead.private_key)
    assert verify_document(doc, keys_of(lead)) == body
    doc["body"]["note"] = "changed"
    assert refused(verify_document, doc, keys_of(lead)).problem.text == docs.BAD_SIGNATURE


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_flipped_byte_is_refused_or_changes_nothing(lead, data):
    """One damaged byte anywhere: refused, or (whitespace) the very same body."""
    doc = make_certificate(school=MEMBER_SCHOOL.uuid, installation=new_id(),
                           public_key=bytes(32), issued_at=41, lead=lead)
    raw = bytearray(docs.document_bytes(doc))
    at = data.draw(st.integers(0, len(raw) - 1))
    raw[at] ^= data.draw(st.integers(1, 255))
    try:
        body = verify_document(bytes(raw), keys_of(lead), kind="certificate")
    except DocumentError:
        return
    assert body == doc["body"]


def test_a_far_too_large_file_is_refused(tmp_path, lead):
    path = tmp_path / "huge.jtb"
    path.write_bytes(b" " * (docs.MAX_DOCUMENT_BYTES + 1))
    assert refused(read_document_file, path).problem.text == docs.TOO_LARGE
    assert refused(verify_document, path.read_bytes(), keys_of(lead)).problem.text == docs.TOO_LARGE


def test_an_unreadable_file_is_refused_with_its_name(tmp_path):
    error = refused(read_document_file, tmp_path / "gone.jtb")
    assert error.problem.text == docs.UNREADABLE and "gone.jtb" in str(error)


# -- body fields ------------------------------------------------------------------------------------

def test_missing_body_fields_are_refused_by_name(lead):
    doc = make_certificate(school=MEMBER_SCHOOL.uuid, installation=new_id(),
                           public_key=bytes(32), issued_at=41, lead=lead)
    body = {k: v for k, v in doc["body"].items() if k not in ("issued_at", "school")}
    bare = _signed_without_checks({**doc, "body": body}, lead)
    error = refused(verify_document, bare, keys_of(lead), source="c.jtb")
    assert error.problem.text == docs.MISSING_FIELDS
    assert "issued_at" in str(error) and "school" in str(error) and "c.jtb" in str(error)


def _signed_without_checks(doc, identity):
    """A document a careless writer could make: signed, but with a body readers refuse."""
    signature = identity.sign(canonical_json(doc["body"]))
    return {**doc, "signature": base64.b64encode(signature).decode()}


@pytest.mark.parametrize("field,value", [
    ("school", "S02"), ("installation", str(uuid.uuid4()).upper()), ("public_key", "AAAA"),
    ("issued_at", -1), ("issued_at", "41"), ("issued_at", True)])
def test_invalid_body_values_are_refused_by_name(lead, field, value):
    doc = make_certificate(school=MEMBER_SCHOOL.uuid, installation=new_id(),
                           public_key=bytes(32), issued_at=41, lead=lead)
    bad = _signed_without_checks({**doc, "body": {**doc["body"], field: value}}, lead)
    error = refused(verify_document, bad, keys_of(lead))
    assert error.problem.text == docs.BAD_FIELDS and field in str(error)


def test_signing_refuses_a_body_no_reader_would_accept(lead):
    with pytest.raises(DocumentError):
        sign_document("certificate", {"school": "S02"}, lead.installation_id, lead.private_key)
    with pytest.raises(ValueError):
        sign_document("bundle", {}, lead.installation_id, lead.private_key)


# -- invitation ----------------------------------------------------------------------------------

def test_invitation_round_trip(lead):
    doc = invitation_doc(lead)
    body = read_invitation(json.dumps(doc, ensure_ascii=False))
    assert body["alliance"] == {"uuid": ALLIANCE.uuid, "name": ALLIANCE.name, "code": "SYXX"}
    assert body["school"] == {"uuid": MEMBER_SCHOOL.uuid, "name": "城东小学", "code": "S02"}
    assert body["lead_school"]["uuid"] == LEAD_SCHOOL.uuid
    assert body["lead_installation"] == lead.installation_id
    assert base64.b64decode(body["lead_public_key"]) == lead.public_key
    assert len(base64.b64decode(body["nonce"])) == 16
    assert body["expires"] == "2026-09-30"


def test_every_invitation_has_its_own_nonce(lead):
    nonces = {invitation_doc(lead)["body"]["nonce"] for _ in range(20)}
    assert len(nonces) == 20


def test_an_invitation_with_a_swapped_lead_key_is_refused(lead, stranger):
    doc = invitation_doc(lead)
    swapped = {**doc, "body": {**doc["body"], "lead_public_key": stranger.public_key_b64}}
    assert refused(read_invitation, swapped).problem.text == docs.BAD_SIGNATURE


def test_an_invitation_signed_by_another_installation_than_it_names_is_refused(lead, stranger):
    doc = make_invitation(alliance=ALLIANCE, school=MEMBER_SCHOOL, lead_school=LEAD_SCHOOL,
                          lead=lead, expires=EXPIRES)
    forged = {**resign(doc, stranger), "signer": stranger.installation_id}
    assert refused(read_invitation, forged).problem.text == docs.SIGNER_NOT_HOLDER


def test_an_invitation_lacking_fields_is_refused(lead):
    doc = invitation_doc(lead)
    body = {**doc["body"], "alliance": {"uuid": ALLIANCE.uuid, "name": ALLIANCE.name}}
    del body["expires"]
    error = refused(read_invitation, _signed_without_checks({**doc, "body": body}, lead))
    assert error.problem.text == docs.MISSING_FIELDS
    assert "alliance.code" in str(error) and "expires" in str(error)


def test_the_member_does_not_judge_expiry_by_its_own_clock(lead):
    """A member laptop whose clock says 2040 still reads an invitation (the lead judges it)."""
    doc = invitation_doc(lead, expires=date(2009, 1, 1))
    assert read_invitation(doc)["expires"] == "2009-01-01"


# -- join request ------------------------------------------------------------------------------

def test_join_request_round_trip(lead, member):
    invitation = invitation_doc(lead)
    member_reads = read_invitation(invitation)
    request = join_doc({"body": member_reads}, member)
    other = invitation_doc(lead, school=LEAD_SCHOOL)
    body, answered = read_join_request(request, [other["body"], invitation["body"]],
                                       today=ISSUED, source="join.jtb")
    assert answered == invitation["body"]
    assert body["installation"] == member.installation_id
    assert body["school"] == MEMBER_SCHOOL.uuid
    assert base64.b64decode(body["public_key"]) == member.public_key
    assert body["app_version"] == "0.1.0" and body["schema"] == ["0001_initial"]


def test_a_join_request_whose_nonce_matches_no_invitation_is_refused(lead, member, zh):
    request = join_doc(invitation_doc(lead), member)
    error = refused(read_join_request, request, [invitation_doc(lead)["body"]], today=ISSUED,
                    source="join.jtb")
    assert error.problem.text == docs.NONCE_MISMATCH
    assert "join.jtb" in error.render(zh) and CHINESE.search(error.render(zh))


def test_a_join_request_with_no_outstanding_invitation_is_refused(lead, member):
    request = join_doc(invitation_doc(lead), member)
    assert refused(read_join_request, request, [], today=ISSUED).problem.text \
        == docs.NONCE_MISMATCH


def test_a_join_request_for_another_school_is_refused(lead, member):
    invitation = invitation_doc(lead)
    body = {**join_doc(invitation, member)["body"], "school": LEAD_SCHOOL.uuid}
    request = sign_document("join_request", body, member.installation_id, member.private_key)
    error = refused(read_join_request, request, [invitation["body"]], today=ISSUED)
    assert error.problem.text == docs.SCHOOL_MISMATCH


def test_a_join_request_to_an_expired_invitation_is_refused(lead, member, zh):
    invitation = invitation_doc(lead)
    request = join_doc(invitation, member)
    # the last day is still in time
    read_join_request(request, [invitation["body"]], today=EXPIRES)
    error = refused(read_join_request, request, [invitation["body"]],
                    today=EXPIRES + timedelta(days=1), source="join.jtb")
    assert error.problem.text == docs.EXPIRED
    assert "2026年9月30日" in error.render(zh) and "join.jtb" in error.render(zh)


def test_a_join_request_not_signed_by_the_key_it_carries_is_refused(lead, member, stranger):
    invitation = invitation_doc(lead)
    request = resign(join_doc(invitation, member), stranger)
    error = refused(read_join_request, request, [invitation["body"]], today=ISSUED)
    assert error.problem.text == docs.BAD_SIGNATURE


def test_a_join_request_signed_as_another_installation_is_refused(lead, member, stranger):
    invitation = invitation_doc(lead)
    request = {**join_doc(invitation, member), "signer": stranger.installation_id}
    error = refused(read_join_request, request, [invitation["body"]], today=ISSUED)
    assert error.problem.text == docs.SIGNER_NOT_HOLDER


def test_an_invitation_is_not_a_join_request(lead):
    invitation = invitation_doc(lead)
    error = refused(read_join_request, invitation, [invitation["body"]], today=ISSUED)
    assert error.problem.text == docs.WRONG_KIND


# -- approval, certificate, revocation ----------------------------------------------------------

def approved_request(lead, member):
    invitation = invitation_doc(lead)
    body, _ = read_join_request(join_doc(invitation, member), [invitation["body"]], today=ISSUED)
    return body


def test_approval_with_the_fingerprint_read_out_certifies_the_member(lead, member):
    request = approved_request(lead, member)
    assert request_fingerprint(request) == member.fingerprint == fingerprint(member.public_key)
    typed = member.fingerprint.lower().replace("-", " ")  # as typed while on the phone
    certificate = approve_join_request(request, typed, lead=lead, issued_at=57)
    body = read_certificate(certificate, keys_of(lead))
    assert body == {"school": MEMBER_SCHOOL.uuid, "installation": member.installation_id,
                    "public_key": member.public_key_b64, "issued_at": 57}
    assert docs.public_key_from(body) == member.public_key  # what trusted_keys then answers


def test_approval_with_another_fingerprint_is_refused(lead, member, stranger, zh):
    request = approved_request(lead, member)
    error = refused(approve_join_request, request, stranger.fingerprint, lead=lead,
                    issued_at=57, source="join.jtb")
    assert error.problem.text == docs.FINGERPRINT_MISMATCH
    chinese = error.render(zh)
    assert stranger.fingerprint in chinese and "join.jtb" in chinese and CHINESE.search(chinese)
    assert member.fingerprint not in chinese  # the lead compares with its own screen


@pytest.mark.parametrize("typed", ["", "K7QD-3MZA", "hello world, this is not it", "K7QD-3MZA-X2PF-9T4B9"])
def test_approval_with_something_that_is_no_fingerprint_is_refused(lead, member, typed, zh):
    request = approved_request(lead, member)
    error = refused(approve_join_request, request, typed, lead=lead, issued_at=57)
    assert error.problem.text == docs.FINGERPRINT_MALFORMED
    assert "K7QD-3MZA-X2PF-9T4B" in error.render(zh) and CHINESE.search(error.render(zh))


def test_a_certificate_signed_by_a_member_is_refused(lead, member):
    forged = make_certificate(school=MEMBER_SCHOOL.uuid, installation=new_id(),
                              public_key=bytes(32), issued_at=1, lead=member)
    assert refused(read_certificate, forged, keys_of(lead)).problem.text == docs.UNKNOWN_SIGNER


def test_revocation_round_trip_and_refusals(lead, member):
    doc = make_revocation(installation=member.installation_id, reason="笔记本被盗", lead=lead)
    assert read_revocation(doc, keys_of(lead)) == {"installation": member.installation_id,
                                                   "reason": "笔记本被盗"}
    forged = make_revocation(installation=lead.installation_id, reason="x", lead=member)
    assert refused(read_revocation, forged, keys_of(lead)).problem.text == docs.UNKNOWN_SIGNER
    altered = {**doc, "body": {**doc["body"], "installation": new_id()}}
    assert refused(read_revocation, altered, keys_of(lead)).problem.text == docs.BAD_SIGNATURE
    assert refused(read_revocation, make_certificate(
        school=MEMBER_SCHOOL.uuid, installation=new_id(), public_key=bytes(32), issued_at=1,
        lead=lead), keys_of(lead)).problem.text == docs.WRONG_KIND


def test_every_refusal_reads_in_chinese(zh):
    texts = [getattr(docs, name) for name in dir(docs)
             if name.isupper() and isinstance(getattr(docs, name), str)
             and getattr(docs, name).startswith(("The ", "\""))]
    assert len(texts) >= 15
    for text in texts + list(docs.KIND_NAMES.values()):
        assert CHINESE.search(zh(docs.CONTEXT, text)), text
