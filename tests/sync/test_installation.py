"""A store opened for sync gets its key; a copied or restored database becomes a new
installation, remembering the old id, with a counter that never goes back."""

import shutil

from jituan_desktop.paths import DATABASE_FILE
from jituan_desktop.sync import identity as ident
from jituan_desktop.sync.installation import ensure_identity
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK


def test_the_first_opening_makes_the_key_under_the_databases_own_id(lead_store):
    first = ensure_identity(lead_store)
    assert first.rotated is None
    assert first.identity.installation_id == lead_store.installation_id
    again = ensure_identity(lead_store)
    assert again.rotated is None and again.identity.public_key == first.identity.public_key


def test_a_database_copied_without_its_key_becomes_a_new_installation(tmp_path, lead_store):
    original = ensure_identity(lead_store).identity
    counter = lead_store.counter
    lead_store.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(lead_store.data_dir / DATABASE_FILE, copy / DATABASE_FILE)
    store = Store.open(copy, clock=CLOCK)
    opened = ensure_identity(store)
    assert opened.rotated is ident.RotationReason.NO_KEY_FILE
    assert store.installation_id != original.installation_id
    assert opened.former_id == original.installation_id
    assert store.former_installations == [original.installation_id]
    assert store.counter == counter
    assert ensure_identity(store).rotated is None  # settled: the next opening changes nothing
    store.close()


def test_a_restored_backup_continues_above_what_was_sent(tmp_path, lead_store):
    opened = ensure_identity(lead_store)
    ident.record_sent(lead_store.data_dir, lead_store.counter + 50)  # sent, then restored
    again = ensure_identity(lead_store)
    assert again.rotated is ident.RotationReason.RESTORED_BACKUP
    assert lead_store.installation_id != opened.identity.installation_id
    assert lead_store.counter >= opened.identity.sent_through + 50
    assert lead_store.next_versions(1) > opened.identity.sent_through + 50


def test_a_damaged_key_file_is_kept_aside_and_replaced(lead_store):
    ensure_identity(lead_store)
    ident.key_file(lead_store.data_dir).write_text("{not json", encoding="utf-8")
    opened = ensure_identity(lead_store)
    assert opened.rotated is ident.RotationReason.DAMAGED_KEY_FILE
    assert ident.load_identity(lead_store.data_dir).installation_id == lead_store.installation_id
