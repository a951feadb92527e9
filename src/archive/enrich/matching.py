"""Shared helpers for the matchers: a per-vocabulary cache for compiled data and short quotes.

Sentence and clause bounds live in ``archive.sentences`` (the one splitter); word lists are
scanned by ``archive.enrich.scanner``; per-article structures in ``archive.enrich.context``."""

from __future__ import annotations

import functools
import re
import re._constants as re_constants
import re._parser as re_parser
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

from archive.vocabulary import Vocabulary

T = TypeVar("T")

def per_vocabulary(build: Callable[[Vocabulary], T]) -> Callable[[Vocabulary], T]:
    """Decorator: ``build(vocabulary)`` runs once per Vocabulary; its result is kept on it."""
    key = f"{build.__module__}.{build.__qualname__}"
    last: list = [None, None]  # the vocabulary asked last and its result: nearly every call asks it again

    @functools.wraps(build)
    def cached(vocabulary: Vocabulary) -> T:
        if vocabulary is last[0]:
            return last[1]
        found = vocabulary.compiled.get(key)
        if found is None:
            found = vocabulary.compiled[key] = build(vocabulary)
        last[0], last[1] = vocabulary, found
        return found

    return cached


@functools.cache
def digit_class() -> str:
    r"""The characters ``str.isdigit()`` accepts, as the body of a regex class: ``\d`` (the
    decimal digits) and the other digits (① ² ⑴), so a regex stops where a loop on
    ``ch.isdigit()`` would. Built once per process from planes 0 and 1 (~10 ms; the planes
    above hold ideographs, tags and private use, no digits)."""
    others = "".join(ch for ch in map(chr, range(0x20000)) if ch.isdigit() and not ch.isdecimal())
    return r"\d" + re.escape(others)


def any_in(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Does one of ``words`` stand in text[start:end] (``text.find(word, start, end) >= 0``)?"""
    for word in words:
        if text.find(word, start, end) >= 0:
            return True
    return False


def first_in(text: str, words: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of ``words`` to stand in text[start:end] starts, or -1 when none does."""
    first = -1
    for word in words:
        at = text.find(word, start, end)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def run_stops(stops: str, spaces: bool = False) -> bytes:
    """The characters that end a run (``run_after``/``run_before``), as a table: code point
    → 1 for the stops, the digits (str.isdigit) and, with ``spaces``, the spaces (str.isspace),
    else 0, up to the last such code point (none above plane 1 is a digit or a space). Read by
    ``run_after``/``run_before``: compiled, a loop reading each character's code point in the
    table costs a few instructions a character, where a regex's class of ranges is a call of
    the engine's charset test for each (built once per caller, ~20 ms)."""
    return code_table({ord(ch) for ch in stops} | {code for code in range(0x20000)
                                                   if chr(code).isdigit() or (spaces and chr(code).isspace())})


def code_table(codes: set[int]) -> bytes:
    """Code points → a table of 1 at each of them, 0 elsewhere, up to the largest."""
    table = bytearray(max(codes, default=-1) + 1)
    for code in codes:
        table[code] = 1
    return bytes(table)


def run_after(text: str, start: int, stop: int, table: bytes) -> int:
    """Where the run of characters outside ``table`` (``run_stops``) that starts at ``start``
    ends, at ``stop`` at the latest: what ``re.match("[^stops…]*", …)`` reaches."""
    size = len(table)
    end = min(stop, len(text))
    i = start
    while i < end:
        code = ord(text[i])
        if code < size and table[code]:
            return i
        i += 1
    return i


def run_before(text: str, start: int, end: int, table: bytes) -> int:
    """Where the run of characters outside ``table`` that ends at ``end`` starts, at ``start``
    at the earliest: what ``re.search("[^stops…]*\\Z", text, start, end)`` finds."""
    size = len(table)
    i = end
    while i > start:
        code = ord(text[i - 1])
        if code < size and table[code]:
            return i
        i -= 1
    return i


@functools.cache
def decimal_or_space_chars() -> str:
    r"""``\d`` and ``\s`` spelt out as the characters of plane 0 they match (str.isdecimal,
    str.isspace), escaped for a regex class. A class of plain characters is one table look-up
    per character when the regex engine scans for a match's first character; ``\d`` and ``\s``
    are two function calls each. A class built from it adds the planes above as one range."""
    return re.escape("".join(ch for ch in map(chr, range(0x10000)) if ch.isdecimal() or ch.isspace()))


def heads(pattern: re.Pattern) -> tuple[str, ...] | None:
    """A regex → the words one of which each of its matches opens with (期望, 希望 … of
    ``期望|希望(?!工程)|…``: each alternative's leading characters), or None when one opens with
    something else (a class, a repeat). A text holding none of them holds no match, and a
    match at a position needs one of them there: a cheap test before a regex call."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _heads(list(re_parser.parse(pattern.pattern)))
    return tuple(sorted(set(found))) if found else None


def _heads(items: list) -> list[str] | None:
    """Parsed regex items → the literal prefixes one of which every match starts with, or None."""
    run = ""
    for op, arg in items:
        if op is re_constants.LITERAL:
            run += chr(arg)
            continue
        if op is re_constants.BRANCH:
            branches = [_heads(list(branch)) for branch in arg[1]]
            if all(branches):
                return [run + head for branch in branches for head in branch or ()]
        elif op is re_constants.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags
            inner = _heads(list(arg[3]))
            if inner:
                return [run + head for head in inner]
        elif op is re_constants.IN and all(kind is re_constants.LITERAL for kind, _ in arg):
            return [run + chr(code) for _, code in arg]
        break
    return [run] if run else None


def opening_with(first: str, body: str) -> re.Pattern:
    """A regex ``body`` every match of which opens with a character of the class ``first``
    (``[\\d]``, ``[一在女]``) → a regex finding the same matches faster, read by ``matches_of``
    (the match of ``body`` is its group ``all``).

    The regex engine scans for a class that opens a regex in one tight loop, and tries the rest
    only where it found one; a regex opening any other way (an optional group, a look-ahead) is
    tried at every position of the text, at ~100 instructions each. So the regex consumes that
    first character, steps back over it (a look-behind) and reads ``body`` from it in a
    look-ahead."""
    return re.compile(f"{first}(?<=(?=(?P<all>{body}))(?s:.))")


def matches_of(pattern: re.Pattern, text: str) -> list[re.Match]:
    """A regex made by ``opening_with`` and a text → its matches as ``finditer`` over the body
    alone gives them: left to right, each search starting where the previous match of the body
    ended (its group ``all``: the regex's own match is one character). Bodies never match empty."""
    found: list[re.Match] = []
    m = pattern.search(text)
    while m is not None:
        found.append(m)
        m = pattern.search(text, m.end("all"))
    return found


_QUOTE_OPENERS: Final = ("“", "「", "《", "‘")
_QUOTE_CLOSERS: Final = "”」》’"
# what a short quotation cannot hold: a quotation mark or a line break
_QUOTE_STOPS: Final = code_table({ord(ch) for ch in "“”「」《》‘’\n"})


def short_quotes(text: str, limit: int = 16) -> tuple[tuple[int, int], ...]:
    """Text → spans of short quoted strings (names, slogans: “5·1卡一元看大片”), quotes included.
    (A block finds its own once: ``Block.quotes``.)

    What ``finditer`` of ``[“「《‘]([^“”「」《》‘’\n]{1,limit})[”」》’]`` gives, read where a quote
    opens (found by ``str.find``), past the previous one: from an opening mark, the characters up
    to the first quotation mark or line break (``limit`` at most) and a closing mark right there
    (every closing mark is one of those stops, so no shorter run could end at one)."""
    openers: list[int] = []
    for ch in _QUOTE_OPENERS:
        pos = text.find(ch)
        while pos >= 0:
            openers.append(pos)
            pos = text.find(ch, pos + 1)
    if not openers:
        return ()  # most paragraphs quote nothing: four substring searches
    openers.sort()
    found: list[tuple[int, int]] = []
    end, size = 0, len(text)
    for pos in openers:
        if pos < end:
            continue  # inside the previous quote
        close = run_after(text, pos + 1, pos + 1 + limit, _QUOTE_STOPS)
        if pos + 1 < close < size and text[close] in _QUOTE_CLOSERS:
            found.append((pos, close + 1))
            end = close + 1
    return tuple(found)


def inside(spans: Iterable[tuple[int, int]], pos: int) -> bool:
    """Spans and a position → whether the position falls in one of them."""
    return any(a <= pos < b for a, b in spans)


__all__ = ["any_in", "code_table", "decimal_or_space_chars", "digit_class", "first_in", "heads", "inside", "matches_of",
           "opening_with", "per_vocabulary", "run_after", "run_before", "run_stops", "short_quotes"]
