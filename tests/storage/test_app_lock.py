"""The data folder's app lock (storage/app_lock.py): who holds it, read back; a folder where
no lock file can be made leaves the refusal to opening the store."""

import os
import stat

import pytest

from jituan_desktop.storage import app_lock
from jituan_desktop.storage.app_lock import FolderInUse, Holder


def take(folder, machine="laptop-a", host="办公室"):
    return app_lock.acquire(folder, host=host, machine=machine, pid=os.getpid(),
                            started="2026-11-25T01:30:00+00:00")


def test_a_held_folder_is_refused_saying_whether_it_is_this_computer(tmp_path, zh):
    lock = take(tmp_path)
    try:
        with pytest.raises(FolderInUse) as here:
            take(tmp_path)  # a second open of the lock file is refused, even in one process
        assert here.value.here and here.value.holder.pid == os.getpid()
        with pytest.raises(FolderInUse) as elsewhere:
            take(tmp_path, machine="laptop-b", host="教务处")
        assert not elsewhere.value.here
        assert "另一台电脑（办公室）" in elsewhere.value.render(zh)
    finally:
        lock.release()
    take(tmp_path).release()  # free again once released
    assert not (tmp_path / app_lock.HOLDER_FILE).exists()


def test_an_unreadable_holder_file_still_refuses_in_words(tmp_path, zh):
    lock = take(tmp_path)
    (tmp_path / app_lock.HOLDER_FILE).write_text("{not json", encoding="utf-8")
    try:
        with pytest.raises(FolderInUse) as refused:
            take(tmp_path, machine="laptop-b")
        assert refused.value.holder == Holder()
        assert "未知" in refused.value.render(zh)
    finally:
        lock.release()


def test_the_computer_is_compared_by_machine_token_then_by_name():
    assert Holder(host="A", machine="t1").same_computer("B", "t1")
    assert not Holder(host="A", machine="t1").same_computer("A", "t2")
    assert Holder(host="A").same_computer("A", None)
    assert not Holder().same_computer("", None)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_folder_without_write_permission_gets_no_lock(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert take(folder) is None
    finally:
        folder.chmod(stat.S_IRWXU)
