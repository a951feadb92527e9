"""Paragraphs in → paragraphs without injected spam (gambling, loan, escort and adult advertising, contact lines).

Mirror and aggregator sites inject advertising into copied news: whole lines, bracketed
"【加微信 …】" blocks, and keywords glued into real sentences. The signals are data
(spam.yaml): strong terms only spam uses, weak terms that count only beside another signal,
WeChat/QQ handles and web addresses. A sentence (or bracketed block) is dropped when little
real text is left once its signals and call-to-action words are taken out, or when most of
its clauses carry a signal; a strong term glued into an otherwise real sentence is cut out.
Headlines are not passed through here: a headline keeps what the page displayed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from archive.text.script import to_traditional_forms

# A contact handle after its cue: 微信|威信|薇信|[vV]信|[vV][xX]|[wW][xX]|QQ|qq|扣扣, spelt as the class of
# the cues' first characters, then the second character each first one takes (read back with a look-behind):
# a pattern that opens with a class lets the engine skip to the next cue character instead of trying
# nine alternatives at every one (6× faster on bench pages; tests/text/test_spam.py checks the two spellings agree).
CONTACT = re.compile(r"[微威薇vVwWQq扣](?:(?<=[微威薇vV])信|(?<=[vVwW])[xX]|(?<=Q)Q|(?<=q)q|(?<=扣)扣)(?:号|群)?\s*[:：]?\s*[A-Za-z0-9_-]{5,20}")
URL = re.compile(r"(?:[hH][tT][tT][pP][sS]?://|[wW]{3}\.)[\w./?=&%#:~+-]+|\b[A-Za-z0-9-]{2,30}\.(?:com|net|cc|vip|top|xyz|me|tv|bet)\b")
# Every match of URL holds one of these strings: a page holding none of them is not scanned by the
# pattern (which tries every position); one search for them all, led by the class of their first characters.
URL_HINTS = ("://", "w.", "W.", ".com", ".net", ".cc", ".vip", ".top", ".xyz", ".me", ".tv", ".bet")
URL_HINT = re.compile("|".join(map(re.escape, URL_HINTS)))
# A sentence ends after 。！？; a bracketed 【…】 block stands on its own.
SEGMENT = re.compile(r"【[^【】]{0,80}】|[^。！？!?；;【]+[。！？!?；;]*|[。！？!?；;【]+")
CLAUSE = re.compile(r"[^,，、\s]+")
HAN = re.compile(r"[\u4e00-\u9fff]")
# A spam sentence keeps fewer real Han characters than this once signals and lures are out;
# so does a spam clause (a sentence of mostly spam clauses is a keyword list).
MIN_REAL_HAN = 8
MIN_REAL_CLAUSE_HAN = 5


@dataclass(frozen=True)
class SpamSignals:
    strong: re.Pattern
    weak: re.Pattern
    lures: re.Pattern


def _alternation(terms: list[str]) -> re.Pattern:
    """Terms in → one pattern for them in both scripts and, for Latin letters, both cases.

    Case is spelt out rather than matched with re.I, which makes the Han alternation ten times slower.
    """
    forms = {form for term in terms for form in (term, *to_traditional_forms(term))}
    forms |= {case(form) for form in forms for case in (str.lower, str.upper)}
    return re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))


@cache
def load_signals(path: str | None = None) -> SpamSignals:
    """spam.yaml (or another file of the same shape) in → compiled SpamSignals out."""
    source = open(path, encoding="utf-8") if path else files("archive.text").joinpath("spam.yaml").open(encoding="utf-8")
    with source as fh:
        data = yaml.safe_load(fh)
    strong = _alternation([term for group in data["strong"].values() for term in group])
    return SpamSignals(strong, _alternation(data["weak"]), _alternation(data["lures"]))


def _signal_spans(segment: str, signals: SpamSignals) -> list[tuple[int, int]]:
    """Segment in → spans of its spam signals (weak ones only beside a strong one or another weak one)."""
    strong = [m.span() for pattern in (signals.strong, CONTACT) for m in pattern.finditer(segment)]
    weak = [m.span() for pattern in (signals.weak, URL) for m in pattern.finditer(segment)]
    distinct_weak = {segment[a:b].lower() for a, b in weak}
    if strong or len(distinct_weak) >= 2:
        return strong + weak
    return []


def _real_han(text: str, start: int, spans: list[tuple[int, int]], signals: SpamSignals) -> int:
    """Text at an offset and signal spans in → Han characters left outside the spans and lure words."""
    residue = "".join(ch for i, ch in enumerate(text, start) if not any(a <= i < b for a, b in spans))
    return len(HAN.findall(signals.lures.sub("", residue)))


def is_spam_segment(segment: str, signals: SpamSignals) -> bool:
    """A sentence or bracketed block in → True when it is advertising rather than news text."""
    spans = _signal_spans(segment, signals)
    if not spans:
        return False
    if _real_han(segment, 0, spans, signals) < MIN_REAL_HAN:
        return True
    clauses = [(m.start(), m.group()) for m in CLAUSE.finditer(segment)]
    spammy = sum(1 for start, clause in clauses
                 if any(start < b and a < start + len(clause) for a, b in spans)
                 and _real_han(clause, start, spans, signals) < MIN_REAL_CLAUSE_HAN)
    return spammy * 2 > len(clauses)


def may_hold_spam(text: str, signals: SpamSignals | None = None) -> bool:
    """Text in → False when no part of it can be spam (then no line of it needs cleaning): no strong
    signal and fewer than two distinct weak ones in the whole text, as a sentence needs (_signal_spans)."""
    signals = signals or load_signals()
    if signals.strong.search(text) or CONTACT.search(text):
        return True
    patterns = (signals.weak, URL) if URL_HINT.search(text) else (signals.weak,)
    weak = {m.group().lower() for pattern in patterns for m in pattern.finditer(text)}
    return len(weak) >= 2


def clean_paragraph(paragraph: str, signals: SpamSignals | None = None, *, cut_terms: bool = True) -> tuple[str, int]:
    """Paragraph in → (paragraph without spam sentences and, unless cut_terms is off, glued spam terms; removals) out."""
    signals = signals or load_signals()
    # Four searches, not one combined pattern: each alone keeps the regex engine's literal fast paths.
    if not any(pattern.search(paragraph) for pattern in (signals.strong, signals.weak, CONTACT, URL)):
        return paragraph, 0
    kept, removed = [], 0
    for segment in SEGMENT.findall(paragraph):
        if is_spam_segment(segment, signals):
            removed += 1
            continue
        if cut_terms:
            segment, cut = signals.strong.subn("", segment)
            removed += cut
        kept.append(segment)
    return "".join(kept).strip(), removed


def remove_spam(paragraphs: list[str], signals: SpamSignals | None = None) -> tuple[list[str], int]:
    """Paragraphs in → (paragraphs cleaned of spam, empty ones dropped; number of removals) out."""
    cleaned, removed = [], 0
    for paragraph in paragraphs:
        text, count = clean_paragraph(paragraph, signals)
        removed += count
        if text:
            cleaned.append(text)
    return cleaned, removed


def is_spam_line(line: str, signals: SpamSignals | None = None) -> bool:
    """Line in → True when every sentence in it is spam (the whole line goes, even above a byline)."""
    text, removed = clean_paragraph(line, signals, cut_terms=False)
    return removed > 0 and not text
