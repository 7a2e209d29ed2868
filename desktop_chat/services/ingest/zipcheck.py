"""An Office file's zip container checked before any library opens it.

Why ourselves, first: python-docx, openpyxl and python-pptx trust the archive. A zip bomb (members
declaring gigabytes, or compressing 1000:1), tens of thousands of members, names with `..` or an
absolute path, or encrypted members must be refused from the central directory alone, before a
byte is inflated. Nothing is ever extracted to disk. Password-protected DOCX/XLSX/PPTX are not zips
at all but OLE2 containers holding an `EncryptedPackage` stream: recognised here too.
"""

from __future__ import annotations

import io
import zipfile

from desktop_chat.services.ingest.sniff import OLE2_MAGIC
from desktop_chat.services.ingest.types import CannotRead, IngestLimits, ReadProblem

_LARGE_MEMBER = 5_000_000  # members above this declared size must not compress beyond max_zip_ratio


def refuse_ole2(data: bytes) -> None:
    """CannotRead for an OLE2 container: encrypted Office (PASSWORD_PROTECTED) or a legacy binary file."""
    if not data.startswith(OLE2_MAGIC):
        return
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise CannotRead(ReadProblem.PASSWORD_PROTECTED, "an encrypted Office file (OLE2 EncryptedPackage)")
    raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "a legacy binary Office file (OLE2), not Office Open XML")


def _bad_name(name: str) -> bool:
    normal = name.replace("\\", "/")
    return (
        normal.startswith("/")
        or (len(normal) > 1 and normal[1] == ":")
        or "\x00" in normal
        or any(part == ".." for part in normal.split("/"))
    )


def check_zip(data: bytes, limits: IngestLimits) -> None:
    """Raise CannotRead unless the archive is a sane Office container; never inflates anything."""
    refuse_ole2(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise CannotRead(ReadProblem.DAMAGED, f"not a readable zip archive: {exc}") from exc
    if not members:
        raise CannotRead(ReadProblem.EMPTY, "an empty zip archive")
    if len(members) > limits.max_zip_members:
        detail = f"{len(members)} zip members (limit {limits.max_zip_members})"
        raise CannotRead(ReadProblem.TOO_COMPLEX, detail)
    total = 0
    names: set[str] = set()
    for member in members:
        if _bad_name(member.filename):
            raise CannotRead(ReadProblem.DAMAGED, f"zip member with an unsafe name: {member.filename!r}")
        if member.filename in names:
            raise CannotRead(ReadProblem.DAMAGED, f"zip member listed twice: {member.filename!r}")
        names.add(member.filename)
        if member.flag_bits & 0x1:
            raise CannotRead(ReadProblem.PASSWORD_PROTECTED, f"encrypted zip member {member.filename!r}")
        total += member.file_size
        if total > limits.max_unzipped_bytes:
            raise CannotRead(
                ReadProblem.TOO_COMPLEX,
                f"members declare more than {limits.max_unzipped_bytes} bytes uncompressed",
            )
        ratio_cap = limits.max_zip_ratio * max(1, member.compress_size)
        if member.file_size > _LARGE_MEMBER and member.file_size > ratio_cap:
            raise CannotRead(
                ReadProblem.TOO_COMPLEX,
                f"member {member.filename!r} compresses {member.file_size} bytes into {member.compress_size}",
            )
    if "[Content_Types].xml" not in names:
        raise CannotRead(ReadProblem.DAMAGED, "a zip archive without [Content_Types].xml: not an Office file")
