"""Stories: copies of one report (reprints, mirrors, excerpts) → one story. Pure: no I/O.

A story is the set of stored articles that are copies of one report. Detection works on the
*simplified, chrome-free body* the text stage produced (never the headline: copies carry other
headlines), reduced to letters and digits and cut into character shingles, each hashed once to a
32-bit integer (numpy, fixed constants, so every process, run and cluster node gets the same):

1. ``signature``: a one-permutation MinHash of the shingle hashes (the smallest hash in each of
   BINS ranges of the hash space, empty ranges filled from their next neighbour: Shrivastava & Li,
   "Densifying one permutation hashing", 2014), read off the sorted hashes the verdict needs anyway
   instead of hashing every shingle BINS times; ``band_keys`` cuts it into LSH bands, each
   stored as one 64-bit number in a ``long`` field (a number per band: the node indexes it as a
   point, cheaper than a keyword term), and the signature itself is stored beside them
   (``packed_signature``, not indexed). Candidates for a new article are the stored articles
   sharing a band key (one ``terms`` query; archive.io.stories), screened by the MinHash estimate
   (``screen``) before their text is read.
2. ``verdict`` decides from the exact shingle sets of the pair (not the estimate):
   - ``copy``: Jaccard ≥ ``copy_jaccard`` (other chrome, headline, script, an edited lead, a
     dropped paragraph);
   - when the shorter one is almost wholly inside the longer (containment ≥
     ``excerpt_containment``): ``copy`` if it keeps most of it (≥ ``most_share``: a paragraph
     or two dropped); ``excerpt`` if it keeps a good part (≥ ``excerpt_share``) *and* opens
     where the longer opens (an aggregator keeping the first half …阅读全文); otherwise a
     different story: a brief lifted from inside a round-up opens elsewhere or is a sliver.
   Formulaic reports (one union's 送温暖 from two years) share phrases, not most of their text:
   their Jaccard stays far below the bar.
3. The story of a set of matched articles (single linkage: a copy that matches two stories
   joins them) is named by ``story_id`` = the smallest member id, so the clusters and their
   names do not depend on ingest order; its ``primary`` is the fullest copy (longest body,
   untruncated, simplified original, fewest quality flags, then smallest id): the copy whose
   figures are summed.
"""

from __future__ import annotations

import base64
from bisect import bisect_left, bisect_right
import hashlib
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import islice

import numpy as np

from archive.datafile import load_table

STORY_FIELDS = ("story_id", "story_size", "story_primary")  # what a reprocess carries over
SHINGLE = 4  # characters: ample for a script of thousands of characters (MMDS §3.2.2)
BINS = 128  # signature values, one per range of the 32-bit hash space
ROWS = 4  # per band: 32 bands of 4 → a pair with Jaccard 0.4 is a candidate with p≈0.56, 0.5 → 0.87, 0.2 → 0.05
BANDS = BINS // ROWS
OPENING = 40  # the opening key (``opening_key``): how many shingles of the opening it is made of
MIN_SHINGLES = 12  # shorter bodies (captions, empty stubs) are never matched: too little to tell
# Pairs whose MinHash estimate is below this are not read: a match needs Jaccard ≥ 0.22 (an
# excerpt: containment 0.8 at share 0.3); the estimate's spread over 128 values is about ±0.04.
SCREEN_JACCARD = 0.12
# A match also needs share ≥ 0.3 and (Jaccard ≥ 0.5 or containment ≥ 0.8): the screen asks the same
# of the estimates, less three standard deviations (Jaccard ±0.044 at 0.5; a size estimated from
# the signature ±9%, so a share ±12%; the containment ±0.07), so a pair that may match is always read.
SCREEN_SHARE, SCREEN_COPY, SCREEN_CONTAINMENT = 0.2, 0.36, 0.6

# Not part of the report: an aggregator's "read the rest" tail and the like.
_TAILS = re.compile(r"(……|…|\.\.\.)?\s*(阅读全文|查看全文|点击查看全文|展开全文|未完待续|全文阅读|阅读原文)\s*[>》»]*\s*$")
_TAIL_ENDS = frozenset("文续读>》»")  # what a body with such a tail ends in: the others are not searched
_TEXT = re.compile(r"[^\W_]")  # what the normalised text keeps: letters and digits
# Quality flags that make a copy a worse primary (text lost or damaged).
DAMAGE_FLAGS = frozenset({"truncated", "truncated_html", "text_gap", "encoding_damage", "spam_removed", "no_title"})

# A shingle's hash: its four characters, 16 bits each, read as one 64-bit word, multiplied by a
# fixed odd constant, folded and multiplied again (so that every bit, the top ones that choose a bin
# included, depends on every character); the top 32 bits.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9))
_VALUE_BITS = 32 - (BINS - 1).bit_length()  # a hash's bin is its top bits, its value in the bin the rest
_VALUE_MASK = np.uint32((1 << _VALUE_BITS) - 1)
_BIN_STARTS = (np.arange(BINS, dtype=np.uint64) << np.uint64(_VALUE_BITS)).astype(np.uint32)
_NO_HASHES = np.zeros(0, dtype=np.uint32)
_NO_POSITIONS = np.zeros(0, dtype=np.uint8)


@dataclass(frozen=True)
class Rules:
    """The thresholds of the match verdict and the cue data of its particulars (``vocabulary/stories.yaml``,
    measured on the reprint set: archive.scoring.reprints)."""

    copy_jaccard: float = 0.5
    excerpt_containment: float = 0.8  # the shorter text is (almost) inside the longer one, and …
    most_share: float = 0.7  # … holds this share of it: a copy with a paragraph or two dropped; or …
    excerpt_share: float = 0.3  # … at least this share, opening where it opens (or kept from across it): an excerpt
    lead_shingles: int = 20  # the excerpt's first shingles must appear …
    lead_window: float = 0.1  # … within this share of the longer copy's start (at least 2 × lead_shingles)
    summary_spread: float = 0.6  # a summary's kept text spreads over this share of the longer text …
    summary_parts: int = 10  # … counted in this many parts of it …
    summary_part_kept: float = 0.3  # … each holding this share of the part's shingles, …
    summary_gaps: float = 0.25  # … and over this much more than its own share: it leaves gaps
    swapped_particulars: int = 4  # particulars the two hold and the other lacks, some on each side: look-alikes
    place_suffixes: tuple[str, ...] = ("省", "市", "区", "县", "镇", "街道")
    place_stop_chars: str = "的了在对和与及为是今全本该我各等年月日"  # … unless one of the two is one of these
    figure_multipliers: dict[str, int] = field(default_factory=lambda: {"万": 10_000, "亿": 100_000_000})


def load_rules(path: str | None = None) -> Rules:
    """``vocabulary/stories.yaml`` (or a file of its shape) → the Rules; DataFileError when malformed."""
    return load_table(Rules, "archive.vocabulary", "stories.yaml", path)


RULES = load_rules()


@dataclass(frozen=True, eq=False)
class StoryText:
    """What the verdict compares of one article: the length of its normalised body, the sorted
    distinct hashes of its shingles, the hashes of its first shingles in text order (as many as
    RULES' excerpt check reads of the longer copy), whether the body ended in a read-more tail
    (…阅读全文: an aggregator's excerpt), and the simplified body itself (``body``), from which the
    few verdicts that need them read where each shingle first occurs (``positions``) and the
    particulars (``figures``, ``places``), made only for a pair whose shingles match, not for every
    article a worker builds. Held with its body it takes less memory than with those made at once
    (2,000 bench articles: 6.8 against 8.5 bytes a character of body)."""

    id: str
    length: int
    shingles: np.ndarray  # uint32, sorted, distinct
    opening: np.ndarray  # uint32, text order
    excerpt: bool = False
    body: str = field(default="", repr=False)  # as given to ``story_text`` (empty: no positions, no particulars)
    rules: Rules = field(default=RULES, repr=False, compare=False)  # what its particulars are read with

    @cached_property
    def positions(self) -> np.ndarray:
        """uint8, one per shingle (in ``shingles``' order): where in the text it occurs (a 256th;
        one of its places, when repeated). Empty when made without its body."""
        if not self.body:
            return _NO_POSITIONS
        ordered = _shingle_hashes(_units(_without_tail(self.body)[0]))
        order = np.argsort(ordered)
        return (order[_first_of_equals(ordered[order])] * 256 // max(ordered.size, 1)).astype(np.uint8)

    @cached_property
    def _particulars(self) -> tuple[tuple[float, ...], frozenset[str]]:
        return particulars(_without_tail(self.body)[0], self.rules) if self.body else ((), frozenset())

    @property
    def figures(self) -> tuple[float, ...]:
        """The figures it holds as values, sorted and distinct (``particulars``)."""
        return self._particulars[0]

    @property
    def places(self) -> frozenset[str]:
        """The place names it holds (``particulars``)."""
        return self._particulars[1]


@dataclass(frozen=True)
class Member:
    """What choosing a story's primary copy reads from each member."""

    id: str
    length: int
    script: str = "simplified"
    flags: tuple[str, ...] = ()


@cache
def _fold_table() -> np.ndarray:
    """Code point (Basic Multilingual Plane) → what the normalised text keeps of it (``_fold``)."""
    table = np.zeros(0x10000, dtype="<u2")
    for found in _TEXT.finditer("".join(map(chr, range(0x10000)))):
        table[ord(found[0])] = _fold(ord(found[0]))
    return table


def _fold(point: int) -> int:
    """A code point → its 16-bit unit in the normalised text: its lower case when it is a letter or
    digit (a one-character lower case), else 0 (dropped). A character beyond the Basic Multilingual
    Plane (rare) keeps its low 16 bits: it may share a unit with another, never with nothing."""
    char = chr(point)
    if not _TEXT.match(char):
        return 0
    lower = char.lower()
    point = ord(lower) if len(lower) == 1 else point
    return point if point < 0x10000 else max(point & 0xFFFF, 1)


def _without_tail(body: str) -> tuple[str, bool]:
    """A body → the same without a trailing read-more tail (…阅读全文), and whether it had one."""
    body = body.rstrip()
    if not body or body[-1] not in _TAIL_ENDS:
        return body, False
    tail = _TAILS.search(body, max(0, len(body) - 40))  # the tail is short: no need to try every position
    return (body[:tail.start()], True) if tail else (body, False)


def letters(body: str) -> np.ndarray:
    """Simplified body in → its normalised text as 16-bit units (``_fold``): letters and digits
    only, lower case, without a trailing 阅读全文."""
    return _units(_without_tail(body)[0])


def _units(body: str) -> np.ndarray:
    encoded = body.encode("utf-16-le")
    if len(encoded) == 2 * len(body):  # one unit a character: all in the Basic Multilingual Plane
        units = _fold_table().take(np.frombuffer(encoded, dtype="<u2"))
    else:  # rare: characters beyond it (two units each in UTF-16)
        units = np.array([_fold(ord(char)) for char in body], dtype="<u2")
    return units[units != 0]


def body_length(body: str) -> int:
    """A simplified body → the length of its normalised text (what ranks copies for the primary)."""
    return int(letters(body).size)


def _shingle_hashes(units: np.ndarray) -> np.ndarray:
    """Normalised text (16-bit units) → one 32-bit hash per shingle, in text order."""
    count = units.size - SHINGLE + 1
    if count <= 0:
        return _NO_HASHES
    # the shingles as overlapping 64-bit words over the units' own buffer (SHINGLE × 16 bits = 64): no copy
    words = np.ndarray((count,), dtype="<u8", buffer=units, strides=(units.itemsize,))
    hashes = words * _MIX[0]
    hashes ^= hashes >> np.uint64(32)
    hashes *= _MIX[1]
    return hashes.view("<u4")[1::2]  # the top 32 bits of each (little-endian words): a view, the sort copies it


def story_text(article_id: str, body: str, rules: Rules = RULES) -> StoryText:
    """An article's id and simplified body → its StoryText."""
    text, excerpt = _without_tail(body)
    points = _units(text)
    ordered = _shingle_hashes(points)
    hashes = np.sort(ordered)  # a sort, not positions' argsort and gather: band keys of 2,000 bench articles 0.084 → 0.070 CPU s
    opening = ordered[:max(2 * rules.lead_shingles, int(points.size * rules.lead_window))].copy()
    return StoryText(article_id, int(points.size), hashes[_first_of_equals(hashes)], opening, excerpt, body, rules)


def _first_of_equals(hashes: np.ndarray) -> np.ndarray:
    """Sorted hashes → True for the first of each run of equal ones (``hashes[keep]``: the distinct ones)."""
    keep = np.empty(hashes.size, dtype=bool)
    if hashes.size:
        keep[0] = True
        np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return keep


_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


@cache
def _particular_patterns(suffixes: tuple[str, ...], multipliers: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    figure = re.compile(r"(\d+(?:\.\d+)?)(?:余|多)?(" + "|".join(map(re.escape, multipliers)) + ")?")
    suffix = re.compile("|".join(map(re.escape, sorted(suffixes, key=len, reverse=True))))
    return figure, suffix


def particulars(body: str, rules: Rules = RULES) -> tuple[tuple[float, ...], frozenset[str]]:
    """A simplified body → its figures (values: 3.2万元 → 32000.0, 1月17日 → 1.0 and 17.0) and its
    place names (the two characters before a place suffix: 鼓楼区 → 鼓楼), what two reports written
    from one template by two cities differ in while sharing their sentences."""
    multipliers = rules.figure_multipliers
    figure, suffix = _particular_patterns(rules.place_suffixes, tuple(multipliers))
    values = {round(float(number) * multipliers.get(unit, 1), 6) for number, unit in set(figure.findall(body))}
    # the suffixes are searched for and the two characters before each read (a pattern of both is slower)
    before = {body[found.start() - 2:found.start()] for found in suffix.finditer(body)}
    stop = rules.place_stop_chars
    return tuple(sorted(values)), frozenset(name for name in before if _TWO_HAN.fullmatch(name) and not any(char in stop for char in name))


def matchable(story: StoryText) -> bool:
    return story.shingles.size >= MIN_SHINGLES


def signature(story: StoryText) -> np.ndarray:
    """A StoryText → its one-permutation MinHash: BINS 32-bit values (empty when unmatchable).

    Bin b holds the smallest shingle hash whose top bits are b (its low bits); an empty bin takes
    the value of the next filled one to its right (wrapping round) plus its distance in the top
    bits, so two texts agree on a bin with probability their Jaccard, filled or not. Both are the
    first sorted hash at or after the bin's start, less that start (past the last hash: the first
    one, less the start wrapping round 2³²): one search and one subtraction for all the bins."""
    hashes = story.shingles
    if hashes.size < MIN_SHINGLES:
        return _NO_HASHES
    return hashes.take(hashes.searchsorted(_BIN_STARTS), mode="wrap") - _BIN_STARTS


def band_keys(values: np.ndarray | Sequence[int]) -> list[int]:
    """Signature values → LSH band keys: one signed 64-bit number per band, in band order (its
    ``band_hashes``: the band's values and its index mixed, so bands never collide)."""
    if not len(values):
        return []
    return band_hashes(np.asarray(values, dtype="<u4")[None, :BINS])[0].view(np.int64).tolist()


def opening_key(story: StoryText) -> list[int]:
    """A StoryText → the key of its opening (a 64-bit hash of its first OPENING shingles, odd for an
    excerpt, even otherwise), when it has that many; it follows the band keys. An excerpt opens
    where its story opens, but at Jaccard 0.5 (half the story) the bands miss a pair one time in
    eight: an excerpt and the texts that open like it are always candidates (``opening_lookups``).
    Full texts that open alike are not paired by it: many reports share a stock opening."""
    if story.opening.size < OPENING or not matchable(story):
        return []
    digest = hashlib.blake2b(story.opening[:OPENING].astype("<u4").tobytes(), digest_size=8).digest()
    key = int.from_bytes(digest, "little", signed=True)
    return [key | 1 if story.excerpt else key & ~1]


def openings(keys: Sequence[int]) -> Sequence[int]:
    """A document's stored keys → its opening key (none, or one: the one after its BANDS band keys)."""
    return keys[BANDS:]


def opening_lookups(key: int) -> list[int]:
    """A document's opening key → the keys it looks up: an excerpt every text opening like it, a
    full text only the excerpts opening like it."""
    return [key & ~1, key] if key & 1 else [key | 1]


def lookups(keys: Sequence[int]) -> list[int]:
    """A document's stored keys → the keys its candidates are found by (its bands, and its opening's lookups)."""
    return [*keys[:BANDS], *(found for key in openings(keys) for found in opening_lookups(key))]


def packed_signature(values: np.ndarray) -> str | None:
    """Signature values → what the index stores of them (base64 of the 32-bit values; None when empty):
    a stored candidate is screened from it before its text is read."""
    return base64.b64encode(np.asarray(values, dtype="<u4").tobytes()).decode("ascii") if len(values) else None


def unpacked_signature(packed: str | None) -> np.ndarray | None:
    """``packed_signature``'s text → the signature values (None when there is none)."""
    values = np.frombuffer(base64.b64decode(packed), dtype="<u4") if packed else None
    return values if values is not None and values.size == BINS else None


class BandKeys(list[int]):
    """A document's band keys (``bands_of``): a list of int, what the index stores, that also carries
    the StoryText and signature they were made from, so that the story look-up need not make them
    again, in this process or in the one the document is pickled to (a worker builds documents, the
    indexing process assigns their stories). Not stored: a JSON encoder sees the list only."""

    def __init__(self, keys: list[int], text: StoryText, values: np.ndarray) -> None:
        super().__init__(keys)
        self.text = text
        self.values = values

    def __reduce__(self) -> tuple:
        """Pickled as the keys and one buffer of the arrays (three pickled arrays and a dataclass
        took the indexing process more to load than making the text again); not its body, which
        the document carries beside it (``made_text`` gives it back)."""
        text = self.text
        packed = np.concatenate((text.shingles, text.opening, self.values)).tobytes()
        return (_band_keys, (list(self), text.id, text.length, text.excerpt, text.shingles.size, text.opening.size, packed))


def _band_keys(keys: list[int], article_id: str, length: int, excerpt: bool, shingles: int, opening: int,
               packed: bytes) -> BandKeys:
    """BandKeys.__reduce__'s parts → the BandKeys (the arrays: read-only views of the buffers)."""
    data = np.frombuffer(packed, dtype=np.uint32)
    text = StoryText(article_id, length, data[:shingles], data[shingles:shingles + opening], excerpt)
    return BandKeys(keys, text, data[shingles + opening:])


def bands_of(article_id: str, body: str) -> BandKeys:
    """An article's id and simplified body → its band keys and opening key (what the index stores)."""
    text = story_text(article_id, body)
    values = signature(text)
    return BandKeys(band_keys(values) + opening_key(text), text, values)


def made_text(keys: list[int], article_id: str, body: str) -> StoryText | None:
    """A document's band keys, id and simplified body → the StoryText they were made from, when
    they carry it, with that body (a pickled one lacks it: the document carries it beside them)."""
    text = getattr(keys, "text", None)
    if not isinstance(text, StoryText) or text.id != article_id:
        return None
    return text if text.body == body else replace(text, body=body)


def verdict(a: StoryText, b: StoryText, rules: Rules = RULES) -> str | None:
    """Two articles → "copy", "excerpt" or None (different reports). Symmetric in a and b.

    When the shorter text is mostly inside the longer and clearly shorter, it is a part of it:
    an excerpt (same story) when it opens where the longer opens (an aggregator's first half) or
    keeps sentences from across it (a summary), and is not a sliver; otherwise (a brief of a
    round-up, a paragraph quoted elsewhere) a different story. Texts that match but each hold
    particulars the other lacks are look-alikes: one template written up by two cities.
    """
    if not (matchable(a) and matchable(b)):
        return None
    short, long_ = (a, b) if (a.shingles.size, a.id) <= (b.shingles.size, b.id) else (b, a)
    size_short, size_long = short.shingles.size, long_.shingles.size
    if size_short < min(rules.excerpt_share, rules.copy_jaccard) * size_long:
        return None  # a sliver of the other: neither rule can hold (Jaccard ≤ share)
    shared = _shared(short.shingles, long_.shingles)
    share = size_short / size_long
    found: str | None = None
    if shared / size_short >= rules.excerpt_containment:
        if share >= rules.most_share:  # most of the story: a paragraph or two dropped
            found = "copy"
        elif share >= rules.excerpt_share and (_starts_alike(short, long_, rules) or _spread(short, long_, rules) >= max(rules.summary_spread, share + rules.summary_gaps)):
            found = "excerpt"
    elif shared / (size_short + size_long - shared) >= rules.copy_jaccard:
        found = "copy"
    return None if found is None or _look_alikes(short, long_, rules) else found


def _spread(short: StoryText, long_: StoryText, rules: Rules) -> float:
    """How much of the longer text the shorter one is taken from: the longer text cut in
    ``summary_parts`` equal parts, the share of them from the first to the last part that the
    shorter one keeps ``summary_part_kept`` of. A summary keeping sentences of the lead, the middle
    and the end spreads over most of it; a paragraph lifted from inside a round-up over its own
    length (phrases the round-up repeats elsewhere keep less of a part)."""
    if long_.positions.size != long_.shingles.size:
        return 0.0  # made without positions
    parts = rules.summary_parts
    part = long_.positions.astype(np.intp) * parts // 256
    kept = np.isin(long_.shingles, short.shingles, assume_unique=True)
    held = np.flatnonzero(np.bincount(part[kept], minlength=parts) >= rules.summary_part_kept * np.bincount(part, minlength=parts))
    return (int(held[-1]) - int(held[0]) + 1) / parts if held.size else 0.0


def _look_alikes(short: StoryText, long_: StoryText, rules: Rules) -> bool:
    """True when each text holds particulars (figures, place names) the other lacks, at least
    ``swapped_particulars`` of them together: one template (近日，杭州市总工会…为1200名职工… /
    近日，宁波市总工会…为800名职工…) written up by two cities, or one union's formula of two years.
    A copy loses particulars on one side only (an edited lead, a dropped paragraph, an excerpt)
    and a rounded figure is the same figure (3万余元 ~ 3.2万元)."""
    if len(short.places ^ long_.places) + len(set(short.figures) ^ set(long_.figures)) < rules.swapped_particulars:
        return False
    least = rules.swapped_particulars
    only_short, only_long = _figures_lacking(short.figures, long_.figures)
    # counted only as far as the rule needs (a template pair holds dozens; each is compared with its neighbours)
    in_short = len(short.places - long_.places) + len(list(islice(_unrounded(only_short, only_long), least)))
    in_long = len(long_.places - short.places) + len(list(islice(_unrounded(only_long, only_short), least)))
    return min(in_short, in_long) > 0 and in_short + in_long >= least


def _unmatched_figures(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[list[float], list[float]]:
    """Two texts' figures → those of each that the other lacks, a rounded figure matching the
    figure it rounds (3万余元 ~ 3.2万元, 1400余人 ~ 1442人, 近5万 ~ 4.8万)."""
    only_a, only_b = _figures_lacking(a, b)
    return list(_unrounded(only_a, only_b)), list(_unrounded(only_b, only_a))


def _figures_lacking(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[list[float], list[float]]:
    """Two texts' figures → the sorted figures of each that the other does not hold exactly."""
    return sorted(set(a) - set(b)), sorted(set(b) - set(a))


def _unrounded(values: list[float], others: list[float]) -> Iterator[float]:
    """Sorted figures → those that no figure of the sorted ``others`` rounds or is rounded from
    (a rounded figure is within half to twice the exact one: only those are compared)."""
    for value in values:
        if not any(_rounds(value, other) for other in others[bisect_left(others, value / 2):bisect_right(others, value * 2)]):
            yield value


@cache
def _significant(value: float) -> int:
    digits = f"{value:.12g}".split("e")[0].replace(".", "").replace("-", "").strip("0")
    return max(len(digits), 1)


def _rounds(x: float, y: float) -> bool:
    """True when one figure is the other rounded (down or to the nearest) to its fewer significant digits."""
    rounder, exact = (x, y) if _significant(x) <= _significant(y) else (y, x)
    if exact <= 0 or rounder <= 0:
        return False
    step = 10.0 ** (math.floor(math.log10(exact)) - _significant(rounder) + 1)
    return any(math.isclose(rounder, candidate * step) for candidate in (math.floor(exact / step), round(exact / step)))


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """Two sorted sets of distinct hashes → how many they share (each shared one is a pair of equal
    neighbours once both are sorted together: np.intersect1d's way, without its extra passes)."""
    both = np.concatenate((a, b))
    both.sort()
    return int(np.count_nonzero(both[1:] == both[:-1]))


def _starts_alike(short: StoryText, long_: StoryText, rules: Rules) -> bool:
    """True when the shorter text's opening is found at the longer text's opening."""
    window = set(long_.opening[:max(2 * rules.lead_shingles, int(long_.length * rules.lead_window))].tolist())
    lead = short.opening[:rules.lead_shingles].tolist()
    return sum(1 for gram in lead if gram in window) >= 0.8 * len(lead)


@dataclass(frozen=True, eq=False)
class Sketch:
    """A document as the screen reads it: its signature and its number of distinct shingles (exact
    when its text was read, else estimated from the signature)."""

    values: np.ndarray
    size: float


def sketch(values: np.ndarray | None, text: StoryText | None = None) -> Sketch | None:
    """Signature values (a document's ``BandKeys.values``, or its stored signature unpacked) and its
    StoryText when made → its Sketch (None without a full signature: too short to match). The index
    stores the signature, so a stored candidate is screened before its text is read."""
    if values is None or values.size != BINS:
        return None
    return Sketch(values, float(text.shingles.size) if text is not None else _estimated_size(values))


def _estimated_size(values: np.ndarray) -> float:
    """Signature values → about how many distinct shingles made them. The hashes fall like a Poisson
    process over the bins: a filled bin's minimum is where its first one fell, an empty bin saw none
    over its whole width, so the rate is the filled bins over the widths watched (its maximum
    likelihood estimate)."""
    own = values <= _VALUE_MASK  # the filled bins (the others carry a neighbour's value over)
    filled = int(np.count_nonzero(own))
    watched = float(values[own].sum()) / (int(_VALUE_MASK) + 1) + (BINS - filled)
    return BINS * filled / watched if watched else 0.0


def estimated_jaccard(a: Sketch, b: Sketch) -> float:
    """Two documents' sketches → the share of equal signature values (estimates their Jaccard)."""
    return float(np.count_nonzero(a.values == b.values)) / BINS


def screen(values_a: np.ndarray, values_b: np.ndarray, sizes_a: np.ndarray, sizes_b: np.ndarray) -> np.ndarray:
    """Pairs of documents (row i of each: their signatures, P × BINS, and their sizes) → for each
    pair its estimated Jaccard when the verdict may find a match (see SCREEN_*), else 0.0."""
    estimate = _equal_counts(values_a, values_b) / BINS
    larger = np.maximum(sizes_a, sizes_b)
    share = np.divide(np.minimum(sizes_a, sizes_b), larger, out=np.ones_like(larger, dtype=float), where=larger > 0)
    passing = (estimate >= SCREEN_JACCARD) & (share >= SCREEN_SHARE)
    # the containment estimate only where the rest holds and the Jaccard one does not (most pairs fail before)
    unsure = np.flatnonzero(passing & (estimate < SCREEN_COPY))
    near, ratio = estimate[unsure], share[unsure]
    passing[unsure] = near * (1 + 1 / np.maximum(ratio, 1e-9)) / (1 + near) >= SCREEN_CONTAINMENT
    return np.where(passing, estimate, 0.0)


_BYTE_SUM = np.uint64(0x0101010101010101)


def _equal_counts(values_a: np.ndarray, values_b: np.ndarray) -> np.ndarray:
    """Rows of signature values (P × BINS each) → how many values each pair of rows has equal. The
    comparison's booleans read as 64-bit words (a byte each) are added up a row at a time, then a
    word's bytes by one multiplication: four times quicker than np.count_nonzero along the rows."""
    equal = np.equal(values_a, values_b).view(np.uint64)  # a byte per value, 1 where equal: BINS / 8 words a row
    return (equal.sum(axis=1, dtype=np.uint64) * _BYTE_SUM) >> np.uint64(56)  # each byte ≤ BINS / 8, the total ≤ BINS


def may_match(a: Sketch, b: Sketch) -> float:
    """Two documents' sketches → their estimated Jaccard when the verdict may find a match, else 0.0."""
    return float(screen(a.values[None], b.values[None], np.array([a.size]), np.array([b.size]))[0])


def story_id(member_ids: Iterable[str]) -> str:
    """A story's member ids → its id: the smallest (independent of ingest order)."""
    return min(member_ids)


def primary(members: Iterable[Member]) -> str:
    """A story's members → the id of its primary copy (the fullest; ties → smallest id)."""
    def rank(member: Member) -> tuple:
        damaged = sum(1 for flag in member.flags if flag in DAMAGE_FLAGS)
        return (damaged > 0, -member.length, member.script != "simplified", damaged, member.id)

    return min(members, key=rank).id


class Clusters:
    """Union-find over ids whose every set is named by its smallest id."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.sizes: dict[str, int] = {}  # root → how many ids its set holds

    def add(self, item: str) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.sizes[item] = 1

    def find(self, item: str) -> str:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self.parent[high] = low
            self.sizes[low] += self.sizes.pop(high)

    def size(self, item: str) -> int:
        """How many ids the set of ``item`` holds."""
        return self.sizes[self.find(item)]

    def groups(self) -> dict[str, list[str]]:
        """root (the smallest id of the set) → sorted members."""
        out: dict[str, list[str]] = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return {root: sorted(items) for root, items in out.items()}


_BAND_MIX = np.uint64(0x9E3779B97F4A7C15)
_BAND_SALTS = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93))[None, :]
assert ROWS % 2 == 0 and BINS % 8 == 0 and BINS < 256  # a band is read as 64-bit words; ``_equal_counts`` counts in bytes


def band_hashes(values: np.ndarray) -> np.ndarray:
    """Signatures (n × BINS) → one 64-bit number per band of each (n × BANDS): what its band key
    says, as a number (the same band key, the same number; two others alike about one time in 2⁶⁴,
    which only adds a pair to screen). For memory, not stored."""
    words = np.ascontiguousarray(values, dtype="<u4").reshape(-1, BANDS, ROWS).view("<u8")
    hashes = _BAND_SALTS + words[..., 0]
    for column in range(1, ROWS // 2):
        hashes *= _BAND_MIX
        hashes += words[..., column]
    return hashes


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Starts and lengths of ranges → the positions they cover, one range after the other."""
    ends = np.cumsum(counts)
    return np.repeat(starts - ends + counts, counts) + np.arange(int(ends[-1]) if ends.size else 0)


class BandIndex:
    """Band hashes (``band_hashes``) of documents → their slots (numbers the caller gives them), for
    a batch's look-up at once: sorted runs, one per batch, two of about one size merged into one
    (a few searches a batch, never a dict operation per key). A hash held by ``shared`` documents
    pairs no more: shared that widely it is boilerplate, and its pairs would grow with the square
    of its holders."""

    def __init__(self, shared: int) -> None:
        self.shared = shared
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted hashes, their slots)
        self.boilerplate = np.zeros(0, dtype=np.uint64)  # sorted: hashes held by ``shared`` documents

    def add(self, hashes: np.ndarray, slots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A batch's band hashes and their documents' slots, in batch order → filed; the pairs of
        slots sharing a hash (the entry's, and each one filed before it: this batch's earlier ones too)."""
        if not hashes.size:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        order = np.argsort(hashes, kind="stable")
        hashes, slots = hashes[order], slots[order].astype(np.int64)
        positions = np.arange(hashes.size)
        first = np.empty(hashes.size, dtype=bool)
        first[0] = True
        np.not_equal(hashes[1:], hashes[:-1], out=first[1:])
        group = np.maximum.accumulate(np.where(first, positions, 0))  # where each one's equals begin
        earlier = positions - group  # this batch's entries of the same hash before it
        found = [(run.searchsorted(hashes, "left"), run.searchsorted(hashes, "right"), held) for run, held in self.runs]
        before = earlier + sum((high - low for low, high, _ in found), np.zeros(hashes.size, dtype=np.int64))
        keep = before < self.shared
        if not keep.all():
            self.boilerplate = np.union1d(self.boilerplate, hashes[~keep])
        left, right = [], []
        for low, high, held in found:
            counts = np.where(keep, high - low, 0)
            left.append(np.repeat(slots, counts))
            right.append(held[_ranges(low, counts)])
        counts = np.where(keep, earlier, 0)
        left.append(np.repeat(slots, counts))
        right.append(slots[_ranges(group, counts)])
        self._file(hashes[keep], slots[keep])
        return np.concatenate(left), np.concatenate(right)

    def _file(self, hashes: np.ndarray, slots: np.ndarray) -> None:
        self.runs.append((hashes, slots))
        while len(self.runs) > 1 and self.runs[-2][0].size <= 2 * self.runs[-1][0].size:
            (a, slots_a), (b, slots_b) = self.runs.pop(), self.runs.pop()
            both = np.concatenate((a, b))
            order = np.argsort(both, kind="stable")
            self.runs.append((both[order], np.concatenate((slots_a, slots_b))[order]))

    def drop(self, slot: int) -> None:
        """A slot's hashes out (its document is filed again with other keys)."""
        self.runs = [(run[held != slot], held[held != slot]) for run, held in self.runs]

    def is_boilerplate(self, hashes: np.ndarray) -> np.ndarray:
        """Band hashes → whether each is held by ``shared`` documents."""
        return np.isin(hashes, self.boilerplate)


def candidate_pairs(keys: Mapping[str, list[int]]) -> set[tuple[str, str]]:
    """id → stored keys → the pairs of ids one of which looks up a key the other stores (in-memory
    LSH, one batch: ``lookups``)."""
    by_key: dict[int, list[str]] = {}
    for item, item_keys in keys.items():
        for key in item_keys:
            by_key.setdefault(key, []).append(item)
    pairs: set[tuple[str, str]] = set()
    for item, item_keys in keys.items():
        for key in lookups(item_keys):
            for other in by_key.get(key, ()):
                if other != item:
                    pairs.add((min(item, other), max(item, other)))
    return pairs
