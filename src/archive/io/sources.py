"""Files and directories in → Sources (bytes plus identity), the file adapter of the pipeline.

A file's key is ``sha256:<hex>`` of its bytes, so a file moved from inbox/ to processed/
keeps its identity. The file's kind (html, text, binary, empty) is sniffed from its content,
not its suffix, and recorded as ``content_type``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive.model import Source
from archive.text.errors import InputTooLargeError, SourceError
from archive.text.sniff import sniff_kind

MAX_FILE_BYTES = 20 * 1024 * 1024
CONTENT_TYPES = {"html": "text/html", "text": "text/plain", "binary": "application/octet-stream", "empty": "text/plain"}

__all__ = ["read_path", "iter_sources", "iter_files", "sniff_kind", "source_from_bytes", "MAX_FILE_BYTES"]


def source_from_bytes(data: bytes, location: str, kind: str = "file") -> Source:
    """Bytes and where they came from in → Source keyed by their SHA-256 out."""
    return Source(
        key="sha256:" + hashlib.sha256(data).hexdigest(),
        kind=kind,
        location=location,
        data=data,
        content_type=CONTENT_TYPES[sniff_kind(data)],
    )


def read_path(path: str | os.PathLike, *, max_bytes: int = MAX_FILE_BYTES) -> Source:
    """File path in → Source out; InputTooLargeError above max_bytes, SourceError when unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(str(path), f"{size} bytes is over the {max_bytes}-byte limit")
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(str(path), f"cannot read file: {error.strerror or error}") from error
    return source_from_bytes(data, str(path))


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files and directories in → the files under them (sorted, hidden ones skipped) out."""
    for given in paths:
        root = Path(given)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        yield Path(dirpath) / name
        elif not _hidden(root):
            yield root


def iter_sources(
    paths: Iterable[str | os.PathLike], *, max_bytes: int = MAX_FILE_BYTES
) -> Iterator[Source | tuple[Path, SourceError]]:
    """Files and directories in → a Source per readable file, (path, error) per unreadable one out.

    Errors are yielded, not raised, so one bad file never ends the walk.
    """
    for path in iter_files(paths):
        try:
            yield read_path(path, max_bytes=max_bytes)
        except SourceError as error:
            yield path, error
