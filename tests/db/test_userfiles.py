"""The one rule for which file opens, and the user's recent files."""

from __future__ import annotations

import shutil

import pytest

from ally_explorer import paths
from ally_explorer.db import userfiles
from ally_explorer.db.userfiles import choose_database, recent_files, remember, title_for


@pytest.fixture
def user_folder(tmp_path, monkeypatch):
    folder = tmp_path / "user"
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: folder)
    return folder


def _make_copy(user_folder):
    user_folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.bundled_db(), user_folder / "allies.db")
    return user_folder / "allies.db"


def test_without_a_copy_the_bundled_file_opens_however_the_app_starts(user_folder):
    for asked, last in ((None, None), (paths.bundled_db(), None), (None, paths.bundled_db())):
        choice = choose_database(asked, last)
        assert choice.path == paths.bundled_db() and choice.kind == "bundled" and not choice.redirected


def test_with_a_copy_asking_for_the_bundled_file_opens_the_copy_every_way(user_folder):
    copy = _make_copy(user_folder)
    for asked, last in ((None, None), (paths.bundled_db(), None), (None, paths.bundled_db()),
                        (paths.bundled_db(), copy), (None, copy)):
        choice = choose_database(asked, last)
        assert choice.path == copy and choice.kind == "copy", (asked, last)
    redirected = choose_database(paths.bundled_db(), None)
    assert redirected.redirected and "your copy" in redirected.reason


def test_the_last_other_file_opens_again_and_a_missing_one_says_so(user_folder, tmp_path):
    other = tmp_path / "class.db"
    shutil.copy(paths.bundled_db(), other)
    assert choose_database(None, other).path == other
    assert choose_database(None, other).kind == "file"
    assert choose_database(other, None).path == other
    other.unlink()
    choice = choose_database(None, other)
    assert choice.path == paths.bundled_db() and "no longer there" in choice.reason


def test_the_title_bar_names_the_file_and_its_kind(user_folder, tmp_path):
    copy = _make_copy(user_folder)
    assert title_for(paths.bundled_db()) == "allies.db — bundled, read-only"
    assert title_for(copy) == "allies.db — your copy"
    assert title_for(tmp_path / "class.db") == f"class.db — {tmp_path}"


def test_protected_files(user_folder, tmp_path):
    assert userfiles.is_protected(paths.bundled_db())
    copy = _make_copy(user_folder)
    assert not userfiles.is_protected(copy)
    assert userfiles.count_changes(copy) == 0


def test_recent_files_newest_first_without_repeats_missing_ones_marked(tmp_path):
    files = []
    for n in range(12):
        f = tmp_path / f"f{n}.db"
        f.write_bytes(b"")
        files.append(f)
    stored: list[str] = []
    for f in files + [files[3]]:
        stored = remember(stored, f)
    assert len(stored) == 10 and stored[0] == str(files[3].resolve())
    assert stored.count(str(files[3].resolve())) == 1
    files[11].unlink()
    listed = recent_files(stored)
    assert [r.missing for r in listed if r.path == files[11].resolve()] == ["no longer there"]
    assert all(r.missing == "" for r in listed if r.path != files[11].resolve())
