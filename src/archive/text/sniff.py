"""Bytes in → what kind of input they are (html, text, binary, empty), judged by content."""

from __future__ import annotations

import re

# Magic numbers of common non-text files that turn up in an inbox.
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BM", b"RIFF",
                b"\x00\x00\x01\x00", b"Rar!", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"ID3", b"\x7fELF")
HTML_HINT = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<div[\s>]|<p[\s>]", re.I)
SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.01


def sniff_kind(data: bytes) -> str:
    """Bytes in → "empty", "binary", "html" or "text" out."""
    head = data[:SNIFF_BYTES]
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return "empty"
    if head.startswith(BINARY_MAGIC) or _control_share(head) > MAX_CONTROL_SHARE:
        return "binary"
    return "html" if HTML_HINT.search(head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]) else "text"


def _control_share(head: bytes) -> float:
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32 and byte != 27)
    return controls / max(len(head), 1)
