"""Corpus pages → Sources, the way the file adapter makes them."""

from __future__ import annotations

from pathlib import Path

from archive.io.sources import source_from_bytes
from archive.model import Source


def source_for_file(path: Path) -> Source:
    return source_from_bytes(path.read_bytes(), str(path))


def source_for_page(name: str, data: bytes) -> Source:
    return source_from_bytes(data, name)
