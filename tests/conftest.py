"""Shared fixtures: stores on the real dataset, in memory and in files; headless Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ally_explorer.db.build import build  # noqa: E402
from ally_explorer.db.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
BUNDLED_DB = DATA / "allies.db"


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """A fresh build of the dataset, made once per test run."""
    out = tmp_path_factory.mktemp("built") / "allies.db"
    build(DATA, out)
    return out


@pytest.fixture
def db_path(built_db, tmp_path) -> Path:
    """A private, writable copy of the built dataset."""
    path = tmp_path / "allies.db"
    shutil.copy(built_db, path)
    return path


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def empty_store():
    with Store.memory() as s:
        yield s


def minimal(store: Store) -> Store:
    """A tiny dataset for write tests that should not depend on the article."""
    store.create_source(id="src", title="A source")
    store.create_country(id="AAA", name="Aland", iso2="AA", focus=True)
    store.create_country(id="BBB", name="Bland")
    store.create_person(id="pat", name="Pat Example", role="Speaker", country_id="AAA")
    return store


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user data folder (the copy, its backups, logs):
    each gets its own, for this process and any it starts (XDG_DATA_HOME)."""
    home = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: home / "ally-explorer")
    cache = tmp_path_factory.mktemp("xdg-cache")  # the timeline cache, the files already checked
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr("ally_explorer.paths.user_cache_dir", lambda: cache / "ally-explorer")
