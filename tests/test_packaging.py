"""The bundle's ICU trimming: the package it writes is a valid ICU package holding what Qt needs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("icu_trim", ROOT / "packaging" / "icu_trim.py")
icu_trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icu_trim)

LIBS = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))


@pytest.fixture(scope="module")
def package():
    library = next(p for p in LIBS if not p.is_symlink())
    return icu_trim.read_package(library)


def _items(pkg: bytes) -> dict[str, bytes]:
    _, toc = icu_trim._toc(pkg)
    return {name: pkg[offset:offset + size] for name, offset, size in toc}


def test_keeping_everything_keeps_every_item_byte_for_byte(package, monkeypatch):
    pkg, name = package
    monkeypatch.setattr(icu_trim, "KEEP", ("*",))
    same, before, after = icu_trim.trimmed(pkg)
    assert before == after
    original, rewritten = _items(pkg), _items(same)
    assert original.keys() == rewritten.keys()
    assert all(rewritten[k].rstrip(b"\0") == v.rstrip(b"\0") for k, v in original.items())


def test_the_trimmed_package_keeps_the_core_tables_and_drops_the_locale_data(package):
    pkg, name = package
    small, before, after = icu_trim.trimmed(pkg)
    kept = _items(small)
    for core in ("cnvalias.icu", "unames.icu", "nfkc.nrm", "uts46.nrm", "root.res", "en.res", "uk.res",
                 "zoneinfo64.res", "brkitr/line.brk", "coll/ucadata.icu"):
        assert f"{name}/{core}" in kept, core
        assert kept[f"{name}/{core}"].rstrip(b"\0") == _items(pkg)[f"{name}/{core}"].rstrip(b"\0")
    assert f"{name}/de.res" not in kept and f"{name}/brkitr/cjdict.dict" not in kept
    assert len(small) < len(pkg) / 4
    _, toc = icu_trim._toc(small)
    assert all(offset % 16 == 0 for _, offset, _ in toc)  # ICU needs its items aligned
