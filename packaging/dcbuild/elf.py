"""Reads the DT_NEEDED entries (the shared libraries a binary links to) of an ELF file.

Why: the Linux bundle is pruned to the libraries something in it really links to, and its .deb
must depend on every system library it leaves to the OS. Both need "what does this file link to",
for ~150 files per build; reading the dynamic section directly is instant and needs no binutils.
"""

from __future__ import annotations

import struct
from pathlib import Path

_DT_NEEDED, _DT_STRTAB = 1, 5
_PT_DYNAMIC = 2


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    """The sonames `path` links to, in order; [] for a non-ELF file or one without a dynamic section."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        phoff, = struct.unpack_from(end + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x36)
    else:
        phoff, = struct.unpack_from(end + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x2A)
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz) of PT_LOAD segments
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        base = phoff + index * phentsize
        if is64:
            fields = struct.unpack_from(end + "IIQQQQ", data, base)
            p_type, p_offset, p_vaddr, p_filesz = fields[0], fields[2], fields[3], fields[5]
        else:
            p_type, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(end + "IIIII", data, base)
        if p_type == 1:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == _PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entry = struct.Struct(end + ("qQ" if is64 else "iI"))
    tags: list[tuple[int, int]] = []
    offset, size = dynamic
    for pos in range(offset, offset + size, entry.size):
        tag, value = entry.unpack_from(data, pos)
        if tag == 0:
            break
        tags.append((tag, value))
    strtab_vaddr = next((value for tag, value in tags if tag == _DT_STRTAB), None)
    if strtab_vaddr is None:
        return []
    strtab = next((off + strtab_vaddr - vaddr for vaddr, off, filesz in loads
                   if vaddr <= strtab_vaddr < vaddr + filesz), strtab_vaddr)
    names = []
    for tag, value in tags:
        if tag == _DT_NEEDED:
            start = strtab + value
            names.append(data[start:data.index(b"\0", start)].decode("ascii", "replace"))
    return names
