"""Sentence and clause boundaries of Chinese text: the package's one splitter (pure, no I/O).

A sentence ends at 。！？!?…；; (``SENTENCE_END``; the text stage reads a line ending in one as
complete) or at a line break; a clause also ends at ，,、：: (``CLAUSE_END``). Stops are found
once per text and looked up by bisection, so a matcher asking for the sentence of
every hit pays one scan per paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

SENTENCE_END = "。！？!?…；;"
LINE_BREAK = "\n"
CLAUSE_MARKS = "，,、：:"
CLAUSE_END = SENTENCE_END + LINE_BREAK + CLAUSE_MARKS

_SENTENCE_STOPS = frozenset(SENTENCE_END + LINE_BREAK)


@lru_cache(maxsize=256)
def stops(text: str) -> tuple[list[int], list[int]]:
    """Text → sorted positions of its (sentence, clause) stop characters (sentence stops are a
    subset of clause stops). A ``str.find`` run per stop character the text holds (a few of
    the thirteen; each test and find is a C loop, a regex pass pays a match object per stop)."""
    clause: list[int] = []
    for ch in CLAUSE_END:
        if ch not in text:
            continue
        pos = text.find(ch)
        while pos >= 0:
            clause.append(pos)
            pos = text.find(ch, pos + 1)
    clause.sort()
    return [i for i in clause if text[i] in _SENTENCE_STOPS], clause


def bounds(stop_positions: list[int], pos: int, length: int) -> tuple[int, int]:
    """Sorted stop positions and a position → (start, end) of the stretch between stops around it."""
    k = bisect_left(stop_positions, pos)
    return (stop_positions[k - 1] + 1 if k else 0), (stop_positions[k] if k < len(stop_positions) else length)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Text and a position → (start, end) of the sentence around it."""
    return bounds(stops(text)[0], pos, len(text))


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """Text and a position → (start, end) of the clause around it (cut at commas too)."""
    return bounds(stops(text)[1], pos, len(text))


def sentences(text: str) -> list[tuple[int, int]]:
    """Text → (start, end) of each non-empty sentence, stop characters included."""
    out, start = [], 0
    for stop in stops(text)[0]:
        if stop + 1 > start and text[start : stop + 1].strip():
            out.append((start, stop + 1))
        start = stop + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out
