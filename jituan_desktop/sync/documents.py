"""The signed joining documents: invitation, join request, certificate, revocation (docs/sync.md §2).

Every document is ``{"document": KIND, "format": 1, "body": {...}, "signer": INSTALLATION_ID,
"signature": BASE64}``, the signature being Ed25519 over :func:`canonical_json` of the body.
Bodies (all ids are canonical lower-case UUIDs, keys raw 32-byte Ed25519 in base64):

- ``invitation`` (signed by the lead): ``alliance``, ``school`` (the invited one) and
  ``lead_school``, each ``{"uuid", "name", "code"}``; ``lead_installation``,
  ``lead_public_key``; ``nonce`` (base64 of 16 random bytes); ``expires`` (ISO date, the
  last day it may be answered, judged by the lead's clock only).
- ``join_request`` (signed by the key it carries): ``nonce``, ``school`` (uuid),
  ``installation``, ``public_key``, ``app_version``, ``schema`` (migration names).
- ``certificate`` (signed by the lead): ``school``, ``installation``, ``public_key``,
  ``issued_at`` (the lead's version counter when it approved).
- ``revocation`` (signed by the lead): ``installation``, ``reason``.

A body may carry more fields than these (they are signed like the rest); the envelope may not.
Whoever verifies chooses whom to trust: ``trusted_keys(installation_id)`` answers a raw
public key or None, and must answer only for installations allowed to sign that kind (the
lead's for certificates and revocations). An invitation and a join request carry their own
signer's key: the member trusts the lead's key from the invitation it was handed, and the
lead trusts a member's key only once the fingerprint read over the phone matches it.
"""

from __future__ import annotations

import hmac
import json
import os
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)

from ..domain.messages import QT_TRANSLATE_NOOP, Refusal, Text
from .identity import (KEY_SIZE, Identity, b64decode, b64encode, fingerprint, is_uuid,
                       normalise_fingerprint, write_atomically)

CONTEXT = "Sync"
FORMAT = 1
NONCE_SIZE = 16
SIGNATURE_SIZE = 64
MAX_DOCUMENT_BYTES = 1 << 20  # documents are a few hundred bytes; refuse anything absurd
ENVELOPE = ("document", "format", "body", "signer", "signature")

INVITATION, JOIN_REQUEST, CERTIFICATE, REVOCATION = (
    "invitation", "join_request", "certificate", "revocation")
KIND_NAMES = {
    INVITATION: QT_TRANSLATE_NOOP("Sync", "invitation"),
    JOIN_REQUEST: QT_TRANSLATE_NOOP("Sync", "join request"),
    CERTIFICATE: QT_TRANSLATE_NOOP("Sync", "certificate"),
    REVOCATION: QT_TRANSLATE_NOOP("Sync", "revocation"),
}

UNREADABLE = QT_TRANSLATE_NOOP("Sync", "The file {file} cannot be read: {reason}")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} is too large to be a Jituan Desktop document.")
NOT_JSON = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} is not a Jituan Desktop document: it is not well-formed JSON.")
NOT_DOCUMENT = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} is not a Jituan Desktop document: it lacks {fields}.")
UNEXPECTED_FIELDS = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} has fields a Jituan Desktop document does not have: {fields}.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} holds a document of an unknown kind ({kind}). It may come from a "
    "newer version of Jituan Desktop: please update.")
WRONG_KIND = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} is a {found}, not the {expected} expected here.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} uses document format {format}, which this version of Jituan "
    "Desktop cannot read. Please update.")
MISSING_FIELDS = QT_TRANSLATE_NOOP(
    "Sync", "The {kind} in {file} lacks required fields: {fields}.")
BAD_FIELDS = QT_TRANSLATE_NOOP(
    "Sync", "The {kind} in {file} has invalid values in: {fields}.")
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "The file {file} is signed by installation {signer}, which is not known or not "
    "approved here.")
SIGNER_NOT_HOLDER = QT_TRANSLATE_NOOP(
    "Sync", "The {kind} in {file} is signed by another installation ({signer}) than the one "
    "it names.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Sync", "The signature of {file} does not match its content: the file has been altered "
    "or damaged.")
NONCE_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "The join request {file} does not answer any invitation of this school: its "
    "invitation code does not match. Was it made from an older or another invitation?")
SCHOOL_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "The join request {file} names another school than the invitation it answers.")
EXPIRED = QT_TRANSLATE_NOOP(
    "Sync", "The invitation answered by {file} expired on {expires}. Write a new invitation "
    "for this school.")
FINGERPRINT_MALFORMED = QT_TRANSLATE_NOOP(
    "Sync", "\"{given}\" is not a fingerprint: a fingerprint is 16 letters and digits in four "
    "groups, like K7QD-3MZA-X2PF-9T4B.")
FINGERPRINT_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "The fingerprint read out ({given}) does not match the key in the join request "
    "{file}. Do not approve it: ask the school to read its fingerprint again, and if it still "
    "differs, the request did not come from their laptop.")


class DocumentError(Refusal, ValueError):
    """A refused document, with a message naming the file and the reason."""

    context = CONTEXT


def _kind_text(kind: str) -> Text:
    return Text(CONTEXT, KIND_NAMES[kind])


# -- encoding ----------------------------------------------------------------------------------

def canonical_json(body: Any) -> bytes:
    """The exact bytes a signature covers (docs/sync.md §2)."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def document_bytes(doc: dict) -> bytes:
    """A document as written to a file: readable, UTF-8 (the signature covers the body only)."""
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _refuse_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        # Two values for one key would let two readers see two different documents.
        raise ValueError("duplicate key")
    return dict(pairs)


def _refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def parse_json(data: bytes | str, source: str) -> Any:
    if isinstance(data, bytes):
        if len(data) > MAX_DOCUMENT_BYTES:
            raise DocumentError(TOO_LARGE, file=source)
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise DocumentError(NOT_JSON, file=source) from None
    try:
        return json.loads(data, object_pairs_hook=_refuse_duplicates,
                          parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise DocumentError(NOT_JSON, file=source) from None


# -- body schemas ------------------------------------------------------------------------------

def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _key(value) -> bool:
    return _decodes(value, KEY_SIZE)


def _nonce(value) -> bool:
    return _decodes(value, NONCE_SIZE)


def _decodes(value, size) -> bool:
    try:
        b64decode(value, size)
    except ValueError:
        return False
    return True


def _date(value) -> bool:
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _counter(value) -> bool:
    return type(value) is int and value >= 0


def _names(value) -> bool:
    return isinstance(value, list) and all(_text(v) for v in value)


_PARTY = {"uuid": is_uuid, "name": _text, "code": _text}
SCHEMAS: dict[str, dict] = {
    INVITATION: {"alliance": _PARTY, "school": _PARTY, "lead_school": _PARTY,
                 "lead_installation": is_uuid, "lead_public_key": _key, "nonce": _nonce,
                 "expires": _date},
    JOIN_REQUEST: {"nonce": _nonce, "school": is_uuid, "installation": is_uuid,
                   "public_key": _key, "app_version": _text, "schema": _names},
    CERTIFICATE: {"school": is_uuid, "installation": is_uuid, "public_key": _key,
                  "issued_at": _counter},
    REVOCATION: {"installation": is_uuid, "reason": _text},
}


def _check_fields(schema: dict, body: dict, prefix: str, missing: list, bad: list) -> None:
    for name, check in schema.items():
        path = prefix + name
        if name not in body:
            missing.append(path)
        elif isinstance(check, dict):
            if isinstance(body[name], dict):
                _check_fields(check, body[name], path + ".", missing, bad)
            else:
                bad.append(path)
        elif not check(body[name]):
            bad.append(path)


def check_body(kind: str, body: dict, source: str) -> None:
    missing, bad = [], []
    _check_fields(SCHEMAS[kind], body, "", missing, bad)
    if missing:
        raise DocumentError(MISSING_FIELDS, kind=_kind_text(kind), file=source,
                            fields=", ".join(missing))
    if bad:
        raise DocumentError(BAD_FIELDS, kind=_kind_text(kind), file=source,
                            fields=", ".join(bad))


# -- signing and verifying ---------------------------------------------------------------------

def sign_document(kind: str, body: dict, signer_id: str, private_key) -> dict:
    """A signed document; ``private_key`` is an Ed25519PrivateKey, raw bytes or an Identity."""
    if kind not in SCHEMAS:
        raise ValueError(f"unknown document kind {kind!r}")
    check_body(kind, body, kind)  # never sign something no reader would accept
    if isinstance(private_key, Identity):
        private_key = private_key.signing_key()
    elif isinstance(private_key, bytes):
        private_key = Ed25519PrivateKey.from_private_bytes(private_key)
    return {"document": kind, "format": FORMAT, "body": body, "signer": signer_id,
            "signature": b64encode(private_key.sign(canonical_json(body)))}


def open_envelope(doc: bytes | str | dict, source: str, kind: str | None = None) -> dict:
    """The document's envelope, well formed and of the expected kind; not yet verified."""
    if not isinstance(doc, dict):
        doc = parse_json(doc, source)
        if not isinstance(doc, dict):
            raise DocumentError(NOT_DOCUMENT, file=source, fields=", ".join(ENVELOPE))
    missing = [k for k in ENVELOPE if k not in doc]
    if missing:
        raise DocumentError(NOT_DOCUMENT, file=source, fields=", ".join(missing))
    extra = sorted(k for k in doc if k not in ENVELOPE)
    if extra:  # nothing outside the signed body may claim to be part of the document
        raise DocumentError(UNEXPECTED_FIELDS, file=source, fields=", ".join(map(str, extra)))
    found = doc["document"]
    if not isinstance(found, str) or found not in SCHEMAS:
        raise DocumentError(UNKNOWN_KIND, file=source, kind=str(found)[:40])
    if doc["format"] != FORMAT or type(doc["format"]) is not int:
        raise DocumentError(UNKNOWN_FORMAT, file=source, format=str(doc["format"])[:40])
    if kind is not None and found != kind:
        raise DocumentError(WRONG_KIND, file=source, found=_kind_text(found),
                            expected=_kind_text(kind))
    bad = [name for name, ok in (("body", isinstance(doc["body"], dict)),
                                 ("signer", is_uuid(doc["signer"])),
                                 ("signature", _decodes(doc["signature"], SIGNATURE_SIZE)))
           if not ok]
    if bad:
        raise DocumentError(BAD_FIELDS, kind=_kind_text(found), file=source,
                            fields=", ".join(bad))
    return doc


def _verify_signature(doc: dict, public_key: bytes, source: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            b64decode(doc["signature"]), canonical_json(doc["body"]))
    except (InvalidSignature, ValueError):
        raise DocumentError(BAD_SIGNATURE, file=source) from None


def verify_document(doc: bytes | str | dict, trusted_keys: Callable[[str], bytes | None], *,
                    kind: str | None = None, source: str = "") -> dict:
    """The body of a document signed by a key ``trusted_keys`` vouches for; else a refusal.

    ``source`` names the file in messages; ``kind`` refuses any other kind of document.
    """
    source = source or "?"
    doc = open_envelope(doc, source, kind)
    public_key = trusted_keys(doc["signer"])
    if public_key is None:
        raise DocumentError(UNKNOWN_SIGNER, file=source, signer=doc["signer"])
    _verify_signature(doc, public_key, source)
    check_body(doc["document"], doc["body"], source)
    return doc["body"]


def _verify_self_signed(doc, kind: str, holder_field: str, key_field: str, source: str) -> dict:
    """A document signed by the key it carries, for the installation it names."""
    source = source or "?"
    doc = open_envelope(doc, source, kind)
    check_body(kind, doc["body"], source)
    if doc["signer"] != doc["body"][holder_field]:
        raise DocumentError(SIGNER_NOT_HOLDER, kind=_kind_text(kind), file=source,
                            signer=doc["signer"])
    _verify_signature(doc, b64decode(doc["body"][key_field]), source)
    return doc["body"]


# -- files -------------------------------------------------------------------------------------

def read_document_file(path: Path | str) -> bytes:
    """A document file's bytes, refusing what cannot be read or is far too large to be one."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise DocumentError(UNREADABLE, file=path.name, reason=exc.strerror or str(exc))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(TOO_LARGE, file=path.name)
    return data


def write_document(folder: Path | str, name: str, doc: dict) -> Path:
    """Write ``doc`` as ``folder/name`` atomically (a stick pulled mid-write leaves no half file)."""
    path = Path(folder) / name
    write_atomically(path, document_bytes(doc), mode=0o644)
    return path


# -- invitation --------------------------------------------------------------------------------

def _party(record) -> dict:
    """``{"uuid", "name", "code"}`` of an Alliance or School record (or such a dict)."""
    if isinstance(record, dict):
        return {"uuid": record["uuid"], "name": record["name"], "code": record["code"]}
    return {"uuid": record.uuid, "name": record.name, "code": record.code}


def make_invitation(*, alliance, school, lead_school, lead: Identity, expires: date,
                    nonce: bytes | None = None) -> dict:
    """The lead's invitation for ``school``; keep its body to check the join request against."""
    body = {"alliance": _party(alliance), "school": _party(school),
            "lead_school": _party(lead_school), "lead_installation": lead.installation_id,
            "lead_public_key": lead.public_key_b64,
            "nonce": b64encode(nonce if nonce is not None else os.urandom(NONCE_SIZE)),
            "expires": expires.isoformat()}
    return sign_document(INVITATION, body, lead.installation_id, lead)


def read_invitation(doc: bytes | str | dict, *, source: str = "") -> dict:
    """An invitation's body, signed by the lead key it carries (the member trusts it from here).

    Its expiry is not judged here: the member's clock may be years off, and the lead, whose
    clock set the date, refuses a late answer anyway.
    """
    return _verify_self_signed(doc, INVITATION, "lead_installation", "lead_public_key", source)


# -- join request ------------------------------------------------------------------------------

def make_join_request(invitation: dict, *, member: Identity, app_version: str,
                      schema: Iterable[str]) -> dict:
    """The member's answer to an invitation body, signed by its own new key."""
    body = {"nonce": invitation["nonce"], "school": invitation["school"]["uuid"],
            "installation": member.installation_id, "public_key": member.public_key_b64,
            "app_version": app_version, "schema": list(schema)}
    return sign_document(JOIN_REQUEST, body, member.installation_id, member)


def read_join_request(doc: bytes | str | dict, invitations: Iterable[dict], *, today: date,
                      source: str = "") -> tuple[dict, dict]:
    """(request body, the invitation it answers) if it answers one of ``invitations`` in time.

    ``invitations`` are the bodies of the lead's own outstanding invitations; ``today`` is the
    lead's date, the clock that set the expiry.
    """
    source = source or "?"
    body = _verify_self_signed(doc, JOIN_REQUEST, "installation", "public_key", source)
    nonce = b64decode(body["nonce"])
    answered = [inv for inv in invitations
                if hmac.compare_digest(b64decode(inv["nonce"]), nonce)]
    if not answered:
        raise DocumentError(NONCE_MISMATCH, file=source)
    invitation = answered[0]
    if invitation["school"]["uuid"] != body["school"]:
        raise DocumentError(SCHOOL_MISMATCH, file=source)
    expires = date.fromisoformat(invitation["expires"])
    if today > expires:
        raise DocumentError(EXPIRED, file=source, expires=expires)
    return body, invitation


def request_fingerprint(request: dict) -> str:
    """The fingerprint of a join request body's key, as the lead's screen shows it."""
    return fingerprint(b64decode(request["public_key"], KEY_SIZE))


def check_fingerprint(request: dict, read_out: str, *, source: str = "") -> None:
    """Refuse unless ``read_out`` (typed by the lead from the phone) is the request key's."""
    source = source or "?"
    given = normalise_fingerprint(read_out)
    if given is None:
        raise DocumentError(FINGERPRINT_MALFORMED, given=read_out.strip()[:40])
    if not hmac.compare_digest(given, request_fingerprint(request)):
        raise DocumentError(FINGERPRINT_MISMATCH, given=given, file=source)


def approve_join_request(request: dict, read_out: str, *, lead: Identity, issued_at: int,
                         source: str = "") -> dict:
    """The certificate for a join request whose key matches the fingerprint read out."""
    check_fingerprint(request, read_out, source=source)
    return make_certificate(school=request["school"], installation=request["installation"],
                            public_key=b64decode(request["public_key"]), issued_at=issued_at,
                            lead=lead)


# -- certificate and revocation ----------------------------------------------------------------

def make_certificate(*, school: str, installation: str, public_key: bytes, issued_at: int,
                     lead: Identity, successor_of: str | None = None) -> dict:
    """A certificate for an installation; ``successor_of`` marks a *succession*: the signer's
    own laptop under a new id (a database restored from a backup), never another school's."""
    body = {"school": school, "installation": installation,
            "public_key": b64encode(public_key), "issued_at": issued_at}
    if successor_of is not None:
        body["successor_of"] = successor_of
    return sign_document(CERTIFICATE, body, lead.installation_id, lead)


def read_certificate(doc: bytes | str | dict, lead_keys: Callable[[str], bytes | None], *,
                     source: str = "") -> dict:
    """A certificate's body; ``lead_keys`` must know only the lead's installations."""
    return verify_document(doc, lead_keys, kind=CERTIFICATE, source=source)


def make_revocation(*, installation: str, reason: str, lead: Identity) -> dict:
    body = {"installation": installation, "reason": reason}
    return sign_document(REVOCATION, body, lead.installation_id, lead)


def read_revocation(doc: bytes | str | dict, lead_keys: Callable[[str], bytes | None], *,
                    source: str = "") -> dict:
    """A revocation's body; ``lead_keys`` must know only the lead's installations."""
    return verify_document(doc, lead_keys, kind=REVOCATION, source=source)


def public_key_from(body: dict, field: str = "public_key") -> bytes:
    """The raw key a certificate or join request body carries (for ``trusted_keys``)."""
    return b64decode(body[field], KEY_SIZE)
