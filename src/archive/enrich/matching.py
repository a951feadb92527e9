"""Shared text helpers for the matchers: word lists → one regex, sentence and clause bounds."""

from __future__ import annotations

import re
from collections.abc import Iterable

SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,、：:"
QUOTES = {"“": "”", "「": "」", "《": "》", "‘": "’", '"': '"'}


def trie_regex(words: Iterable[str]) -> re.Pattern:
    """Words → a regex that finds the longest listed word at each position (C-speed scan)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return re.compile(_trie_pattern(trie) or "(?!)")


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    # One char class for leaves keeps the regex small; longer branches first make it greedy.
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if ends else inner


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Text and a position → (start, end) of the sentence around it."""
    return _bounds(text, pos, SENTENCE_END)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """Text and a position → (start, end) of the clause around it (cut at commas too)."""
    return _bounds(text, pos, CLAUSE_END)


def _bounds(text: str, pos: int, stops: str) -> tuple[int, int]:
    start = pos
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in stops:
        end += 1
    return start, end


def short_quotes(text: str, limit: int = 16) -> list[tuple[int, int]]:
    """Text → spans of short quoted strings (names, slogans: “5·1卡一元看大片”), quotes included."""
    spans = []
    for m in re.finditer(r"[“「《‘]([^“”「」《》‘’\n]{1,%d})[”」》’]" % limit, text):
        spans.append((m.start(), m.end()))
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Spans and a position → whether the position falls in one of them."""
    return any(a <= pos < b for a, b in spans)


def contains_any(text: str, words: Iterable[str]) -> str | None:
    """Text and words → the first word found in the text, or None."""
    for word in words:
        if word in text:
            return word
    return None
