"""Bytes in → what kind of input they are (html, text, pdf, binary, empty), judged by content."""

from __future__ import annotations

import codecs
import re

# Magic numbers of common non-text files that turn up in an inbox.
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BM", b"RIFF",
                b"\x00\x00\x01\x00", b"Rar!", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"ID3", b"\x7fELF")
PDF_MAGIC = b"%PDF-"
# Byte-order marks → codec; UTF-32 first, because the UTF-32-LE mark begins with the UTF-16-LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
HTML_HINT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<div[\s>]|<p[\s>]", re.I)
SNIFF_BYTES = 8192
# Share of control characters above which bytes are binary. Valid UTF-8 gets more room: a few
# stray NULs or escape codes in a real page are stripped later, while a file that is mostly
# control bytes is still refused.
MAX_CONTROL_SHARE = 0.01
MAX_CONTROL_SHARE_UTF8 = 0.10
# Control characters that text may hold: tab, newlines, form feed and ESC (colour codes).
TEXT_CONTROLS = frozenset("\t\n\v\f\r\x1b")
# The other C0 controls, as one class counted in C (a Python loop over 8 kB cost ≈ 0.1 ms a page).
OTHER_CONTROLS = re.compile("[" + "".join(re.escape(chr(code)) for code in range(0x20) if chr(code) not in TEXT_CONTROLS) + "]")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """Bytes in → (codec, length of the byte-order mark) when they start with one, else None."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode_head(data: bytes, encoding: str) -> str | None:
    """Bytes in → their text in ``encoding``, tolerating a character cut at the end; None when invalid."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeDecodeError:
        return None


def sniff_kind(data: bytes) -> str:
    """Bytes in → "empty", "pdf", "binary", "html" or "text" out."""
    head = data[:SNIFF_BYTES]
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return "empty"
    if PDF_MAGIC in head[:1024]:  # readers accept up to 1 kB before the header
        return "pdf"
    marked = bom_encoding(head)
    if marked is None and head.startswith(BINARY_MAGIC):
        return "binary"
    if marked and marked[0] != "utf-8" and not (decode_head(data[marked[1]:], marked[0]) or "x").strip(" \t\r\n\x00\ufeff"):
        return "empty"  # UTF-16/32 whitespace, which the byte-level check above cannot see
    text, limit = head_text(head, marked)
    if control_share(text) > limit:
        return "binary"
    return "html" if HTML_HINT.search(text.lstrip("\ufeff \t\r\n")[:2048]) else "text"


def head_text(head: bytes, marked: tuple[str, int] | None) -> tuple[str, float]:
    """First bytes and their byte-order mark in → (their text, the control share allowed in it) out.

    BOM-declared text is read in its encoding; otherwise valid UTF-8 is read as such; any
    other bytes are judged one byte per character.
    """
    if marked and (text := decode_head(head[marked[1]:], marked[0])) is not None:
        return text, MAX_CONTROL_SHARE_UTF8 if marked[0] == "utf-8" else MAX_CONTROL_SHARE
    if (text := decode_head(head, "utf-8")) is not None:
        return text, MAX_CONTROL_SHARE_UTF8
    return head.decode("latin-1"), MAX_CONTROL_SHARE


def control_share(text: str) -> float:
    """Text in → share of its characters that are C0 controls text does not use."""
    controls = len(OTHER_CONTROLS.findall(text))
    return controls / max(len(text), 1)
