"""Lines in → lines with the breaks that PDF/OCR extraction put inside sentences removed.

A line is joined to the next when it cannot end a paragraph (no sentence-final
punctuation) and is not a headline: either it is long and already contains sentence
punctuation, or it ends in a comma/colon/enumeration mark. Real headings are short and
unpunctuated, so they stay on their own.
"""

from __future__ import annotations

import re

from archive.text.byline import parse_byline
from archive.text.markers import CLOSING_QUOTES, CONTINUATION_END, ENUMERATORS, SENTENCE_END

MIN_BROKEN_LINE = 30
INNER_PUNCT = re.compile(r"[,，。;；:：、]")


def ends_sentence(line: str) -> bool:
    """Line in → True when its last character can end a paragraph."""
    line = line.rstrip()
    if not line:
        return True
    last = line[-1]
    if last in SENTENCE_END or last in ")）":
        return True
    if last in CLOSING_QUOTES:
        return len(line) < 2 or line[-2] in SENTENCE_END or line[-2] in CLOSING_QUOTES
    return False


def starts_new_block(line: str) -> bool:
    """Line in → True when it opens a byline paragraph or an enumerated item."""
    return parse_byline(line)[0] is not None or any(p.match(line) for p in ENUMERATORS.values())


def is_broken(line: str, following: str) -> bool:
    """A line and the next in → True when the first was cut mid-sentence."""
    if ends_sentence(line) or starts_new_block(following):
        return False
    if line[-1] in CONTINUATION_END:
        return True
    return len(line) >= MIN_BROKEN_LINE and bool(INNER_PUNCT.search(line))


def repair_broken_lines(lines: list[str]) -> list[str]:
    """Non-empty lines in → lines with mid-sentence breaks joined out."""
    repaired: list[str] = []
    for line in lines:
        if repaired and is_broken(repaired[-1], line):
            repaired[-1] = repaired[-1] + line
        else:
            repaired.append(line)
    return repaired
