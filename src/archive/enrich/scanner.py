"""The enrichment's one word scan: every word list of the vocabulary → one automaton → typed spans.

Word lists (kinds) compiled together into one Aho-Corasick automaton (ahocorasick-rs):

* ``place``: every written form of a unit (the gazetteer's surfaces: 海曙区, 海曙, 凉山州);
* ``group``, ``programme``: the label triggers (快递小哥, 送温暖);
* ``org_suffix``: organisation name suffixes and brands (总工会, 有限公司, 局, 顺丰);
* ``story``: the words of a paragraph about a work (labels.yaml story_cues: 作品, 镜头);
* ``role``: the role words before a person's name (people.yaml roles: 记者, 快递员);
* ``cue_not_in``: words that only look like delivery cues (labels.yaml cue_not_in: 送餐, 作为);
* ``perk``, ``participant``, ``guest``: the served-group rules' context words (labels.yaml
  perk_cues: 可享受; participant_cues: 嘉宾; guest_cues: 出席), so a clause without them skips
  the rule's regex;
* ``actor``, ``union_word``: the round-up cues (labels.yaml other_actors: 团委, 公司; union_words);
* ``prize``, ``link``, ``list_lead``: a prize list's, a line of links' and a list of topics'
  or uses' words (labels.yaml prize_cues: 奖品; link_cues: 上一篇; list_leads: 内容涵盖, 用于);
* ``publisher``: the names and aliases of the register of papers and sites (publishers.yaml:
  浙江工人日报, 中工网), for a masthead line;
* ``wish``, ``generic``, ``speech``, ``furniture``: the words a match of labels.yaml ``wish_cues``,
  ``generic_statement`` and ``speech_verbs`` and places.yaml ``furniture`` opens with (``matching.heads``: 希望, 版权), so a block without them skips the regex;
* ``abbreviation_led``, ``abbreviation_fused``: a one-character abbreviation of a place led by
  留/在 or followed by 城/工惠 (gazetteer: 留甬, 甬城), where places reads one;
* ``township_suffix``: the suffixes township names end with (镇, 乡, 街道: places finds a
  township back from its suffix);
* ``festival``: the festival words of dates' festivals.yaml (春节, 元宵节: an undated article's date);
* ``latin``: the Latin letters (a paragraph with none is no machine translation: labels);
* cue words a rule looks for in a stretch of text before a figure or a place (a regex search
  per figure or place cost ~1.5k instructions, a look-up in the block's spans a few hundred):
  ``cumulative``, ``part``, ``per_unit_before``, ``not_counted_before`` and ``serviced`` (figures.yaml
  cumulative_cues, part_cues, per_unit_before; not_counted_before of two characters or more;
  serviced_verbs), ``provider_noun`` (figures.yaml provider_nouns: 志愿者, 社工; a block without
  them skips the provider-role test of its people figures),
  ``away`` (places.yaml away_before of two characters or more: 来自, 前往), ``partner``
  (partner_words: 对口, 支援), ``provider_lead`` and ``object_mark`` (labels.yaml
  provider_leads, object_marks), ``sense`` (the words of the label triggers' other senses:
  groups_served.yaml and programme_types.yaml ``senses``), ``team_setup`` (the words labels.yaml
  team_setup opens with: 成立, 组建; a sentence without them sets up no team). Frequent words stay regexes (recipient_cues hold 为, 向, 给:
  6k matches in 300 articles would cost the scan more than their searches).

A text is scanned once for all kinds (every overlapping match); ``Spans.of(kind)`` then gives
that kind's leftmost-longest, non-overlapping matches, as a trie regex over the kind's words
would find them, optionally skipping matches a rule rejects (a suffix followed by 化). A kind is
named by its number, a constant below (``spans.of(PLACE)``): compiled, the constant is inlined
and the kind's matches are one list index away, where a name cost a dict look-up (~150
instructions; ~70k reads per 300 articles). ``KINDS`` names them in number order.

Chosen by measurement on the bench corpus (13,086 paragraphs, 1.1 M chars, 6,850 words):
ahocorasick-rs 51 ms (22 Mchars/s, all overlapping matches), hyperscan 64 ms (a Python callback
per match), pyahocorasick 272 ms, a pure-Python two-character index 256 ms, one regex trie
3,136 ms (Python's regex engine backtracks through a 6,000-word alternation). The automaton is
ahocorasick-rs's default (NFA), not its DFA: the DFA runs fewer instructions (28.0 → 14.9 M per
300 bench articles) but is slower in CPU time (enrichment of 3,000 bench articles 1.26 vs 1.31 s,
two runs each: its ~28 MB of tables miss the cache) and costs 28 MB and 0.1 s more per process.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Final

from ahocorasick_rs import AhoCorasick

from archive.enrich.matching import heads, per_vocabulary
from archive.vocabulary import Vocabulary

Span = tuple[int, int]

# A match is kept as one int, start << _SHIFT | (_LAST - end): the ints sort by start, then
# longest first, and a match costs one int object where a (start, end) tuple costs the tuple and
# two ints (~24k matches per 300 articles, each made, sorted and freed). Shifts and masks, not
# multiplication: compiled, a product this large leaves the fast integer path. Texts are far
# shorter than 2**32 characters.
_SHIFT: Final = 32
_LAST: Final = (1 << _SHIFT) - 1

# the vocabulary scanner's kinds by number (``vocabulary_scanner`` builds its lists in this order)
PLACE: Final = 0
GROUP: Final = 1
PROGRAMME: Final = 2
ORG_SUFFIX: Final = 3
STORY: Final = 4
ROLE: Final = 5
CUE_NOT_IN: Final = 6
PERK: Final = 7
PARTICIPANT: Final = 8
GUEST: Final = 9
ACTOR: Final = 10
UNION_WORD: Final = 11
PRIZE: Final = 12
LINK: Final = 13
PUBLISHER: Final = 14
WISH: Final = 15
GENERIC: Final = 16
SPEECH: Final = 17
FURNITURE: Final = 18
ABBREVIATION_LED: Final = 19
ABBREVIATION_FUSED: Final = 20
LATIN: Final = 21
CUMULATIVE: Final = 22
PART: Final = 23
PER_UNIT_BEFORE: Final = 24
NOT_COUNTED_BEFORE: Final = 25
SERVICED: Final = 26
AWAY: Final = 27
PARTNER: Final = 28
PROVIDER_LEAD: Final = 29
OBJECT_MARK: Final = 30
SENSE: Final = 31
TOWNSHIP_SUFFIX: Final = 32
FESTIVAL: Final = 33
LIST_LEAD: Final = 34
PROVIDER_NOUN: Final = 35
TEAM_SETUP: Final = 36
KINDS: Final = (
    "place",
    "group",
    "programme",
    "org_suffix",
    "story",
    "role",
    "cue_not_in",
    "perk",
    "participant",
    "guest",
    "actor",
    "union_word",
    "prize",
    "link",
    "publisher",
    "wish",
    "generic",
    "speech",
    "furniture",
    "abbreviation_led",
    "abbreviation_fused",
    "latin",
    "cumulative",
    "part",
    "per_unit_before",
    "not_counted_before",
    "serviced",
    "away",
    "partner",
    "provider_lead",
    "object_mark",
    "sense",
    "township_suffix",
    "festival",
    "list_lead",
    "provider_noun",
    "team_setup",
)


class Scanner:
    """Named word lists → one automaton; ``scan(text)`` → the text's Spans for every list. The
    lists are numbered in their order (``number(name)``); Spans reads a kind by its number."""

    def __init__(self, lists: Mapping[str, Iterable[str]]):
        self.names = list(lists)
        kinds: dict[str, set[int]] = {}
        for number, words in enumerate(lists.values()):
            for word in words:
                if word:
                    kinds.setdefault(word, set()).add(number)
        self.words = sorted(kinds)
        self.kinds = [tuple(sorted(kinds[w])) for w in self.words]
        self._build()

    def number(self, name: str) -> int:
        """A list's name → its number (what Spans' methods take)."""
        return self.names.index(name)

    def _build(self) -> None:
        # A scan files each match in a list by its kind's number (a dict keyed by kind per scan
        # cost a dict look-up per match)
        self._single = [kinds[0] if len(kinds) == 1 else -1 for kinds in self.kinds]
        self._multiple = self.kinds
        self._automaton = AhoCorasick(self.words) if self.words else None
        self._recent: dict[str, Spans] = {}  # the same text scanned again (a facet's own pass)

    def __reduce__(self) -> tuple:
        """Pickled as the word lists it was built from: the automaton does not pickle, and a
        compiled (mypyc) class is rebuilt through its constructor."""
        lists: dict[str, list[str]] = {name: [] for name in self.names}
        for word, kinds in zip(self.words, self.kinds):
            for kind in kinds:
                lists[self.names[kind]].append(word)
        return (Scanner, (lists,))

    def scan(self, text: str, remember: bool = True) -> Spans:
        """Text → its Spans (one pass of the automaton over the text). A remembered text's spans
        are reused when the same text is scanned again (a facet scanning a block itself); with
        ``remember=False`` (a block, which keeps its own) the text is scanned afresh."""
        if remember:  # (a block scans its own text once and keeps it: no look-up, no hash of its text)
            found = self._recent.get(text)
            if found is not None:
                return found
        by_kind: list[list[int] | None] = [None] * len(self.names)  # only the kinds found get a list
        if self._automaton is not None:
            single, multiple = self._single, self._multiple
            # (typed here: the compiled build cannot see ahocorasick-rs's own types, and an
            # untyped result is unpacked through the generic iterator protocol, match by match)
            matches: list[tuple[int, int, int]] = self._automaton.find_matches_as_indexes(text, overlapping=True)
            for index, start, end in matches:
                code = (start << _SHIFT) | (_LAST - end)
                kind = single[index]
                if kind >= 0:  # most words belong to one list
                    bucket = by_kind[kind]
                    if bucket is None:
                        bucket = []
                        by_kind[kind] = bucket
                    bucket.append(code)
                    continue
                for kind in multiple[index]:
                    bucket = by_kind[kind]
                    if bucket is None:
                        bucket = []
                        by_kind[kind] = bucket
                    bucket.append(code)
            for bucket in by_kind:
                if bucket is not None and len(bucket) > 1:  # (half the kinds found hold one match)
                    bucket.sort()  # by start, longest first: the order every reader wants
        found = Spans(text, by_kind)
        if remember:
            if len(self._recent) >= _RECENT:
                self._recent.clear()
            self._recent[text] = found
        return found


_RECENT: Final = 64


class SpanRule:
    """A check ``Spans.of`` asks of each match before taking it (a suffix followed by 化 is no
    name suffix): subclasses override ``accepts``. A class, not a function: compiled, the scan
    calls a compiled method directly, where a Python callable costs the generic call protocol
    (~1k instructions a match)."""

    def accepts(self, text: str, start: int, end: int) -> bool:
        """Is the match text[start:end] taken? (The base class takes every match.)"""
        return True


class Spans:
    """One text's matches of every kind; each kind's selection computed once, on first use."""

    def __init__(self, text: str, matches: list[list[int] | None]):
        self.text = text
        # kind number (the scanner's) → every overlapping match of its words
        # (start << _SHIFT | _LAST - end), sorted, or None when none occurs
        self._matches = matches
        self._selected: list[list[Span] | None] = [None] * len(matches)
        self._every: list[list[Span] | None] = [None] * len(matches)

    def distinct(self, kind: int) -> int:
        """Kind → how many of its words occur in the text (each counted once, overlaps too)."""
        matches = self._matches[kind]
        if not matches:
            return 0
        text = self.text
        return len({text[code >> _SHIFT : _LAST - (code & _LAST)] for code in matches})

    def of(self, kind: int, valid: SpanRule | None = None) -> list[Span]:
        """Kind → its leftmost-longest non-overlapping spans [(start, end)]. ``valid.accepts(text,
        start, end)`` may reject a match: the next shorter one at that start is tried, as a regex
        would."""
        if valid is None:
            found = self._selected[kind]
            if found is not None:
                return found
        out: list[Span] = []
        matches = self._matches[kind]
        if matches:
            last, text = 0, self.text
            for code in matches:
                start = code >> _SHIFT
                if start < last:
                    continue
                end = _LAST - (code & _LAST)
                if valid is not None and not valid.accepts(text, start, end):
                    continue
                out.append((start, end))
                last = end
        if valid is None:
            self._selected[kind] = out
        return out

    def has(self, kind: int) -> bool:
        """Kind → whether any of its words occurs in the text."""
        return self._matches[kind] is not None

    def every(self, kind: int) -> list[Span]:
        """Kind → every match of its words, overlapping ones too, as (start, end) by start,
        longest first (where a regex over the words could start a match)."""
        found = self._every[kind]
        if found is None:
            matches = self._matches[kind] or []
            found = [(code >> _SHIFT, _LAST - (code & _LAST)) for code in matches]
            self._every[kind] = found
        return found

    def within(self, kind: int, start: int, end: int) -> bool:
        """Does one of the kind's words stand inside text[start:end] (what a regex over the words
        would find with ``search(text, start, end)``)?"""
        return self.first(kind, start, end) >= 0

    def first(self, kind: int, start: int, end: int) -> int:
        """Where the first of the kind's words inside text[start:end] starts (where a regex over
        the words would find its match with ``search(text, start, end)``), or -1."""
        matches = self._matches[kind]
        if matches is None:
            return -1  # none of its words in the text (most kinds, most texts): no list to search
        # (read from the sorted matches themselves: no (start, end) list is made)
        lo, hi, low = 0, len(matches), start << _SHIFT
        while lo < hi:  # the first match starting at ``start`` or after (bisect_left, written out:
            mid = (lo + hi) // 2  # compiled, a few integer compares cost less than its call)
            if matches[mid] < low:
                lo = mid + 1
            else:
                hi = mid
        for k in range(lo, len(matches)):
            code = matches[k]
            a = code >> _SHIFT
            if a >= end:
                break
            if _LAST - (code & _LAST) <= end:
                return a
        return -1


@per_vocabulary
def vocabulary_scanner(vocabulary: Vocabulary) -> Scanner:
    """Vocabulary → its one Scanner (built once per vocabulary)."""
    from archive.enrich.dates import festival_words  # (dates reads the scans: imported here, not above)

    orgs, place_cues, g = vocabulary.organisations, vocabulary.gazetteer.cues, vocabulary.gazetteer
    lists = {
        "place": vocabulary.gazetteer.surfaces,
        "group": [t for label in vocabulary.groups_served for t in label.triggers],
        "programme": [t for label in vocabulary.programme_types for t in label.triggers],
        "org_suffix": orgs.union_suffixes + orgs.enterprise_suffixes + orgs.government_suffixes + orgs.brands,
        "story": vocabulary.cues.story_cues,
        "role": vocabulary.people.roles,
        "cue_not_in": vocabulary.cues.cue_not_in,
        "perk": vocabulary.cues.perk_cues,
        "participant": vocabulary.cues.participant_cues,
        "guest": vocabulary.cues.guest_cues,
        "actor": vocabulary.cues.other_actors,
        "union_word": vocabulary.cues.union_words,
        "prize": vocabulary.cues.prize_cues,
        "link": vocabulary.cues.link_cues,
        "publisher": vocabulary.gazetteer.publishers.names if vocabulary.gazetteer.publishers is not None else (),
        # the words two cue regexes' matches open with: a block holding none skips the regex
        "wish": heads(vocabulary.cues.wish_cues) or (),
        "generic": heads(vocabulary.cues.generic_statement) or (),
        "speech": heads(vocabulary.cues.speech_verbs) or (),
        "furniture": (heads(place_cues.furniture) or ()) if place_cues is not None else (),
        "abbreviation_led": [before + a for a in g.abbreviations for before in sorted("".join(g.abbreviation_before))],
        "abbreviation_fused": [a + after for a in g.abbreviations for after in g.abbreviation_after],
        "latin": string.ascii_letters,
        "cumulative": vocabulary.figures.cumulative_cues,
        "part": vocabulary.figures.part_cues,
        "per_unit_before": [w for words in vocabulary.figures.per_unit_before.values() for w in words],
        "not_counted_before": [w for w in vocabulary.figures.not_counted_before if len(w) > 1],
        "serviced": vocabulary.figures.serviced_verbs,
        "away": [w for w in place_cues.away_before if len(w) > 1] if place_cues is not None else (),
        "partner": place_cues.partner_words if place_cues is not None else (),
        "provider_lead": vocabulary.cues.provider_leads,
        "object_mark": vocabulary.cues.object_marks,
        "sense": [w for label in vocabulary.groups_served + vocabulary.programme_types for sense in label.senses
                  for w in sense.words],
        "township_suffix": g.townships.suffixes(),
        "festival": festival_words(),
        "list_lead": vocabulary.cues.list_leads,
        "provider_noun": vocabulary.figures.provider_nouns,
        "team_setup": heads(vocabulary.cues.team_setup) or (),
    }
    if tuple(lists) != KINDS:
        raise ValueError(f"the scanner's lists {tuple(lists)} are not in the order of its kinds {KINDS}")
    return Scanner(lists)
