"""Stories: copies of one report (reprints, mirrors, excerpts) → one story. Pure: no I/O.

A story is the set of stored articles that are copies of one report. Detection works on the
*simplified, chrome-free body* the text stage produced (never the headline: copies carry other
headlines), reduced to letters and digits and cut into character shingles:

1. ``signature``: a MinHash (rensa ``RMinHash``, fixed seed, so every process, run and
   cluster node computes the same values) of the body's shingles; ``band_keys`` cuts it into
   LSH bands (``"07:1f3a…"``) that are stored in a keyword field. Candidates for a new article
   are the stored articles sharing a band key (one ``terms`` query; archive.io.stories),
   screened by the MinHash estimate (``estimated_jaccard``) before their text is read.
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

import re
from array import array
from dataclasses import dataclass
from collections.abc import Iterable

from rensa import RMinHash

STORY_FIELDS = ("story_id", "story_size", "story_primary")  # what a reprocess carries over
SHINGLE = 4  # characters: ample for a script of thousands of characters (MMDS §3.2.2)
NUM_PERM = 128
ROWS = 4  # per band: 32 bands of 4 → a pair with Jaccard 0.4 is a candidate with p≈0.56, 0.5 → 0.87, 0.2 → 0.05
BANDS = NUM_PERM // ROWS
SEED = 20230121
MIN_SHINGLES = 12  # shorter bodies (captions, empty stubs) are never matched: too little to tell
# Pairs whose MinHash estimate is below this are not read: a match needs Jaccard ≥ 0.22 (an
# excerpt: containment 0.8 at share 0.3); the estimate's spread over 128 values is about ±0.04.
SCREEN_JACCARD = 0.12
# A match also needs share ≥ 0.3 and (Jaccard ≥ 0.5 or containment ≥ 0.8): the screen asks the same
# of the estimates, less three standard deviations (Jaccard ±0.044 at 0.5; a size from 128 minima
# ±9%, so a share ±12%; the containment ±0.07), so a pair that may match is always read.
SCREEN_SHARE, SCREEN_COPY, SCREEN_CONTAINMENT = 0.2, 0.36, 0.6

# Not part of the report: an aggregator's "read the rest" tail and the like.
_TAILS = re.compile(r"(……|…|\.\.\.)?\s*(阅读全文|查看全文|点击查看全文|展开全文|未完待续|全文阅读|阅读原文)\s*[>》»]*\s*$")
_NOT_TEXT = re.compile(r"[\W_]+")
# Quality flags that make a copy a worse primary (text lost or damaged).
DAMAGE_FLAGS = frozenset({"truncated", "truncated_html", "text_gap", "encoding_damage", "spam_removed", "no_title"})


@dataclass(frozen=True)
class Rules:
    """The thresholds of the match verdict (measured on the reprint set: archive.scoring.reprints)."""

    copy_jaccard: float = 0.5
    excerpt_containment: float = 0.8  # the shorter text is (almost) inside the longer one, and …
    most_share: float = 0.7  # … holds this share of it: a copy with a paragraph or two dropped; or …
    excerpt_share: float = 0.3  # … at least this share, opening where it opens: an excerpt
    lead_shingles: int = 20  # the excerpt's first shingles must appear …
    lead_window: float = 0.1  # … within this share of the longer copy's start (at least 2 × lead_shingles)


RULES = Rules()


@dataclass(frozen=True)
class StoryText:
    """One article's normalised body and the set of its shingles (what the verdict compares)."""

    id: str
    text: str
    shingle_set: frozenset[str]

    def opening(self, count: int) -> list[str]:
        """The first ``count`` shingles, in text order."""
        return [self.text[i:i + SHINGLE] for i in range(min(count, len(self.text) - SHINGLE + 1))]


@dataclass(frozen=True)
class Member:
    """What choosing a story's primary copy reads from each member."""

    id: str
    length: int
    script: str = "simplified"
    flags: tuple[str, ...] = ()


def normalise(body: str) -> str:
    """Simplified body in → letters and digits only, lower case, without a trailing 阅读全文."""
    lines = [line for line in body.split("\n") if line.strip()]
    if lines:
        lines[-1] = _TAILS.sub("", lines[-1])
    return _NOT_TEXT.sub("", "".join(lines)).lower()


def story_text(article_id: str, body: str, normalised: bool = False) -> StoryText:
    """An article's id and simplified body (or its ``normalised`` text) → its StoryText."""
    text = body if normalised else normalise(body)
    return StoryText(article_id, text, frozenset(text[i:i + SHINGLE] for i in range(len(text) - SHINGLE + 1)))


def body_length(body: str) -> int:
    """A simplified body → the length of its normalised text (what ranks copies for the primary)."""
    return len(normalise(body))


def matchable(story: StoryText) -> bool:
    return len(story.shingle_set) >= MIN_SHINGLES


def _signature(grams: set[str]) -> list[int]:
    if len(grams) < MIN_SHINGLES:
        return []
    minhash = RMinHash(NUM_PERM, SEED)
    minhash.update(list(grams))  # a set: the order of shingles does not change a MinHash
    return [int(v) for v in minhash.digest()]


def signature(story: StoryText) -> list[int]:
    """A StoryText → its MinHash values (NUM_PERM unsigned 32-bit integers; empty when unmatchable)."""
    return _signature(set(story.shingle_set))


def band_keys(values: list[int]) -> list[str]:
    """MinHash values → LSH band keys ``"NN:hex"`` (band index first, so bands never collide)."""
    if not values:
        return []
    packed = array("I", values[:BANDS * ROWS]).tobytes().hex()  # one C call, not 126 formats
    width = ROWS * 8
    return [f"{band:02d}:{packed[band * width:(band + 1) * width]}" for band in range(BANDS)]


def bands_of(article_id: str, body: str) -> list[str]:
    """An article's id and simplified body → its band keys (what the index stores)."""
    text = normalise(body)
    if len(text) - SHINGLE + 1 < MIN_SHINGLES:
        return []
    grams = [text[i:i + SHINGLE] for i in range(len(text) - SHINGLE + 1)]
    if len(set(grams[:64])) < MIN_SHINGLES and len(set(grams)) < MIN_SHINGLES:  # a text repeating itself
        return []
    minhash = RMinHash(NUM_PERM, SEED)
    minhash.update(grams)  # repeats do not change a MinHash: no set needed (a quarter of the time)
    return band_keys(minhash.digest())


def verdict(a: StoryText, b: StoryText, rules: Rules = RULES) -> str | None:
    """Two articles → "copy", "excerpt" or None (different reports). Symmetric in a and b.

    When the shorter text is mostly inside the longer and clearly shorter, it is a part of it:
    an excerpt (same story) only when it opens where the longer opens and is not a sliver;
    otherwise (a brief of a round-up, a paragraph quoted elsewhere) a different story.
    """
    if not (matchable(a) and matchable(b)):
        return None
    short, long_ = (a, b) if (len(a.shingle_set), a.id) <= (len(b.shingle_set), b.id) else (b, a)
    size_short, size_long = len(short.shingle_set), len(long_.shingle_set)
    if size_short < min(rules.excerpt_share, rules.copy_jaccard) * size_long:
        return None  # a sliver of the other: neither rule can hold (Jaccard ≤ share)
    shared = len(short.shingle_set & long_.shingle_set)
    share = size_short / size_long
    if shared / size_short >= rules.excerpt_containment:
        if share >= rules.most_share:  # most of the story: a paragraph or two dropped
            return "copy"
        return "excerpt" if share >= rules.excerpt_share and _starts_alike(short, long_, rules) else None
    return "copy" if shared / (size_short + size_long - shared) >= rules.copy_jaccard else None


def _starts_alike(short: StoryText, long_: StoryText, rules: Rules) -> bool:
    """True when the shorter text's opening is found at the longer text's opening."""
    window = set(long_.opening(max(2 * rules.lead_shingles, int(len(long_.text) * rules.lead_window))))
    lead = short.opening(rules.lead_shingles)
    return sum(1 for gram in lead if gram in window) >= 0.8 * len(lead)


def minhash_values(keys: list[str]) -> array:
    """Band keys → their MinHash values in band order. The keys hold all 128 values, so candidates
    can be screened before their text is read."""
    return array("I", bytes.fromhex("".join(key[3:] for key in sorted(keys))))


@dataclass(frozen=True)
class Sketch:
    """A document's MinHash values as the screen reads them: packed into one integer (the equal
    values of two documents are counted with one XOR and one C loop, not 128 comparisons) and
    their sum (which stands for the size of the shingle set: n shingles have minima about 1/(n+1)
    of the hash range)."""

    packed: int
    total: int


def sketch(keys: list[str]) -> Sketch | None:
    """Band keys → the document's Sketch (None when it has no keys: too short to match)."""
    values = minhash_values(keys)
    if len(values) != NUM_PERM:
        return None
    return Sketch(int.from_bytes(values.tobytes(), "little"), sum(values))


# 32-bit lanes of a packed sketch: all but the top bit of each, and the top bit of each
_LOW = int.from_bytes(b"\xff\xff\xff\x7f" * NUM_PERM, "little")
_HIGH = int.from_bytes(b"\x00\x00\x00\x80" * NUM_PERM, "little")


def estimated_jaccard(a: Sketch, b: Sketch) -> float:
    """Two documents' sketches → the share of equal MinHash values (estimates their Jaccard).

    Equal values are the zero lanes of a XOR, counted all at once: a lane's low 31 bits plus
    0x7fffffff reach its top bit when any is set (and never carry into the next lane), so the top
    bits left unset by that sum and by the lane itself mark the zero lanes."""
    difference = a.packed ^ b.packed
    nonzero = ((difference & _LOW) + _LOW) | difference
    return (~nonzero & _HIGH).bit_count() / NUM_PERM


def may_match(a: Sketch, b: Sketch) -> float:
    """Two documents' sketches → their estimated Jaccard when the verdict may find a match
    (the screen: see SCREEN_*), else 0.0."""
    estimate = estimated_jaccard(a, b)
    if estimate < SCREEN_JACCARD:
        return 0.0
    mean_a, mean_b = a.total, b.total
    share = min(mean_a, mean_b) / max(mean_a, mean_b) if mean_a and mean_b else 1.0
    if share < SCREEN_SHARE:
        return 0.0
    containment = estimate * (1 + 1 / share) / (1 + estimate)
    return estimate if estimate >= SCREEN_COPY or containment >= SCREEN_CONTAINMENT else 0.0


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


def candidate_pairs(keys: dict[str, list[str]]) -> set[tuple[str, str]]:
    """id → band keys → the pairs of ids sharing at least one key (in-memory LSH, one batch)."""
    by_key: dict[str, list[str]] = {}
    for item, item_keys in keys.items():
        for key in item_keys:
            by_key.setdefault(key, []).append(item)
    pairs: set[tuple[str, str]] = set()
    done: set[tuple[str, ...]] = set()
    for listed in by_key.values():
        items = tuple(listed)
        if len(items) < 2 or items in done:  # copies share all their bands: their pairs once, not once a band
            continue
        done.add(items)
        for i, first in enumerate(items):
            for second in items[i + 1:]:
                if first != second:
                    pairs.add((min(first, second), max(first, second)))
    return pairs
