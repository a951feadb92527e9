"""Stories: copies of one report (reprints, mirrors, excerpts) → one story. Pure: no I/O.

A story is the set of stored articles that are copies of one report. Detection works on the
*simplified, chrome-free body* the text stage produced (never the headline: copies carry other
headlines), reduced to letters and digits and cut into character shingles:

1. ``signature``: a MinHash (rensa ``RMinHash``, fixed seed, so every process, run and
   cluster node computes the same values) of the body's shingles; ``band_keys`` cuts it into
   LSH bands (``"07:1f3a…"``) that are stored in a keyword field. Candidates for a new article
   are the stored articles sharing a band key (one ``terms`` query; archive.io.stories).
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
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Iterable

from rensa import RMinHash

STORY_FIELDS = ("story_id", "story_size", "story_primary")  # what a reprocess carries over
SHINGLE = 4  # characters: ample for a script of thousands of characters (MMDS §3.2.2)
NUM_PERM = 128
ROWS = 3  # per band: 42 bands of 3 → a pair with Jaccard 0.3 is a candidate with p≈0.68, 0.4 → 0.94
BANDS = NUM_PERM // ROWS
SEED = 20230121
MIN_SHINGLES = 12  # shorter bodies (captions, empty stubs) are never matched: too little to tell

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
    """One article's normalised body and its shingles, in text order (what the verdict compares)."""

    id: str
    text: str
    shingles: tuple[str, ...]

    @property
    def shingle_set(self) -> frozenset[str]:
        return frozenset(self.shingles)


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


def story_text(article_id: str, body: str) -> StoryText:
    """An article's id and simplified body → its StoryText."""
    text = normalise(body)
    grams = tuple(text[i:i + SHINGLE] for i in range(len(text) - SHINGLE + 1))
    return StoryText(article_id, text, grams)


def matchable(story: StoryText) -> bool:
    return len(set(story.shingles)) >= MIN_SHINGLES


@lru_cache(maxsize=1)
def _empty_signature() -> tuple[int, ...]:
    return ()


def signature(story: StoryText) -> list[int]:
    """A StoryText → its MinHash values (NUM_PERM unsigned 32-bit integers; empty when unmatchable)."""
    if not matchable(story):
        return list(_empty_signature())
    minhash = RMinHash(NUM_PERM, SEED)
    minhash.update(sorted(set(story.shingles)))
    return [int(v) for v in minhash.digest()]


def band_keys(values: list[int]) -> list[str]:
    """MinHash values → LSH band keys ``"NN:hex"`` (band index first, so bands never collide)."""
    keys = []
    for band in range(BANDS if values else 0):
        chunk = values[band * ROWS:(band + 1) * ROWS]
        keys.append(f"{band:02d}:" + "".join(f"{v:08x}" for v in chunk))
    return keys


def bands_of(article_id: str, body: str) -> list[str]:
    """An article's id and simplified body → its band keys (what the index stores)."""
    return band_keys(signature(story_text(article_id, body)))


def verdict(a: StoryText, b: StoryText, rules: Rules = RULES) -> str | None:
    """Two articles → "copy", "excerpt" or None (different reports). Symmetric in a and b.

    When the shorter text is mostly inside the longer and clearly shorter, it is a part of it:
    an excerpt (same story) only when it opens where the longer opens and is not a sliver;
    otherwise (a brief of a round-up, a paragraph quoted elsewhere) a different story.
    """
    if not (matchable(a) and matchable(b)):
        return None
    set_a, set_b = a.shingle_set, b.shingle_set
    shared = len(set_a & set_b)
    short, long_ = (a, b) if (len(set_a), a.id) <= (len(set_b), b.id) else (b, a)
    short_set, long_set = (set_a, set_b) if short is a else (set_b, set_a)
    share = len(short_set) / len(long_set)
    if shared / len(short_set) >= rules.excerpt_containment:
        if share >= rules.most_share:  # most of the story: a paragraph or two dropped
            return "copy"
        return "excerpt" if share >= rules.excerpt_share and _starts_alike(short, long_, rules) else None
    return "copy" if shared / len(set_a | set_b) >= rules.copy_jaccard else None


def _starts_alike(short: StoryText, long_: StoryText, rules: Rules) -> bool:
    """True when the shorter text's opening is found at the longer text's opening."""
    window = set(long_.shingles[:max(2 * rules.lead_shingles, int(len(long_.shingles) * rules.lead_window))])
    lead = short.shingles[:rules.lead_shingles]
    return sum(1 for gram in lead if gram in window) >= 0.8 * len(lead)


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

    def add(self, item: str) -> None:
        self.parent.setdefault(item, item)

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
    for items in by_key.values():
        for i, first in enumerate(items):
            for second in items[i + 1:]:
                if first != second:
                    pairs.add((min(first, second), max(first, second)))
    return pairs
