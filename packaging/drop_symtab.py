"""Drop the local symbol table of numpy's OpenBLAS library (about 1 MB), which `strip` cannot.

auditwheel (patchelf) moved the library's dynamic tables to the end of the file, after the
``.symtab``/``.strtab`` sections; ``strip`` then writes a library that no longer loads ("ELF load
command address/offset not page-aligned"). The symbol table is for debuggers only: the dynamic
loader reads program headers and the dynamic symbols (``.dynsym``), which stay. So this cuts the
whole pages that hold only the symbol table out of the file and moves everything after them down
by that many pages (a multiple of every segment's alignment, so each segment's offset still
matches its address), moving the section-name table (``.shstrtab``, which may share those pages)
to the end and writing the section headers without the two sections.

    python packaging/drop_symtab.py LIBRARY...
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SHT_SYMTAB, SHT_NOBITS, SHT_RELA, SHT_REL = 2, 8, 4, 9
SHF_ALLOC, SHF_INFO_LINK = 0x2, 0x40
PT_LOAD = 1
_SH = "<IIQQQQIIQQ"  # Elf64_Shdr
_PH = "<IIQQQQQQ"  # Elf64_Phdr


def _up(value: int, align: int) -> int:
    return value + (-value % align)


def without_symtab(elf: bytes) -> bytes | None:
    """The file without .symtab/.strtab, or None when it has none or its layout is not the
    one described above (then the file is left as it is)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        return None
    phoff, shoff = struct.unpack_from("<QQ", elf, 0x20)
    phentsize, phnum, shentsize, shnum, shstrndx = struct.unpack_from("<HHHHH", elf, 0x36)
    sections = [list(struct.unpack_from(_SH, elf, shoff + i * shentsize)) for i in range(shnum)]
    programs = [list(struct.unpack_from(_PH, elf, phoff + i * phentsize)) for i in range(phnum)]
    symtabs = [i for i, s in enumerate(sections) if s[1] == SHT_SYMTAB]
    if len(symtabs) != 1:
        return None
    symtab = symtabs[0]
    strtab = sections[symtab][6]
    removed = {symtab, strtab}
    if strtab == shstrndx or any(sections[i][2] & SHF_ALLOC for i in removed):
        return None
    if any(s[6] in removed for i, s in enumerate(sections) if i not in removed):
        return None  # something else refers to them
    start = min(sections[i][4] for i in removed)
    end = max(sections[i][4] + sections[i][5] for i in removed)
    # Whatever else lies in [start, end) must be the section names (moved below).
    for i, s in enumerate(sections):
        if i in removed or i == shstrndx or s[1] == SHT_NOBITS or s[5] == 0:
            continue
        if s[4] < end and s[4] + s[5] > start:
            return None
    after = [p[2] for p in programs if p[2] + p[5] > start and p[5]]  # segments' file ranges after the cut
    align = max([0x1000] + [p[7] for p in programs if p[0] == PT_LOAD])
    next_used = min([len(elf)] + after + [s[4] for i, s in enumerate(sections)
                                        if i not in removed and i != shstrndx and s[1] != SHT_NOBITS and s[4] >= end])
    if any(p[2] < end and p[2] + p[5] > start for p in programs if p[5]):
        return None  # a segment overlaps the symbol table
    cut_from = _up(start, align)
    cut = (next_used - cut_from) // align * align
    if cut <= 0:
        return None

    def moved(offset: int) -> int:
        return offset - cut if offset >= cut_from + cut else offset

    out = bytearray(elf[:cut_from] + elf[cut_from + cut:])
    for p in programs:
        p[2] = moved(p[2])
    names = elf[sections[shstrndx][4]:sections[shstrndx][4] + sections[shstrndx][5]]
    keep = [i for i in range(shnum) if i not in removed]
    index = {old: new for new, old in enumerate(keep)}
    new_sections = []
    for i in keep:
        s = list(sections[i])
        if i == shstrndx:
            s[4] = len(out)
            out += names
        elif s[1] != SHT_NOBITS:
            s[4] = moved(s[4])
        else:
            s[4] = moved(s[4]) if s[4] >= cut_from + cut else min(s[4], len(out))
        s[6] = index.get(s[6], 0) if s[6] else 0
        if s[1] in (SHT_RELA, SHT_REL) or s[2] & SHF_INFO_LINK:
            s[7] = index.get(s[7], 0) if s[7] else 0
        new_sections.append(s)
    out += b"\0" * (-len(out) % 8)
    new_shoff = len(out)
    for s in new_sections:
        out += struct.pack(_SH, *s)
    for i, p in enumerate(programs):
        struct.pack_into(_PH, out, phoff + i * phentsize, *p)
    struct.pack_into("<Q", out, 0x28, new_shoff)
    struct.pack_into("<HH", out, 0x3C, len(new_sections), index[shstrndx])
    return bytes(out)


def drop_symtab(path: Path) -> int:
    """Rewrite `path` without its symbol table (atomically); the bytes saved (0: left as it was)."""
    elf = path.read_bytes()
    small = without_symtab(elf)
    if small is None:
        return 0
    tmp = path.with_name(path.name + ".nosymtab")
    tmp.write_bytes(small)
    os.chmod(tmp, path.stat().st_mode)
    os.replace(tmp, path)
    return len(elf) - len(small)


def main(argv: list[str]) -> int:
    for name in argv:
        saved = drop_symtab(Path(name))
        print(f"drop_symtab: {Path(name).name}: {saved / 1e6:.1f} MB of symbol table removed" if saved
              else f"drop_symtab: {Path(name).name}: left as it was")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
