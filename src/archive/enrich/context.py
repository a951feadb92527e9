"""One article's text, read once and passed to every facet: Article + Vocabulary → ArticleContext.

Stable API (for every facet, including places and dates):

* ``ArticleContext.of(article, vocabulary)`` builds it; ``ArticleContext.from_text(headings,
  paragraphs, vocabulary)`` builds it from plain text (tests, callers without an Article).
* ``context.headings``: the headline lines (kicker, title, subtitle: those present);
  ``context.headline``: them joined by spaces; ``context.paragraphs``: the body paragraphs
  (simplified script when the text stage provided it).
* ``context.blocks``: ``[headline] + paragraphs`` as ``Block``s (``block.index`` 0 = headline);
  ``context.heading_blocks``: one Block per headline line (figures read each line alone).
* ``Block``: ``text``; ``sentence(pos)`` / ``clause(pos)`` → (start, end) by bisection on stops
  found once (``block_stops``: the package's one splitter, over ``archive.sentences``' stop
  characters); ``sentences()``; ``quotes`` (short quoted
  names and slogans, quotes included); ``spans`` → the scanner's typed spans of the block
  (``spans.of(PLACE | GROUP | PROGRAMME | ORG_SUFFIX)``: the kinds' numbers, see ``archive.enrich.scanner``);
  ``memo``: per-block results a facet derives once.
* ``context.other_actors_item(block)``: is the block another actor's item in a round-up
  (opens with 团区委/区妇联…, names no union); ``context.funded_elsewhere(block)``: the same, less
  a funder's paragraph (公司…出资30万元 pays into the union's programme) — the round-up judgement
  labels and figures share.
* ``context.actor``: the article's actor, the first union named in the headline or the lead
  (宁波市总工会), or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final

from archive.enrich.matching import per_vocabulary, short_quotes
from archive.enrich.scanner import ACTOR, UNION_WORD, Spans, vocabulary_scanner
from archive.model import Article
from archive.sentences import CLAUSE_END, LINE_BREAK, SENTENCE_END
from archive.vocabulary import Vocabulary


class Block:
    """One headline or paragraph: its text with its stops, quotes and spans, each found once.

    A plain slotted class (no dataclass): every facet asks a block for sentence and clause
    bounds thousands of times per corpus, so its lookups stay attribute reads and a bisect."""

    __slots__ = ("_phrase_stops", "_quotes", "_spans", "_stops", "index", "memo", "text", "vocabulary")

    def __init__(self, text: str, index: int, vocabulary: Vocabulary):
        self.text = text
        self.index = index
        self.vocabulary = vocabulary
        self.memo: dict[Any, Any] = {}
        self._stops: tuple[list[int], list[int]] | None = None  # found on first use (a fifth of blocks never ask)
        self._phrase_stops: list[int] | None = None
        self._quotes: tuple[tuple[int, int], ...] | None = None
        self._spans: Spans | None = None

    def __repr__(self) -> str:
        return f"Block(text={self.text!r}, index={self.index})"

    @property
    def sentence_stops(self) -> list[int]:
        """Positions of the sentence stops (``block_stops``)."""
        return self._both_stops()[0]

    @property
    def clause_stops(self) -> list[int]:
        """Positions of the clause stops (sentence stops included)."""
        return self._both_stops()[1]

    def _both_stops(self) -> tuple[list[int], list[int]]:
        found = self._stops
        if found is None:
            found = self._stops = block_stops(self.text)
        return found

    def sentence(self, pos: int) -> tuple[int, int]:
        """Position → (start, end) of the sentence around it."""
        return _between(self.sentence_stops, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        """Position → (start, end) of the clause around it."""
        return _between(self.clause_stops, pos, len(self.text))

    @property
    def phrase_stops(self) -> list[int]:
        """Positions of the phrase stops (``PHRASE_END``: the clause stops but a list's 、 and …)."""
        found = self._phrase_stops
        if found is None:
            # (each stop's code point read in the stop table: a one-character slice cost a new
            # string, its hash and a set look-up)
            text, table = self.text, _STOP_TABLE
            found = self._phrase_stops = [p for p in self.clause_stops if not table[ord(text[p])] & _INSIDE_PHRASE_STOP]
        return found

    def phrase_end(self, pos: int, limit: int) -> int:
        """Where the phrase at ``pos`` ends: the first phrase stop at ``pos`` or after and before
        ``limit``, else ``limit`` (``pos`` itself when it is past ``limit``) — what stepping
        forward from ``pos`` to a ``PHRASE_END`` character finds, from the stops found once."""
        if pos >= limit:
            return pos
        stops = self.phrase_stops
        at = _first_at_or_after(stops, pos)
        return stops[at] if at < len(stops) and stops[at] < limit else limit

    def phrase_start(self, pos: int) -> int:
        """Where the phrase at ``pos`` starts: after the last phrase stop before ``pos``, else 0."""
        stops = self.phrase_stops
        at = _first_at_or_after(stops, pos)
        return stops[at - 1] + 1 if at else 0

    def long_quotes(self) -> list[tuple[int, int]]:
        """Spans of the block's long quotations (“…” of labels.yaml ``long_quote_min`` characters or
        more, quotes included), found once: what the label and figure rules on speakers read."""
        found = self.memo.get("long_quotes")
        if found is None:
            # what finditer of ``“[^“”]{n,}?”`` gives, read with str.find: a quotation runs from
            # its “ to the first quotation mark after it, which must be ” with n characters before
            text, least = self.text, self.vocabulary.cues.long_quote_min
            found = []
            pos = text.find("“")
            while pos >= 0:
                close = text.find("”", pos + 1)
                if close < 0:
                    break  # no ” after this “ (nor after any later one)
                opening = text.find("“", pos + 1, close)
                if opening >= 0:
                    pos = opening  # another “ comes first: none opens here
                    continue
                if close - pos - 1 >= least:
                    found.append((pos, close + 1))
                pos = text.find("“", close + 1)
            self.memo["long_quotes"] = found
        return found

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, stop characters excluded."""
        out, start = [], 0
        for stop in self.sentence_stops:
            out.append((start, stop))
            start = stop + 1
        out.append((start, len(self.text)))
        return [(a, b) for a, b in out if b > a]

    @property
    def quotes(self) -> tuple[tuple[int, int], ...]:
        """Spans of short quoted names and slogans (“5·1卡一元看大片”), quotes included."""
        found = self._quotes
        if found is None:
            found = self._quotes = short_quotes(self.text)
        return found

    @property
    def spans(self) -> Spans:
        """The scanner's typed spans of this block (one automaton pass, on first use)."""
        found = self._spans
        if found is None:
            found = self._spans = vocabulary_scanner(self.vocabulary).scan(self.text, remember=False)  # (kept here)
        return found

    @property
    def scanned(self) -> Spans | None:
        """The block's spans when a facet has scanned it already, else None: a reader with a
        cheaper way of its own for one text (a regex at ~56 instructions a character, where a
        scan costs ~400) scans nothing new."""
        return self._spans


_SENTENCE_STOPS: Final = frozenset(SENTENCE_END + LINE_BREAK)
PHRASE_END: Final = "，,。！？!?；;：:\n"  # a phrase ends where a clause does, but a list (、) or … stays one phrase
_INSIDE_PHRASE: Final = frozenset(CLAUSE_END) - frozenset(PHRASE_END)  # 、 and …: clause stops inside a phrase
if not frozenset(PHRASE_END) <= frozenset(CLAUSE_END):  # phrase stops are read from the clause stops
    raise ValueError("every PHRASE_END character must be a clause stop (archive.sentences.CLAUSE_END)")


def _first_at_or_after(stops: list[int], pos: int) -> int:
    """Sorted stop positions and a position → the index of the first stop at ``pos`` or after
    (``bisect_left``, written out: compiled, a few integer compares and a native call cost less
    than a call of ``bisect_left`` through the interpreter; blocks hold ~15 stops)."""
    lo, hi = 0, len(stops)
    while lo < hi:
        mid = (lo + hi) // 2
        if stops[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _between(stops: list[int], pos: int, length: int) -> tuple[int, int]:
    """Sorted stop positions and a position → (start, end) of the stretch between the stops
    around it."""
    at = _first_at_or_after(stops, pos)
    return (stops[at - 1] + 1 if at else 0), (stops[at] if at < len(stops) else length)


# what the stop table says of a character, as bits (… is a sentence stop inside a phrase)
_CLAUSE_STOP: Final = 1  # every stop character is a clause stop
_SENTENCE_STOP: Final = 2
_INSIDE_PHRASE_STOP: Final = 4  # a clause stop that ends no phrase (、 …)


def _stop_table() -> bytes:
    """Code point → its stop bits (0: no stop; ``_CLAUSE_STOP`` with ``_SENTENCE_STOP`` and
    ``_INSIDE_PHRASE_STOP`` as they apply), for every code point up to the largest stop character's."""
    table = bytearray(max(map(ord, CLAUSE_END)) + 1)
    for ch in CLAUSE_END:
        table[ord(ch)] = (_CLAUSE_STOP | (_SENTENCE_STOP if ch in _SENTENCE_STOPS else 0)
                          | (_INSIDE_PHRASE_STOP if ch in _INSIDE_PHRASE else 0))
    return bytes(table)


_STOP_TABLE: Final = _stop_table()


def block_stops(text: str) -> tuple[list[int], list[int]]:
    """Text → sorted positions of its (sentence, clause) stop characters (sentence stops are a
    subset of clause stops): the one splitter. One pass over the text reading each character's
    code point in a table (compiled, ``ord(text[i])`` reads the character in place and the table
    is a byte array: a few instructions a character, where a ``str.find`` run per stop character
    paid a call for each of 14 characters, most of them absent). Compiled, once per block."""
    clause: list[int] = []
    sentence: list[int] = []
    table = _STOP_TABLE
    limit = len(table)
    for i in range(len(text)):
        code = ord(text[i])
        if code < limit:
            kind = table[code]
            if kind:
                clause.append(i)
                if kind & _SENTENCE_STOP:
                    sentence.append(i)
    return sentence, clause


class ArticleContext:
    """One article's headline and paragraphs as Blocks, with the judgements every facet shares."""

    def __init__(self, headings: list[str], paragraphs: list[str], vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.headings = [h for h in headings if h]
        self.headline = " ".join(self.headings)
        self.paragraphs = paragraphs
        self.blocks = [Block(self.headline, 0, vocabulary)] + [Block(p, i, vocabulary) for i, p in enumerate(paragraphs, 1)]

    @classmethod
    def of(cls, article: Article, vocabulary: Vocabulary) -> ArticleContext:
        """Article → its context (simplified script when the text stage provided it)."""
        title = getattr(article, "title_simplified", None) or article.title
        if article.body_simplified:
            paragraphs = [p for p in article.body_simplified.split("\n") if p.strip()]
        else:
            paragraphs = [p for p in article.paragraphs if p.strip()]
        return cls([article.kicker or "", title, article.subtitle or ""], paragraphs, vocabulary)

    @classmethod
    def from_text(cls, headings: list[str], paragraphs: list[str], vocabulary: Vocabulary) -> ArticleContext:
        """Headline lines and body paragraphs → their context."""
        return cls(headings, paragraphs, vocabulary)

    @cached_property
    def heading_blocks(self) -> list[Block]:
        """One Block per headline line (index -1: not a body paragraph)."""
        return [Block(h, -1, self.vocabulary) for h in self.headings]

    def other_actors_item(self, block: Block) -> bool:
        """Is the block another actor's item in a round-up (its first sentence is led by
        团委/妇联/公司… with no union in the lead, and it never names a union)? The joined
        headline (index 0) never is."""
        if block.index == 0:
            return False
        found = block.memo.get("other_actors_item")
        if found is None:
            # (a block naming a union is none: that cheap test first)
            found = not block.spans.has(UNION_WORD)
            if found:
                a, b = block.sentence(0)
                found = actor_led(block, a, b, round_up_cues(self.vocabulary))
            block.memo["other_actors_item"] = found
        return found

    def funded_elsewhere(self, block: Block) -> bool:
        """Another actor's round-up item that is not a funder's (公司…出资30万元 pays into the
        union's programme, so its figures count)."""
        if not self.other_actors_item(block):
            return False
        cues = round_up_cues(self.vocabulary)
        a, b = block.sentence(0)
        verb = cues.actor_verb.search(block.text, a, b)
        lead = block.text[a : verb.start() if verb else b]
        return any(m.group() not in cues.funders for m in cues.actors.finditer(lead))

    @cached_property
    def actor(self) -> str | None:
        """The article's actor: the first union named in the headline or the lead paragraph."""
        from archive.enrich.organisations import union_names

        for block in self.blocks[:2]:
            names = union_names(block)
            if names:
                return names[0]
        return None


@dataclass(frozen=True)
class RoundUpCues:
    """labels.yaml's round-up cues, compiled once per vocabulary."""

    actors: re.Pattern  # other_actors
    actor_verb: re.Pattern  # actor_verbs
    funders: frozenset[str]


@per_vocabulary
def round_up_cues(vocabulary: Vocabulary) -> RoundUpCues:
    cues = vocabulary.cues
    return RoundUpCues(
        actors=_words(cues.other_actors),
        actor_verb=cues.actor_verbs,
        funders=frozenset(cues.funders),
    )


def actor_led(block: Block, a: int, b: int, cues: RoundUpCues) -> bool:
    """Is the block's sentence text[a:b] led by another actor (its words up to the first action
    verb name one and no union)? The words are read from the block's scan."""
    spans = block.spans
    if not spans.has(ACTOR):
        return False  # the block names no other actor at all (most): no verb to look for
    verb = cues.actor_verb.search(block.text, a, b)
    end = verb.start() if verb else b
    return spans.within(ACTOR, a, end) and not spans.within(UNION_WORD, a, end)


def _words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")
