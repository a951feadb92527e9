"""Files and directories in → Sources (bytes plus identity), the file adapter of the pipeline.

A file's key is ``sha256:<hex>`` of its bytes, so a file moved from inbox/ to processed/
keeps its identity. The file's kind (html, text, pdf, binary, empty) is sniffed from its content,
not its suffix, and recorded as ``content_type``. Gzip bytes (a saved page, or one a server
sent compressed without saying so) are decompressed by their magic number, up to the same
size limit as any input, so a small bomb cannot expand without bound.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from archive.model import Source
from archive.text.errors import InputTooLargeError, MissingInputError, SourceError
from archive.text.sniff import sniff_kind

MAX_FILE_BYTES = 20 * 1024 * 1024
CONTENT_TYPES = {"html": "text/html", "text": "text/plain", "pdf": "application/pdf", "binary": "application/octet-stream",
                 "empty": "text/plain"}

GZIP_MAGIC = b"\x1f\x8b"

__all__ = [
    "MAX_FILE_BYTES",
    "gunzip_if_gzipped",
    "iter_files",
    "iter_sources",
    "read_path",
    "sniff_kind",
    "source_from_bytes",
]


def gunzip_if_gzipped(data: bytes, location: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Bytes in → the same bytes, or their decompressed content when they are a whole gzip stream.

    InputTooLargeError when the content would exceed max_bytes. Damaged or cut-off gzip is
    returned unchanged, so it is refused later as binary content.
    """
    if not data.startswith(GZIP_MAGIC):
        return data
    out, rest = bytearray(), data
    try:
        while rest.startswith(GZIP_MAGIC):  # a file may hold several gzip members back to back
            stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += stream.decompress(rest, max_bytes + 1 - len(out))
            if len(out) > max_bytes or stream.unconsumed_tail:
                raise InputTooLargeError(location, f"gzip content is over the {max_bytes}-byte limit")
            if not stream.eof:
                return data
            rest = stream.unused_data
    except zlib.error:
        return data
    return bytes(out)


def source_from_bytes(data: bytes, location: str, kind: str = "file", max_bytes: int = MAX_FILE_BYTES) -> Source:
    """Bytes and where they came from in → Source keyed by their SHA-256 out (gzip content decompressed)."""
    content = gunzip_if_gzipped(data, location, max_bytes)
    return Source(
        key="sha256:" + hashlib.sha256(data).hexdigest(),
        kind=kind,
        location=location,
        data=content,
        content_type=CONTENT_TYPES[sniff_kind(content)],
    )


def read_path(path: str | os.PathLike, *, max_bytes: int = MAX_FILE_BYTES) -> Source:
    """File path in → Source out; InputTooLargeError above max_bytes, SourceError when unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(str(path), f"{size} bytes is over the {max_bytes}-byte limit")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise MissingInputError(str(path), "the file does not exist") from error
    except OSError as error:
        raise SourceError(str(path), f"cannot read file: {error.strerror or error}") from error
    return source_from_bytes(data, str(path), max_bytes=max_bytes)


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def takes(name: str, suffixes: Collection[str] | None) -> bool:
    """A file name → whether a folder walk takes it: its suffix (or the one before ``.gz``) is listed."""
    if suffixes is None:
        return True
    lower = name.lower()
    base = lower[:-3] if lower.endswith(".gz") else lower
    return any(base.endswith(suffix) for suffix in suffixes)


def iter_files(paths: Iterable[str | os.PathLike], suffixes: Collection[str] | None = None,
               skipped: list[Path] | None = None) -> Iterator[Path]:
    """Files and directories in → the files under them (sorted, hidden ones skipped) out.

    In a directory only names ending in one of ``suffixes`` (or that plus ``.gz``) are taken when
    suffixes are given; the others are appended to ``skipped``. A file named on its own is always taken.
    """
    for given in paths:
        root = Path(given)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    if takes(name, suffixes):
                        yield Path(dirpath) / name
                    elif skipped is not None:
                        skipped.append(Path(dirpath) / name)
        elif not _hidden(root):
            yield root


def iter_sources(
    paths: Iterable[str | os.PathLike], *, max_bytes: int = MAX_FILE_BYTES, suffixes: Collection[str] | None = None,
    skipped: list[Path] | None = None,
) -> Iterator[Source | tuple[Path, SourceError]]:
    """Files and directories in → a Source per readable file, (path, error) per unreadable one out
    (``suffixes`` and ``skipped`` as for ``iter_files``).

    Errors are yielded, not raised, so one bad file never ends the walk.
    """
    for path in iter_files(paths, suffixes, skipped):
        try:
            yield read_path(path, max_bytes=max_bytes)
        except SourceError as error:
            yield path, error
