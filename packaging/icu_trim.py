"""Shrink the ICU data library that Qt links (32 MB) to what the app can use (about 3 MB).

Qt Core links ICU, whose data library holds every locale's names, units, currencies,
transliterators, collations, legacy code pages and Asian word dictionaries. Qt takes its locale
data from its own tables, and the app uses none of the rest (no code pages, no locale-aware
collation, no time-zone display names). This keeps ICU's core tables (normalisation, case
mapping, Unicode properties, converters, collation, time-zone rules, the root, English and
Ukrainian locales) and drops the other items from the package (see DROP for the proof).

The package ("common data", ICU's `.dat` format) is rewritten here in Python: a header, a table
of contents of (name offset, data offset) pairs, the names, and each item 16-byte aligned. The
result is assembled into a shared library with the same name and soname that exports the same
symbol (``icudt73_dat``), so nothing else changes. Only on Linux (ELF), and only when a C compiler
is at hand; otherwise the bundle keeps the full library.

    python packaging/icu_trim.py build/bundle/ally-explorer
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Items kept (fnmatch patterns on the item's name inside the package, e.g. "coll/root.res").
KEEP = (
    "*.icu", "*.nrm", "*.spp", "*.cfu",  # character names, normalisation, IDNA, confusables, collation base
    "root.res", "en.res", "en_*.res", "uk.res", "uk_*.res", "res_index.res", "pool.res",
    "likelySubtags.res", "supplementalData.res", "metadata.res", "plurals.res", "pluralRanges.res",
    "numberingSystems.res", "dayPeriods.res", "grammaticalFeatures.res", "keyTypeData.res",
    "timezoneTypes.res", "zoneinfo64.res", "metaZones.res", "windowsZones.res", "icustd.res", "icuver.res",
    "cnvalias.icu", "ibm-1208*.cnv", "utf-*.cnv",
    "coll/root.res", "coll/ucadata.icu", "coll/en*.res", "coll/uk*.res", "coll/res_index.res",
    "*/root.res", "*/res_index.res", "*/pool.res", "*/en.res", "*/uk.res",
)


def _sections(elf: bytes) -> dict[str, tuple[int, int, int]]:
    """name -> (address, file offset, size) of each section of a 64-bit little-endian ELF file."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3A)
    heads = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    strtab = heads[shstrndx]
    names = elf[strtab[4]:strtab[4] + strtab[5]]
    out = {}
    for h in heads:
        name = names[h[0]:names.index(b"\0", h[0])].decode()
        out[name] = (h[3], h[4], h[5])
    return out


def imported_symbols(path: Path) -> set[str]:
    """The undefined (imported) dynamic symbols of an ELF shared object or program."""
    elf = path.read_bytes()
    sections = _sections(elf)
    if ".dynsym" not in sections or ".dynstr" not in sections:
        return set()
    _, sym_offset, sym_size = sections[".dynsym"]
    _, str_offset, str_size = sections[".dynstr"]
    strings = elf[str_offset:str_offset + str_size]
    names = set()
    for at in range(sym_offset, sym_offset + sym_size, 24):  # Elf64_Sym
        name, _, _, shndx = struct.unpack_from("<IBBH", elf, at)
        if shndx == 0 and name:
            names.add(strings[name:strings.index(b"\0", name)].decode("ascii", "replace"))
    return names


def icu_calls(folder: Path, version: str) -> dict[str, set[str]]:
    """ICU function -> the libraries under `folder` (other than ICU's own) that import it."""
    calls: dict[str, set[str]] = {}
    suffix = f"_{version}"
    for path in folder.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or path.name.startswith("libicu"):
            continue
        try:
            symbols = imported_symbols(path)
        except (ValueError, struct.error):
            continue
        for symbol in symbols:
            if symbol.endswith(suffix) and symbol[:1] in "uU":
                calls.setdefault(symbol[:-len(suffix)], set()).add(path.name)
    return calls


def unexpected_icu_calls(folder: Path) -> dict[str, set[str]]:
    """The ICU functions the libraries call that are not in USED_ICU (whose data may be trimmed)."""
    versions = {m.group(1) for p in folder.rglob("libicudata.so.*") if (m := re.search(r"\.so\.(\d+)", p.name))}
    out: dict[str, set[str]] = {}
    for version in versions:
        for name, users in icu_calls(folder, version).items():
            if not name.startswith(USED_ICU):
                out[name] = users
    return out


def read_package(library: Path) -> tuple[bytes, str]:
    """The ICU common data held in the library's .rodata, and its package name (icudt73l)."""
    elf = library.read_bytes()
    _, offset, size = _sections(elf)[".rodata"]
    data = elf[offset:offset + size]
    start = data.find(b"CmnD") - 12  # dataFormat: after the 4-byte header and 8 bytes of UDataInfo
    if start < 0 or data[start + 2:start + 4] != b"\xda\x27":
        raise ValueError("no ICU common data in the library")
    return data[start:], _package_name(data[start:])


def _toc(pkg: bytes) -> tuple[int, list[tuple[str, int, int]]]:
    header_size, = struct.unpack_from("<H", pkg, 0)
    count, = struct.unpack_from("<I", pkg, header_size)
    pairs = [struct.unpack_from("<II", pkg, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(pairs):
        end = pairs[i + 1][1] if i + 1 < count else len(pkg) - header_size
        name = pkg[header_size + name_off:pkg.index(b"\0", header_size + name_off)].decode("ascii")
        items.append((name, header_size + data_off, end - data_off))
    return header_size, items


def _package_name(pkg: bytes) -> str:
    _, items = _toc(pkg)
    return items[0][0].split("/", 1)[0]


#: Items dropped even where KEEP matches them: the data of ICU services that no library of the
#: bundle calls. Qt (6.x) calls only case mapping (u_strToUpper/Lower), converters (ucnv_*),
#: collation (ucol_*) and calendars/time-zone names (ucal_*); none of them reads transliterators,
#: character names, break rules or measurement units. `make bundle-check` fails if a library of
#: the bundle starts calling another ICU service (USED_ICU below).
DROP = ("translit/*", "unames.icu", "brkitr/*", "unit/*")

#: The ICU functions (name prefixes) the bundle's libraries may call with the data above.
USED_ICU = ("u_strToUpper", "u_strToLower", "ucnv_", "UCNV_", "ucol_", "ucal_")


def _wanted(item: str) -> bool:
    if any(fnmatch.fnmatchcase(item, pattern) for pattern in DROP):
        return False
    return any(fnmatch.fnmatchcase(item, pattern) for pattern in KEEP)


def trimmed(pkg: bytes) -> tuple[bytes, int, int]:
    """A package holding only the kept items; with the counts of items before and after."""
    header_size, items = _toc(pkg)
    prefix = items[0][0].split("/", 1)[0] + "/"
    kept = [(n, o, s) for n, o, s in items if _wanted(n[len(prefix):])]
    names = b"".join(n.encode("ascii") + b"\0" for n, _, _ in kept)
    toc_size = 4 + 8 * len(kept)
    first = toc_size + len(names)
    first += -first % 16
    body, name_offsets, data_offsets, cursor, name_cursor = [], [], [], first, toc_size
    for n, o, s in kept:
        name_offsets.append(name_cursor)
        name_cursor += len(n) + 1
        data_offsets.append(cursor)
        chunk = pkg[o:o + s]
        chunk += b"\0" * (-len(chunk) % 16)
        body.append(chunk)
        cursor += len(chunk)
    toc = struct.pack("<I", len(kept)) + b"".join(struct.pack("<II", a, b) for a, b in zip(name_offsets, data_offsets))
    out = pkg[:header_size] + toc + names + b"\0" * (first - toc_size - len(names)) + b"".join(body)
    return out, len(items), len(kept)


def build_library(pkg: bytes, symbol: str, soname: str, target: Path) -> None:
    """Assemble a shared library exporting `symbol` = the package, 16-byte aligned."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler")
    with tempfile.TemporaryDirectory() as tmp:
        dat, asm, lib = Path(tmp) / "icu.dat", Path(tmp) / "icu.s", Path(tmp) / soname
        dat.write_bytes(pkg)
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(lib), str(asm)],
                       check=True, capture_output=True)
        tmp_target = target.with_name(target.name + ".trimmed")
        shutil.copyfile(lib, tmp_target)
        os.replace(tmp_target, target)


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    folder = Path(argv[0])
    libraries = [p for p in folder.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    for library in libraries:
        try:
            pkg, name = read_package(library)
            small, before, after = trimmed(pkg)
            version = re.match(r"icudt(\d+)", name).group(1)
            build_library(small, f"icudt{version}_dat", library.name, library)
        except (ValueError, RuntimeError, OSError, subprocess.CalledProcessError, AttributeError) as e:
            print(f"icu_trim: kept {library.name} whole ({e})", file=sys.stderr)
            continue
        print(f"icu_trim: {library.name}: {len(pkg) / 1e6:.1f} MB -> {len(small) / 1e6:.1f} MB "
              f"({after} of {before} items kept)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
