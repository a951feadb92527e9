"""Bytes of a page in → text out, choosing the encoding in a fixed order.

Order (see shared/reference.md): byte-order mark (UTF-8, UTF-16 or UTF-32, LE or BE) →
declared charset (HTTP header) → ``<meta>`` charset → strict UTF-8 → strict GB18030 →
charset-normalizer. Unicode text cut inside its last character (a truncated download or
file) loses that character and is flagged "truncated"; any other invalid byte fails. gb2312/gbk
labels are read as gb18030, their superset, because pages labelled gb2312 routinely
contain characters outside it. Detectors mislabel short GBK text as big5, which is why
the strict decoders run before the detector.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from archive.text.errors import DecodeError
from archive.text.sniff import bom_encoding, decode_head

ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
                    "big5-hkscs": "big5hkscs", "utf8": "utf-8"}
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", re.I)
# Share of decoded characters that may be replacement/control junk before we call it mojibake.
MAX_JUNK_SHARE = 0.02
# A real Chinese page has most of its characters among the everyday ones; mojibake does not.
MIN_COMMON_SHARE = 0.5
MIN_JUDGED_CHARS = 20
# Non-ASCII characters a page labelled GBK must have as valid UTF-8 before UTF-8 is believed instead.
MIN_UTF8_EVIDENCE = 3


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    method: str  # bom | declared | meta | utf-8 | gb18030 | big5hkscs | detector
    flags: tuple[str, ...] = ()  # "truncated" when an incomplete last character was dropped


def canonical_encoding(label: str | None) -> str | None:
    """Charset label in → Python codec name (gb2312/gbk widened to gb18030) out, or None."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = ENCODING_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def meta_charset(data: bytes) -> str | None:
    """Page bytes in → charset named in an HTML ``<meta>`` in the first 4 kB out."""
    match = META_CHARSET.search(data[:4096])
    return canonical_encoding(match.group(1).decode("ascii")) if match else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _unicode(data: bytes, encoding: str, method: str) -> Decoded | None:
    """Bytes in → Decoded in ``encoding``; a UTF encoding may lose an incomplete last character (flagged)."""
    text = _strict(data, encoding)
    if text is not None:
        return Decoded(text, encoding, method)
    if not encoding.startswith("utf-"):
        return None
    text = decode_head(data, encoding)
    return Decoded(text, encoding, method, ("truncated",)) if text is not None else None


_JUNK = re.compile("[\ufffd\ue000-\uf8ff]")  # one C scan, not a Python loop over every character


def _junk_share(text: str) -> float:
    # Private-use characters are what GB18030 makes of Big5 (and other foreign) byte pairs.
    # Control characters are not counted: the same bytes give the same controls in every
    # encoding, so they tell nothing about the encoding; the sniffer refuses mostly-control
    # input and normalisation strips the rest.
    return len(_JUNK.findall(text)) / max(len(text), 1)


def _is_common_han(ch: str) -> bool:
    """True for the ~3,800 everyday simplified (GB2312 level 1) or ~5,400 traditional (Big5 level 1) characters."""
    try:
        encoded = ch.encode("gb2312")
        if 0xB0 <= encoded[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        encoded = ch.encode("big5")
        return len(encoded) == 2 and 0xA440 <= (encoded[0] << 8 | encoded[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


def common_han_share(text: str) -> float:
    """Text in → share of its non-ASCII characters that are everyday Han characters out (1.0 if none)."""
    sample = [ch for ch in text[:20000] if ord(ch) > 127]
    return sum(map(_is_common_han, sample)) / len(sample) if sample else 1.0


def reads_as_chinese(text: str) -> bool:
    """Decoded text in → True unless it has enough non-ASCII characters to judge and most are rare (mojibake)."""
    non_ascii = sum(1 for ch in text[:20000] if ord(ch) > 127)
    return non_ascii < MIN_JUDGED_CHARS or common_han_share(text) >= MIN_COMMON_SHARE


def _best_chinese_decoding(data: bytes) -> Decoded | None:
    """Bytes in → the strict GB18030 or Big5 decoding that reads as real Chinese, or None.

    Big5 bytes nearly always decode as GB18030 without error (into rare characters and
    kana), so when both decoders succeed the one with more everyday characters wins.
    """
    candidates = []
    for encoding in ("gb18030", "big5hkscs"):
        text = _strict(data, encoding)
        if text is not None and _junk_share(text) <= MAX_JUNK_SHARE:
            candidates.append((common_han_share(text), encoding, text))
    if not candidates:
        return None
    # max() keeps the first of equal scores, so GB18030 wins ties (short GBK text often reads as Big5 too).
    _, encoding, text = max(candidates, key=lambda c: c[0])
    if not reads_as_chinese(text):
        return None
    return Decoded(text, "big5" if encoding == "big5hkscs" else encoding, encoding)


def _from_bom(data: bytes) -> Decoded | None:
    """Bytes in → their text in the encoding their byte-order mark names, or None (no mark, or not text in it)."""
    marked = bom_encoding(data)
    if marked is None:
        return None
    encoding, skip = marked
    decoded = _unicode(data[skip:], encoding, "bom")
    if decoded is None or encoding == "utf-8":
        return decoded
    # Other bytes can start with FF FE by chance: UTF-16/32 must also read as clean Chinese text.
    return decoded if _junk_share(decoded.text) <= MAX_JUNK_SHARE and reads_as_chinese(decoded.text) else None


def _utf8_despite_label(data: bytes) -> Decoded | None:
    """Bytes labelled GBK/GB2312 that are valid UTF-8 with several multi-byte characters → their UTF-8 text.

    Sites declare gb2312 in templates that now emit UTF-8, and UTF-8 bytes often also decode
    as GB18030 without error (into nonsense). Real GBK text is almost never valid UTF-8.
    """
    text = _strict(data, "utf-8")
    if text is None or sum(1 for ch in text if ord(ch) > 127) < MIN_UTF8_EVIDENCE:
        return None
    return Decoded(text, "utf-8", "utf-8")


def decode_bytes(data: bytes, *, declared: str | None = None, name: str = "<bytes>") -> Decoded:
    """Bytes (+ declared charset) in → Decoded text out; DecodeError when nothing fits."""
    if (marked := _from_bom(data)) is not None:
        return marked
    for encoding, method in ((canonical_encoding(declared), "declared"), (meta_charset(data), "meta")):
        if encoding and (decoded := _unicode(data, encoding, method)) is not None:
            return (encoding != "utf-8" and _utf8_despite_label(data)) or decoded
    decoded = _unicode(data, "utf-8", "utf-8")
    if decoded is not None and _junk_share(decoded.text) <= MAX_JUNK_SHARE:
        return decoded
    chinese = _best_chinese_decoding(data)
    if chinese is not None:
        return chinese
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if _junk_share(text) <= MAX_JUNK_SHARE and reads_as_chinese(text):
            return Decoded(text, canonical_encoding(best.encoding) or best.encoding, "detector")
    raise DecodeError(name, "bytes decode in no supported encoding (tried declared, meta, utf-8, gb18030, detector)")
