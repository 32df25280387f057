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
    monkeypatch.setattr(icu_trim, "DROP", ())
    same, before, after = icu_trim.trimmed(pkg)
    assert before == after
    original, rewritten = _items(pkg), _items(same)
    assert original.keys() == rewritten.keys()
    assert all(rewritten[k].rstrip(b"\0") == v.rstrip(b"\0") for k, v in original.items())


def test_the_trimmed_package_keeps_the_core_tables_and_drops_the_locale_data(package):
    pkg, name = package
    small, before, after = icu_trim.trimmed(pkg)
    kept = _items(small)
    for core in ("cnvalias.icu", "nfkc.nrm", "uts46.nrm", "root.res", "en.res", "uk.res", "zoneinfo64.res",
                 "zone/uk.res", "coll/ucadata.icu", "coll/uk.res", "likelySubtags.res"):
        assert f"{name}/{core}" in kept, core
        assert kept[f"{name}/{core}"].rstrip(b"\0") == _items(pkg)[f"{name}/{core}"].rstrip(b"\0")
    for dropped in ("de.res", "brkitr/cjdict.dict", "brkitr/line.brk", "translit/root.res", "unames.icu", "unit/uk.res"):
        assert f"{name}/{dropped}" not in kept, dropped
    assert len(small) < len(pkg) / 4
    _, toc = icu_trim._toc(small)
    assert all(offset % 16 == 0 for _, offset, _ in toc)  # ICU needs its items aligned


def test_qt_calls_only_the_icu_services_whose_data_the_bundle_keeps():
    """Transliterators, character names, break rules and units are trimmed away because no Qt
    library calls them: a PySide6 that starts to (say, ubrk_open) fails here, not in a user's hands."""
    qt = Path(PySide6.__file__).parent
    calls = icu_trim.icu_calls(qt, LIBS[0].name.rsplit(".", 1)[-1])
    assert {"ucol_open", "ucal_open", "u_strToUpper"} <= calls.keys()  # the reader finds Qt's calls
    assert icu_trim.unexpected_icu_calls(qt) == {}


def _load_packaging_module(name):
    module_spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


drop_symtab = _load_packaging_module("drop_symtab")


def test_openblas_without_its_symbol_table_still_loads_and_answers(tmp_path):
    """numpy's OpenBLAS (auditwheel-patched, so `strip` breaks it) loses its 1 MB symbol table and
    still loads and runs: the check the bundle's start-up relies on."""
    import subprocess

    import numpy

    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    openblas = next(libs.glob("libscipy_openblas*.so*"))
    for lib in libs.iterdir():  # with its neighbours, which it finds through its rpath ($ORIGIN)
        (tmp_path / lib.name).write_bytes(lib.read_bytes())
    copy = tmp_path / openblas.name
    before = copy.stat().st_size
    saved = drop_symtab.drop_symtab(copy)
    assert saved > 500_000 and copy.stat().st_size == before - saved
    assert drop_symtab.drop_symtab(copy) == 0  # nothing left to take: the file is left as it is
    assert icu_trim.imported_symbols(copy) == icu_trim.imported_symbols(openblas)
    probe = (
        "import ctypes, sys; lib = ctypes.CDLL(sys.argv[1]); "
        "f = next(getattr(lib, n) for n in ('scipy_openblas_get_config64_', 'scipy_openblas_get_config', "
        "'openblas_get_config') if hasattr(lib, n)); f.restype = ctypes.c_char_p; print(f().decode())"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OpenBLAS")


def test_a_file_that_is_not_elf_is_left_alone(tmp_path):
    other = tmp_path / "notes.so"
    other.write_bytes(b"not a library")
    assert drop_symtab.drop_symtab(other) == 0 and other.read_bytes() == b"not a library"
