"""The parser's child process: receives a job and the file's bytes on a pipe, answers on the same pipe.

Why a process: a parser that loops forever or allocates without bound can only be stopped from
outside. The child lowers its own priority (the UI keeps its cores), caps its address space
(`RLIMIT_AS`, so a memory blow-up is a MemoryError, not a swapping machine), reads the file from the
pipe (nothing is written to disk, under any name) and imports only this package and the one library
the job needs. Its answer is JSON plus raw image bytes, never a pickle: the parent must not run code
a compromised parser could choose.
"""

from __future__ import annotations

import enum
import json
import os
import sys
import time
import warnings
from multiprocessing.connection import Connection
from typing import Any

from desktop_chat.services.ingest.types import CannotRead, IngestLimits, PreparedImage, ReadProblem


class Job(enum.StrEnum):
    READ = "read"  # read_document
    RENDER = "render"  # render_pdf_pages
    # Test hooks: a parser that hangs, one that crashes, one that eats memory, and what got imported.
    SLEEP = "sleep"
    CRASH = "crash"
    ALLOCATE = "allocate"
    MODULES = "modules"


def _limit_resources(memory_mb: int) -> None:
    try:
        os.nice(5)
    except (AttributeError, OSError):
        pass
    try:
        import resource
    except ImportError:  # Windows: no address-space limit (a Job Object would be needed)
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = memory_mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):  # macOS refuses RLIMIT_AS on some versions
        pass


def _run(job: Job, name: str, data: bytes, limits: IngestLimits) -> tuple[dict[str, Any], list[bytes]]:
    if job is Job.READ:
        from desktop_chat.services.ingest.parsers import parse_document

        document = parse_document(data, name, limits)
        fields = {
            "kind": document.kind.value, "text": document.text, "pages": document.pages,
            "words": document.words, "left_out": document.left_out,
            "left_out_unit": document.left_out_unit.value, "scanned": document.scanned,
        }
        return {"status": "ok", "document": fields}, []
    if job is Job.RENDER:
        from desktop_chat.services.ingest.parsers import parse_pdf_pages

        images: list[PreparedImage] = parse_pdf_pages(data, limits)
        heads = [{"mime": i.mime, "width": i.width, "height": i.height, "scaled": i.scaled} for i in images]
        return {"status": "ok", "images": heads}, [image.data for image in images]
    if job is Job.SLEEP:
        time.sleep(3600)
    if job is Job.CRASH:
        os.abort()
    if job is Job.ALLOCATE:
        hog = bytearray(limits.memory_mb * 2 * 1024 * 1024)
        del hog
    return {"status": "ok", "modules": sorted(sys.modules)}, []


def child_main(conn: Connection, memory_mb: int) -> None:
    """The child's entry point (multiprocessing target)."""
    _limit_resources(memory_mb)
    warnings.simplefilter("ignore")  # the libraries' remarks on odd files would reach the app's stderr
    job_name, name, limits = conn.recv()
    data = conn.recv_bytes()
    blobs: list[bytes] = []
    try:
        header, blobs = _run(Job(job_name), name, data, limits)
    except CannotRead as exc:
        header = {"status": "error", "problem": exc.problem.value, "detail": exc.detail}
    except (MemoryError, RecursionError) as exc:
        header = {"status": "error", "problem": ReadProblem.TOO_COMPLEX.value, "detail": type(exc).__name__}
    del data
    conn.send_bytes(json.dumps(header).encode("utf-8"))
    for blob in blobs:
        conn.send_bytes(blob)
    conn.close()
