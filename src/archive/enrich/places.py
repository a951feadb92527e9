"""Title and paragraphs (+ the publisher) → venue places and places mentioned (dev-corpus README
"Places"). The cue words are data: places.yaml ``cues``; papers and sites: publishers.yaml.

1. Find every written form of a unit (full name, short form, abbreviation fused with 留/在/来,
   a township with its suffix: 横店镇, 大浪街道 stand for 东阳市, 龙华区).
2. Read the publisher from the page header, a masthead, a ``来源：`` line or the address
   (publishers.yaml); those lines are page furniture, not the article's places.
3. Resolve each mention against the article's context: the cities and provinces it names
   without ambiguity and the publisher's place (a 宁波 article's 海曙 and 江北 are 宁波's).
   Short forms that are also words (和平, 东方) need a parent place or a fused 工会 to count;
   a township name shared by several counties (城关镇) needs its county or city named.
4. Give each mention a role from its neighbours: ``union`` (海曙区总工会, 宁波工会), ``coactor``
   (inside another organisation's name: 龙湖区禁毒办, 中通台州分拨中心), ``away`` (来自安徽阜阳,
   前往贵州, 非台州籍), ``qualifier`` (绍兴 in 绍兴越城区), ``quoted`` (in a short quoted name),
   ``plain`` otherwise. 我市/我区/全县 and a bare 区总工会 are the publisher's area when the
   article names no other place of that level.
5. Venues are the reporting unions' areas: union places in the headline, union places the lead
   or body makes actors (subject of a clause, co-organiser, organiser of an event, repeated).
   Without any union place, fall back to the headline's places, an enterprise's home, the
   lead's places, the publisher's place.
6. Mentioned places are the other resolved places, less the venues' ancestors (浙江 in a 宁波
   story), the venues' own sub-places unless marked ``away``, co-actors and quoted names.
"""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, KeysView
from typing import Final

from archive.enrich.context import ArticleContext, Block
from archive.enrich.matching import any_in, first_in, heads, inside, per_vocabulary, run_after, run_stops, short_quotes
from archive.enrich.scanner import (
    ABBREVIATION_FUSED, ABBREVIATION_LED, AWAY, FURNITURE, ORG_SUFFIX, PARTNER, PLACE, PUBLISHER, TOWNSHIP_SUFFIX, Spans,
    vocabulary_scanner,
)
from archive.model import Place
from archive.sentences import CLAUSE_END
from archive.text.segment import Segmenter, tokenizer_for
from archive.vocabulary import Vocabulary
from archive.vocabulary.gazetteer import PlaceCues, Surface, Unit

_SENTENCE_STOPS: Final = "。！？!?"
_PROSE_MARKS: Final = "，,。；;！？!?"  # what a sentence holds and a navigation bar does not
_LEVELS: Final = {"province": 0, "city": 1, "county": 2}


class Mention:
    """A written form of a place in a block, and the unit resolving it picked (None: unsure).

    A plain slotted class, not a dataclass: compiled, its constructor is native, where a
    dataclass's generated ``__init__`` runs as interpreted Python (~2.7k instructions a mention)."""

    __slots__ = ("block", "end", "start", "surface", "text", "unit")

    def __init__(self, start: int, end: int, text: str, surface: Surface, block: int, unit: Unit | None = None):
        self.start = start
        self.end = end
        self.text = text
        self.surface = surface
        self.block = block  # 0 = headline lines, 1.. = body paragraphs
        self.unit = unit

    def __repr__(self) -> str:
        return f"Mention({self.text!r}, {self.start}, {self.end}, block={self.block})"


class Placed:
    """A mention resolved to its unit, with its role: what the role, venue and mentioned-place
    rules read (their unit is never None)."""

    __slots__ = ("block", "end", "role", "self_reference", "start", "surface", "text", "unit")

    def __init__(self, start: int, end: int, text: str, surface: Surface, block: int, unit: Unit,
                 role: str = "plain", self_reference: bool = False):
        self.start = start
        self.end = end
        self.text = text
        self.surface = surface
        self.block = block  # 0 = headline lines, 1.. = body paragraphs
        self.unit = unit
        self.role = role
        self.self_reference = self_reference  # 我市, 区总工会: the publisher's area

    def __repr__(self) -> str:
        return f"Placed({self.text!r}, {self.start}, {self.end}, block={self.block}, role={self.role!r})"


def find_places(title: str, paragraphs: list[str], vocabulary: Vocabulary, newspaper: str | None = None,
                location: str | None = None, context: ArticleContext | None = None) -> tuple[list[Place], list[Place]]:
    """Headline, body paragraphs, the page's newspaper and address → (venue_places, places_mentioned).
    ``context``: the article's context over the same headline and paragraphs (its blocks' scans,
    stops and quotes are shared with the other facets); built here when not given."""
    cues = _cues(vocabulary)
    blocks = [title, *paragraphs]
    if context is None:
        context = ArticleContext.from_text([title], paragraphs, vocabulary)
    publisher, chrome = _publisher(context.blocks, newspaper, location, vocabulary)
    skip = _list_lines(blocks, vocabulary) | chrome
    mentions: list[Mention] = []
    furniture_words = _furniture_heads(vocabulary)
    township_names, longest_township = vocabulary.gazetteer.townships.names, _longest_township(vocabulary)
    for index, whole in enumerate(blocks):
        if index and index in skip:
            continue
        # a body line with furniture (电话:…) loses it, or is all furniture (the search runs
        # again only on a cut line: the first match may have started the cut-off part)
        may_hold = furniture_words is None or context.blocks[index].spans.has(FURNITURE)
        text, furniture = (_before_furniture(whole, cues) if index and may_hold else (whole, False))
        hits = context.blocks[index].spans.of(PLACE)
        if len(text) < len(whole):  # (the cut is at a sentence stop, which no place name holds)
            hits = [h for h in hits if h[1] <= len(text)]
        hits = _with_townships(hits, text, context.blocks[index].spans, township_names, longest_township)
        if index and (furniture or _mostly_places(text, hits)):
            continue
        mentions.extend(_mentions(text, index, hits, vocabulary, context.blocks[index].spans))
    own_levels: list[set[str]] = []  # the levels the article calls its own, found when first asked

    def levels() -> set[str]:
        if not own_levels:
            own_levels.append(_self_levels(context.blocks, vocabulary))
        return own_levels[0]

    _resolve(mentions, blocks, vocabulary, publisher, levels)
    if publisher is None or publisher.level == "province":
        # (a provincial paper's county story: its 县总工会 is the county's, not the province's)
        own = _native_county(mentions, blocks, cues, levels)
        if own is not None and (publisher is None or own.province == publisher.province):
            publisher = own
    resolved = [Placed(m.start, m.end, m.text, m.surface, m.block, m.unit) for m in mentions if m.unit is not None]
    quotes: dict[int, tuple[tuple[int, int], ...]] = {}  # block → its short quotes, found once
    for m, after in zip(resolved, [*resolved[1:], None]):
        limit = after.start if after is not None and after.block == m.block else None
        text = blocks[m.block]
        if m.block not in quotes:
            # a quoted name of up to 12 characters: the context's quotes (up to 16) are those
            # and longer ones (a quote holds no other opening mark, so none hides another)
            quotes[m.block] = tuple((a, b) for a, b in context.blocks[m.block].quotes if b - a - 2 <= 12)
        m.role = _role(m, text, vocabulary, limit, quotes[m.block], context.blocks[m.block].spans)
    if publisher is not None:
        resolved = sorted(resolved + _self_mentions(blocks, skip, resolved, publisher, vocabulary), key=lambda m: (m.block, m.start))
    _mark_qualifiers(resolved)
    role_words = _role_words(vocabulary)
    _share_list_roles(resolved, blocks, role_words.list_joiners, role_words.visit_before)
    venues = _venues(resolved, context.blocks, cues, publisher) or ([publisher] if publisher is not None else [])
    return [to_place(u) for u in venues], [to_place(u) for u in _mentioned(resolved, venues, blocks)]


def to_place(unit: Unit) -> Place:
    """Unit → Place with official names; a whole municipality keeps the province only."""
    # (arguments by position, in the order of Place's fields: keywords make the class call build
    # a dict of them first)
    if unit.level == "province" or (unit.level == "city" and unit.city == unit.province):
        return Place(unit.province, None, None, _place_code(unit), unit.zone)  # province, city, county, code, name
    return Place(unit.province, unit.city, unit.county, _place_code(unit), unit.zone)


def _place_code(unit: Unit) -> str | None:
    """Unit → the code of its Place (``to_place``), without building the Place."""
    if unit.level == "province":
        return unit.code
    if unit.level == "city" and unit.city == unit.province:
        return unit.province_code
    return unit.code if not unit.zone or unit.county else unit.city_code


def _cues(vocabulary: Vocabulary) -> PlaceCues:
    cues = vocabulary.gazetteer.cues
    if cues is None:
        raise ValueError("the gazetteer was built without places.yaml cues")
    return cues


# --- the publisher ---------------------------------------------------------------------------

def _publisher(blocks: list[Block], newspaper: str | None, location: str | None, vocabulary: Vocabulary) -> tuple[Unit | None, set[int]]:
    """Page header, masthead / 来源 / greeting / dateline lines, address → (the publisher's place,
    indexes of the lines that only name the publisher). The first publisher with a place wins,
    in that order; a national one (工人日报) gives none."""
    g, cues = vocabulary.gazetteer, _cues(vocabulary)
    register = g.publishers
    found: list[Unit | None] = []
    chrome: set[int] = set()
    if newspaper:
        found.append(_named_publisher(newspaper, vocabulary, blocks))
    for index, block in enumerate(blocks[1:], start=1):
        line = block.text.strip()
        if len(line) <= cues.source_line_max:
            for regex in (cues.source_line, cues.greeting_line):
                hit = regex.search(line)
                if hit:
                    found.append(_named_publisher(hit.group(1), vocabulary, blocks))
                    chrome.add(index)
        if index <= 3 and (_is_masthead(block, vocabulary) or _is_media_line(block, cues)):
            found.append(_named_publisher(line, vocabulary, blocks))  # a masthead: 浙江工人日报 数字报纸
            chrome.add(index)
        dateline = cues.dateline.match(line) if "讯" in line[:12] else None
        if dateline and register is not None and register.in_text(dateline.group(1)):
            found.append(_named_publisher(dateline.group(1), vocabulary, blocks))  # 苏报讯(记者 …)
    if register is not None and location:
        found.append(_place_at_address(location, vocabulary))
    return next((u for u in found if u is not None), None), chrome


def _place_at_address(location: str, vocabulary: Vocabulary) -> Unit | None:
    """A page address → the registered publisher's place, once per address (a page's articles
    share it)."""
    known = _places_at_addresses(vocabulary)
    if location not in known:
        if len(known) >= 10_000:
            known.clear()
        register = vocabulary.gazetteer.publishers
        at = register.at(location) if register is not None else None
        known[location] = at.place if at else None
    return known[location]


@per_vocabulary
def _places_at_addresses(vocabulary: Vocabulary) -> dict[str, Unit | None]:
    """Vocabulary → its memo of page address → publisher's place."""
    return {}


def _is_masthead(block: Block, vocabulary: Vocabulary) -> bool:
    """Is the line a publisher's name and little else (浙江工人日报 数字报纸, 《安徽工人日报》(…头版))?
    A subtitle naming a union (宁波市总工会开展送温暖活动) is not. The name is the first one the
    block's scan found (the register's names and aliases: scanner kind ``publisher``)."""
    names = block.spans.of(PUBLISHER)
    if not names:
        return False
    text = block.text
    start, end = names[0]
    rest = text[:start] + text[end:]  # (the spaces around the line are no ideographs: nothing to strip)
    return _ideographs_at_most(rest, _cues(vocabulary).masthead_extra_max)


def _ideographs_at_most(text: str, limit: int) -> bool:
    """Does the text hold at most ``limit`` Chinese characters (U+4E00–U+9FFF)? 浙江工人日报 数字报纸
    less its name holds 4. The count stops at the first one over the limit: the lines checked
    for a masthead are often whole paragraphs, and counting them through cost 6% of enrichment."""
    count = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            count += 1
            if count > limit:
                return False
    return True


def _is_media_line(block: Block, cues: PlaceCues) -> bool:
    """Is the line an unregistered medium's masthead or account line: a place opening it, one of
    places.yaml media_after right after the place, and at most masthead_extra_max other Chinese
    characters (于都县融媒体中心, 于都融媒 2026-02-12 10:30), or a union's name with nothing but
    places and account_chars after it (青海省总工会 2026年07月10日 青海)? A subtitle saying what
    happened (于都县融媒体中心记者走进工地采访一线职工, 青海省总工会送清凉) is not."""
    hits = block.spans.of(PLACE)
    if not hits:
        return False
    text = block.text
    start, end = hits[0]
    if text[:start].strip():
        return False
    if text.startswith(cues.media_after, end):
        name_end = end + next(len(w) for w in cues.media_after if text.startswith(w, end))
        return _ideographs_at_most(text[name_end:], cues.masthead_extra_max)
    union = next((w for w in cues.union_after if text.startswith(w, end)), None)
    if union is None:
        return False
    # an account line: the union's name, then only places (its IP region), dates and times
    at = end + len(union)
    for a, b in hits[1:]:
        if not _only_account_chars(text[at:a], cues):
            return False
        at = max(at, b)
    return _only_account_chars(text[at:], cues)


def _only_account_chars(text: str, cues: PlaceCues) -> bool:
    """Is every Chinese character of the text one of places.yaml account_chars (年月日: a date)?"""
    return not any("\u4e00" <= ch <= "\u9fff" and ch not in cues.account_chars for ch in text)


def _named_publisher(name: str, vocabulary: Vocabulary, blocks: list[Block]) -> Unit | None:
    """A publisher's name → its registered place, else the place its name opens with, after a
    media prefix (应城市总工会 → 应城市, 丽水日报 → 丽水市, 今日象山 → 象山县). A name several
    places share is the one of the level the article calls its own (滨海 is 滨海新区 and 滨海县:
    a paper writing 我区, 区总工会 is the district's), else none."""
    g = vocabulary.gazetteer
    registered = g.publishers.in_text(name) if g.publishers is not None else None
    if registered is not None:
        return registered.place
    name = name.strip("《》 ")
    for prefix in _cues(vocabulary).publisher_prefixes:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    hits = vocabulary_scanner(vocabulary).scan(name).of(PLACE)
    if hits and hits[0][0] == 0:
        surface = g.surfaces.get(name[: hits[0][1]])
        if surface is not None and not surface.is_word and surface.kind != "abbreviation":
            units = _city_over_its_county(list(surface.units), set())  # 吉安日报: 吉安市's
            if len(units) == 1:
                return units[0]
            levels = _self_levels(blocks, vocabulary)
            fitting = [u for u in surface.units if u.level == "county" and _level_word(u) in levels]
            if len(fitting) == 1:
                return fitting[0]
    return None


def _self_levels(blocks: list[Block], vocabulary: Vocabulary) -> set[str]:
    """The levels (市, 区, 县, 省) the article's body calls its own: 我区, 全县, a bare 区总工会."""
    cues = _cues(vocabulary)
    words, levels = _self_words(vocabulary)
    out: set[str] = set()
    for block in blocks[1:]:
        out.update(m.group(1) for m in cues.self_union.finditer(block.text))
        out.update(levels[m.group()] for m in words.finditer(block.text))
    return out


def _self_unit(level: str, publisher: Unit, vocabulary: Vocabulary) -> Unit | None:
    """A level word (市/区/县/省) and the publisher's place → the unit the article means by
    我市 / 区总工会 (a district paper's 我市 is its city; a county-level city's is itself; an
    autonomous region's paper's 我区 is the region)."""
    by_path = vocabulary.gazetteer.by_path
    name = publisher.county or ""
    if level == "省":
        return by_path.get((publisher.province, None, None))
    if level == "市":
        if publisher.level == "city" or (publisher.level == "county" and name.endswith("市")):
            return publisher
        if publisher.level == "county":
            return by_path.get((publisher.province, None if publisher.city == publisher.province else publisher.city, None))
        return publisher if publisher.province.endswith("市") else None
    if level == "区":
        if publisher.level == "province" and publisher.province.endswith("自治区"):
            return publisher  # a region's paper (宁夏日报) calls the region 我区/全区
        return publisher if publisher.level == "county" and name.endswith("区") else None
    if level == "县":
        return publisher if publisher.level == "county" and name.endswith(("县", "旗")) else None
    return None


def _self_mentions(blocks: list[str], skip: set[int], resolved: list[Placed], publisher: Unit,
                   vocabulary: Vocabulary) -> list[Placed]:
    """我市/全区/本县 (plain) and a bare 市总工会/区总工会 (union) → mentions of the publisher's area,
    unless the article names another place of that level outside it (then 我市 is ambiguous)."""
    cues = _cues(vocabulary)
    out = []
    for index, text in enumerate(blocks):
        if index in skip:
            continue
        found = [(m.start(), m.end(), m.group(1), "union") for m in cues.self_union.finditer(text)]
        words, levels = _self_words(vocabulary)
        found += [(m.start(), m.end(), levels[m.group()], "plain") for m in words.finditer(text)]
        for start, end, level, role in found:
            if inside([(m.start, m.end) for m in resolved if m.block == index], start):
                continue
            unit = _self_unit(level, publisher, vocabulary)
            if unit is None or _other_of_level(resolved, unit, level):
                continue
            mention = Placed(start, end, text[start:end], Surface((unit,), "alias"), index, unit, role, self_reference=True)
            out.append(mention)
    return out


@per_vocabulary
def _self_words(vocabulary: Vocabulary) -> tuple[re.Pattern, dict[str, str]]:
    """Vocabulary → (a regex over 我市/全区/本县…, {word: its level word})."""
    levels = {word: level for level, words in _cues(vocabulary).self_words.items() for word in words}
    return re.compile("|".join(map(re.escape, sorted(levels, key=len, reverse=True))) or "(?!)"), levels


def _other_of_level(resolved: list[Placed], unit: Unit, level: str) -> bool:
    """Does the article name a place written with ``level`` (市: 宁波市, 余姚市) other than ``unit``,
    its ancestors and its sub-places?"""
    for m in resolved:
        other = m.unit
        if m.role in ("away", "quoted", "street", "landmark", "product", "coactor", "branch", "sector", "dateline") or other.code == unit.code:
            continue
        if _is_ancestor(other, unit) or _same_city(other, unit):
            continue  # its own province or city (嘉兴市级 in a 平湖 paper); a sub-place of the level is another
        if other.zone and other.level == "county":
            continue  # a township or zone stands for a unit, it is not one of a level
        if _level_word(other) == level:
            return True
    return False


def _level_word(unit: Unit) -> str:
    if unit.level == "province":
        return "省" if not unit.province.endswith("市") else "市"
    if unit.level == "city":
        return "市"
    name = unit.county or ""
    return "市" if name.endswith("市") else "区" if name.endswith("区") else "县"


# --- finding and resolving mentions ----------------------------------------------------------

def _before_furniture(text: str, cues: PlaceCues) -> tuple[str, bool]:
    """A body paragraph that ends in page furniture (…等地的长线加班车。东站服务电话:0578-…)
    → (its sentences before the furniture, False); a line that opens with furniture stays whole
    and is furniture (footers hold no places): (the line, True). (Asked only of a block whose
    scan found a word furniture opens with: scanner kind ``furniture``.)"""
    found = cues.furniture.search(text)
    if not found:
        return text, False
    cut = max(text.rfind(ch, 0, found.start()) for ch in _SENTENCE_STOPS)
    if cut <= 0:
        return text, True
    text = text[: cut + 1]
    return text, cues.furniture.search(text) is not None


@per_vocabulary
def _furniture_heads(vocabulary: Vocabulary) -> tuple[str, ...] | None:
    """Vocabulary → the words a furniture match opens with (版权, 电话 …: ``matching.heads``;
    the scanner's kind ``furniture``), None when they cannot be told (every block is searched)."""
    return heads(_cues(vocabulary).furniture)


def _mostly_places(text: str, hits: list[tuple[int, int]]) -> bool:
    """Navigation bars (a line that is mostly place names) hold no places. A line with a comma or
    a sentence stop is a sentence, however many places it lists (包车开往信阳、周口、项城、邓州等地)."""
    if len(hits) < 6 or any(ch in text for ch in _PROSE_MARKS):
        return False
    return sum(end - start for start, end in hits) > 0.4 * len(re.sub(r"\s", "", text))


def _list_lines(blocks: list[str], vocabulary: Vocabulary) -> set[int]:
    """Indexes of lines in a run of three or more lines that are each one place name (a nav bar)."""
    surfaces = vocabulary.gazetteer.surfaces
    separators = _cues(vocabulary).separators
    longest = _longest_surface(vocabulary)
    # a line whose opening 2·longest+2 characters already hold more than ``longest`` that are
    # not separators is no bare name (a paragraph): only that opening is read
    # (and when a separator is one character, an opening longest+1 characters holding none
    # already says so: a search of them, no copy)
    single = _one_char_separators(vocabulary)
    bare = [not (single and len(b) > longest and separators.search(b, 0, longest + 1) is None)
            and len(separators.sub("", b[: 2 * longest + 2])) <= longest and separators.sub("", b) in surfaces for b in blocks]
    out: set[int] = set()
    run: list[int] = []
    for index, flag in enumerate(bare + [False]):
        if flag:
            run.append(index)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


@per_vocabulary
def _one_char_separators(vocabulary: Vocabulary) -> bool:
    """Vocabulary → does its separators pattern match one character at a time (a class or a literal)?"""
    parsed = re_parser.parse(_cues(vocabulary).separators.pattern)
    return len(parsed) == 1 and parsed[0][0] in (re_constants.IN, re_constants.LITERAL)


@per_vocabulary
def _longest_township(vocabulary: Vocabulary) -> int:
    """Vocabulary → the length of its longest township name."""
    return max(map(len, vocabulary.gazetteer.townships.names), default=0)


@per_vocabulary
def _longest_surface(vocabulary: Vocabulary) -> int:
    """Vocabulary → the length of its longest written form of a place."""
    return max(map(len, vocabulary.gazetteer.surfaces), default=0)


def _with_townships(hits: list[tuple[int, int]], text: str, spans: Spans, names: KeysView[str],
                    longest: int) -> list[tuple[int, int]]:
    """Surface hits + township names found back from each suffix (横店镇, 大浪街道) → the hits,
    leftmost-longest where they overlap. Only a suffix is searched: townships are 30k names whose
    first characters are common, their suffixes are rare. ``spans``: the block's scan (its
    ``township_suffix`` words, the suffixes of ``Townships.suffixes``; ``text`` may be the
    block cut short), ``names``: the township names, ``longest``: the longest one's length."""
    if not spans.has(TOWNSHIP_SUFFIX):
        return hits  # no suffix at all (most paragraphs)
    found = []
    for _, end in spans.of(TOWNSHIP_SUFFIX):
        if end > len(text):
            break  # past a cut (suffixes hold no sentence stop, so none straddles it)
        for start in range(max(0, end - longest), end - 2):
            if text[start:end] in names:
                found.append((start, end))
                break
    if not found:
        return hits
    merged: list[tuple[int, int]] = []
    for span in sorted(hits + found, key=lambda h: (h[0], -h[1])):
        if merged and span[0] < merged[-1][1]:
            continue  # overlaps the leftmost (longest) span kept
        merged.append(span)
    return merged


def _mentions(text: str, block: int, hits: list[tuple[int, int]], vocabulary: Vocabulary, spans: Spans) -> list[Mention]:
    """A block's (perhaps cut) text and its place hits → its mentions, with the one-character
    abbreviations fused with 留/在 or 工会 (留甬, 甬城) that its scan found (``spans``: the block's)."""
    g = vocabulary.gazetteer
    not_before = _cues(vocabulary).township_not_before
    government = _cues(vocabulary).government_after
    surnames = _surnames(vocabulary)
    out = []
    for start, end in hits:
        name = text[start:end]
        surface = g.surfaces.get(name)
        if surface is not None and surface.kind == "short" and text[start - 1 : start] in surnames and start > 0:
            if _given_name(text, start, end, hits, vocabulary):
                continue  # 职工李朝阳, 王江北表示: a person's given name, not 朝阳市 or 江北区
        if surface is None:
            surface = g.townships[name]
            if text.startswith(not_before.get(name[-1], ()), end):
                continue  # 振兴乡村: not the township 振兴乡
        elif (surface.kind == "full" and text[end - 1 : end + 1] in g.suffix_words and _word_stem(name, g.surfaces)
                and not text.startswith(government, end - 1)):
            continue  # 一线职工和县级劳模, 新建区域: 和 + 县级, 新建 + 区域, not 和县, 新建区 (远安县委 is 远安县's)
        out.append(Mention(start, end, name, surface, block))
    found = len(out)
    # an abbreviation is the last character of a led pair (留甬) or the first of a fused one (甬城)
    limit = len(text)
    at = {end - 1 for _, end in spans.every(ABBREVIATION_LED) if end <= limit}
    at.update(start for start, end in spans.every(ABBREVIATION_FUSED) if end <= limit)
    for pos in sorted(at):
        # 带来温暖 is no 来温, but 留通过年 is 留X过年 whatever the word after
        word = text[pos : pos + 2] in g.abbreviation_words and text[pos - 1 : pos] != "留"
        if not inside(hits, pos) and not word:
            char = text[pos]
            out.append(Mention(pos, pos + 1, char, Surface((g.abbreviations[char],), "abbreviation"), block))
    # the hits come in text order: only added abbreviations need a sort
    return sorted(out, key=lambda m: m.start) if len(out) > found else out


def _given_name(text: str, start: int, end: int, hits: list[tuple[int, int]], vocabulary: Vocabulary) -> bool:
    """Is the place's short form at text[start:end], right after a surname, a person's given name?
    Chinese names are a surname and one or two characters, and a place's short form is a common
    given name (朝阳, 江北, 海城); no place suffix (区, 市, 县) follows it there. The name stands in
    a person's position: after a word naming the person (职工李朝阳, 环卫工人王江北, 记者张海城:
    people.yaml roles, places.yaml person_before), or before a speech verb (李朝阳说, 王江北表示:
    labels.yaml speech_verbs). A surname character that ends another place is none (浙江金华:
    江 ends 浙江)."""
    surname = start - 1
    if inside([h for h in hits if h[1] <= start], surname):
        return False
    double = text[surname - 1 : start] in vocabulary.people.double_surnames
    if _person_words(vocabulary).end_at(text, surname - 1 if double else surname):
        return True
    return vocabulary.cues.speech_verbs.match(text, end) is not None


@per_vocabulary
def _surnames(vocabulary: Vocabulary) -> frozenset[str]:
    """Vocabulary → the characters a surname ends with (people.yaml surnames, double surnames)."""
    people = vocabulary.people
    return frozenset(people.surnames) | frozenset(s[-1] for s in people.double_surnames if s)


@per_vocabulary
def _person_words(vocabulary: Vocabulary) -> _Words:
    """Vocabulary → the words a person's name follows (people.yaml roles, places.yaml person_before)."""
    return _Words(tuple(vocabulary.people.roles) + tuple(_cues(vocabulary).person_before))


def _word_stem(name: str, surfaces: dict[str, Surface]) -> bool:
    """Is a full name's stem (the name less its suffix) one character (和县, 兴县) or an ordinary
    word (新建区: 新建), so that the name may be a word and the start of another run together?"""
    stem = surfaces.get(name[:-1])
    return len(name) == 2 or (stem is not None and stem.is_word)


def _native_county(mentions: list[Mention], blocks: list[str], cues: PlaceCues, levels: Callable[[], set[str]]) -> Unit | None:
    """No publisher (or a province's): the one county (县, 旗) named as the home of the article's people (于都籍务工人员:
    places.yaml native_after) or opening the headline as its dateline (于都：…), when the article
    calls its own level 县 (县总工会, 我县), else None. 县总工会组织于都籍务工人员返岗: a county
    union sends its own people to work, so its bare 县总工会 and 我县 are 于都县's."""
    found = {m.unit for m in mentions if m.unit is not None and m.unit.level == "county" and m.unit.zone is None
             and (_native(m, blocks[m.block], cues) or _dateline(m, blocks[m.block], cues))}
    if len(found) != 1:
        return None
    unit = next(iter(found))
    return unit if _level_word(unit) == "县" and "县" in levels() else None


def _native(m: Mention, text: str, cues: PlaceCues) -> bool:
    """Is the mention a county's people's home (于都籍, not 非于都籍: places.yaml native_after)?"""
    return text.startswith(cues.native_after, m.end) and not text.endswith(cues.native_not_before, 0, m.start)


def _dateline(m: Mention, text: str, cues: PlaceCues) -> bool:
    """Does the mention open the headline before a colon (于都：…: places.yaml dateline_after)?"""
    return m.block == 0 and m.start == 0 and text.startswith(cues.dateline_after, m.end)


def _anchored(m: Mention, text: str, cues: PlaceCues, levels: Callable[[], set[str]]) -> list[Unit]:
    """A county's short form the article vouches for without its city → its units so vouched for:
    one opening the headline before a colon (于都：…, places.yaml dateline_after), or one naming
    its people's home (于都籍: native_after) in an article calling its own level the county's
    (县总工会, 我县); else none. (Its province named and its level the article's own is not enough:
    tried, two-character short forms inside words came through.)"""
    counties = [u for u in m.surface.units if u.level == "county"]
    if _dateline(m, text, cues):
        return counties
    if counties and _native(m, text, cues):
        own = levels()
        return [u for u in counties if _level_word(u) in own]
    return []


def _city_over_its_county(candidates: list[Unit], named: set[str]) -> list[Unit]:
    """A short form both a city and one of its counties take (吉安: 吉安市 and 吉安县; 朝阳: 朝阳市 and
    朝阳县, and districts of 北京 and 长春; 承德: 承德市 and 承德县) is the city, not that county,
    unless the article writes the county in full (吉安县): news writes a county in full where its
    name would be its city's. Other units of the name stay candidates (the article's places
    decide: ``_by_context``). ``named``: the codes of the units written in full."""
    cities = {(u.province, u.city) for u in candidates if u.level == "city"}
    if not cities:
        return candidates
    return [u for u in candidates if u.level != "county" or (u.province, u.city) not in cities or u.code in named]


def _resolve(mentions: list[Mention], blocks: list[str], vocabulary: Vocabulary, publisher: Unit | None,
             levels: Callable[[], set[str]] | None = None) -> None:
    """Pick each mention's unit by the article's unambiguous places and the publisher's place;
    drop what stays unsure. ``levels``: the levels the article calls its own (市, 县: 县总工会, 我县),
    asked only of a short form nothing else vouches for."""
    cues = _cues(vocabulary)
    # the article's cities (province, city) and provinces named without ambiguity: whether one
    # is named is all the rules ask
    cities: set[tuple[str, str | None]] = set()
    provinces: set[str] = set()
    counties: set[str] = set()
    for m in mentions:
        unit = m.surface.units[0]
        # Context comes from names that stand alone: not from county short forms, which
        # themselves need context (和政 inside 党和政府 must not vouch for 甘肃).
        if len(m.surface.units) == 1 and not m.surface.is_word and not (m.surface.kind == "short" and unit.level == "county"):
            provinces.add(unit.province)
            if unit.level != "province":
                cities.add((unit.province, unit.city))
            if unit.level == "county":
                counties.add(unit.code)
    if publisher is not None:
        provinces.add(publisher.province)
        if publisher.level != "province" or publisher.province.endswith("市"):
            cities.add((publisher.province, publisher.city or publisher.province))
        if publisher.level == "county":
            counties.add(publisher.code)
    named = {m.surface.units[0].code for m in mentions if m.surface.kind not in ("short", "township") and len(m.surface.units) == 1}
    roles = _role_words(vocabulary)
    joiners = roles.list_joiners
    met = _meeting_counties(mentions)
    townships: list[tuple[Mention, list[Unit], bool]] = []  # resolved once the other places are
    for i, m in enumerate(mentions):
        previous = mentions[i - 1] if i else None
        parent = previous.unit if previous and previous.end == m.start and previous.block == m.block else None
        candidates = list(m.surface.units)
        if parent is not None:
            child = [u for u in candidates if _is_ancestor(parent, u)]
            candidates = child or candidates
        text = blocks[m.block]
        # (a short form that is also a word takes only a union's full suffix: 新建工会 is no 新建区's)
        fused = (text.startswith(cues.word_union_after if m.surface.is_word else cues.union_after, m.end)
                 or text.startswith(cues.government_after, m.end) or roles.vouch_after.open_at(text, m.end)
                 or _filed_at(m, text, roles))  # 本报延吉讯: a paper's dateline names its own place
        adjacent = parent is not None and _is_ancestor(parent, candidates[0])
        if m.surface.kind == "township":
            townships.append((m, candidates, adjacent))
            continue
        if m.surface.is_word and not fused and not adjacent and text.startswith(cues.union_after, m.end):
            m.unit = None  # 新建工会, 开发工会: a verb and its object, whatever city the article names
            continue
        if m.surface.is_word and not fused and not adjacent:
            # a word that is also a county's short form needs that county's city in the article; one
            # that is a city's (中山, 大同) its province, and a place's position (在中山开展, 赴大同):
            # 新春安康, 中山装 are words
            placed = roles.place_before.end_at(text, m.start)
            candidates = [u for u in candidates if (u.level == "county" and (u.province, u.city) in cities)
                          or (placed and u.level == "city" and u.province in provinces)]
        elif m.surface.kind == "short" and not fused and not adjacent:
            # A bare county short form (和政 in 党和政府, 康保 in 健康保障) needs its city in the
            # article, or the same unit written in full elsewhere (木里县 … 木里); a long one
            # (五大连池, 准格尔) is rarely a word: its province in the article is enough, and so
            # it is for an item of a list of places (开往信阳、周口、邓州等地: a whole item between
            # list joiners, no piece of a longer word)
            long_form = len(m.text) >= 3 or _list_item(mentions, i, text, joiners)
            kept = [u for u in candidates if u.level != "county" or (u.province, u.city) in cities or u.code in named
                    or (long_form and u.province in provinces)]
            if not kept and levels is not None and not m.surface.is_word:
                kept = _anchored(m, text, cues, levels)
            candidates = kept
        if len(candidates) > 1 and m.surface.kind == "short":
            candidates = _city_over_its_county(candidates, named)
        if len(candidates) > 1 and met:
            candidates = [u for u in candidates if u.code in met] or candidates
        if len(candidates) > 1:
            candidates = _by_context(candidates, cities, provinces)
        m.unit = candidates[0] if len(candidates) == 1 else None
        if m.unit is not None and m.surface.kind == "short" and not fused:
            # (the segmenter runs only where a dictionary word may cross the short form's ends)
            chained = _in_a_chain(mentions, i)
            if ((m.surface.is_word or (not chained and _may_be_crossed(text, m.start, m.end, _dictionary(vocabulary))))
                    and not _stands_as_a_word(m, text, vocabulary, chained)):
                m.unit = None
    if not townships:
        return
    # the counties the article's other places resolved to (a district several cities share,
    # picked by its city: 北海市海城区)
    resolved = {m.unit.code for m in mentions if m.unit is not None and m.unit.level == "county" and m.unit.zone is None}
    for m, candidates, adjacent in townships:
        if not adjacent and (len(candidates) > 1 or m.surface.is_word):
            # A shared or word-like township name needs its county, else its city, named: a
            # county the article's places resolved to first (海城区 … 中街街道: 北海's, though
            # 平凉 and 石嘴山 have one too), then one a name several places share meets it in;
            # a shared one that is no word may have its province named, if it is that province's
            # only one (河北 … 育才街道: 石家庄's, not 扶余's)
            candidates = ([u for u in candidates if u.code in resolved or u.code in counties]
                          or [u for u in candidates if u.code in met]
                          or [u for u in candidates if (u.province, u.city) in cities]
                          or ([u for u in candidates if u.province in provinces] if not m.surface.is_word else []))
        m.unit = candidates[0] if len(candidates) == 1 else None


def _in_a_chain(mentions: list[Mention], i: int) -> bool:
    """Does another place's mention touch mention ``i`` (福建厦门, 厦门思明区: one word to the
    segmenter, a chain of places to the reader)?"""
    m = mentions[i]
    before = mentions[i - 1] if i else None
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    return ((before is not None and before.block == m.block and before.end == m.start)
            or (after is not None and after.block == m.block and after.start == m.end))


def _stands_as_a_word(m: Mention, text: str, vocabulary: Vocabulary, chained: bool = False) -> bool:
    """Does the segmenter (jieba with the vocabulary's words, the one that cuts the article for
    search) cut the text at both ends of a short form, and is a short form that is also an
    ordinary word no office's name? 财政和金融 cuts 财政/和/金融: no 政和; 登上海上花园 no 上海;
    甘南州合作交流办 cuts 合作/交流/办: an office, no 合作市. A word the place opens with one of
    places.yaml ``word_tails`` after it still names it (湖州人, 浙江籍); ``word_window``: the
    characters read each side; ``office_words``: the words an office's name ends with.
    ``chained``: another place touches it (福建厦门 is one word to the segmenter): only the
    office is asked. (Asked only where a dictionary word may cross an end, ``_may_be_crossed``:
    most short forms stand between words no dictionary word spans.)"""
    cues = _cues(vocabulary)
    low = max(0, m.start - cues.word_window)
    window = text[low : m.end + cues.word_window]
    start, end = m.start - low, m.end - low
    at = 0
    after: list[str] = []  # the words cut after the short form
    for word in _segmenter(vocabulary).cut(window):
        at = window.find(word, at)  # (the cut leaves out spaces and punctuation, never a word)
        stop = at + len(word)
        if not chained and (at < start < stop or (at < end < stop and not (at == start and word[end - at :] in cues.word_tails))):
            return False  # a word runs across the short form's start or end
        if at >= end:
            after.append(word)
        at = stop
    return not (m.surface.is_word and any(word in cues.office_words for word in after[:2]))


def _may_be_crossed(text: str, start: int, end: int, dictionary: dict[str, int]) -> bool:
    """Could a dictionary word opening up to three characters before text[start:end] run across
    its start (财政 over 政和, 洞庭湖 over 湖南), or one opening inside it run across its end
    (合作社, 湖州人)? Words are made of Chinese characters: a mark, digit or space on a side
    closes that side. The dictionary holds every prefix of its words (frequency 0), as jieba's
    does: a span that is no key opens no word, so most positions cost one look-up."""
    if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        for a in range(max(0, start - 3), start):
            if _opens_a_word(text, a, start + 1, dictionary):
                return True
    if end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
        for a in range(start, end):
            if _opens_a_word(text, a, end + 1, dictionary):
                return True
    return False


def _opens_a_word(text: str, a: int, b: int, dictionary: dict[str, int]) -> bool:
    """Is text[a:b], or text[a:b] run on, a dictionary word (jieba's walk of its prefixes)?"""
    while b <= len(text):
        frequency = dictionary.get(text[a:b])
        if frequency is None:
            return False  # no word opens so
        if frequency > 0:
            return True
        b += 1
    return False


@per_vocabulary
def _segmenter(vocabulary: Vocabulary) -> Segmenter:
    """Vocabulary → the segmenter the pipeline cuts articles with (jieba, its domain words)."""
    return Segmenter(vocabulary.domain_words())


@per_vocabulary
def _dictionary(vocabulary: Vocabulary) -> dict[str, int]:
    """Vocabulary → its segmenter's dictionary: word → frequency (0 for a prefix of a word only)."""
    return tokenizer_for(_segmenter(vocabulary).words).FREQ


def _list_item(mentions: list[Mention], i: int, text: str, joiners: _Words) -> bool:
    """Is mention ``i`` an item of a list of places: another place's mention in its block ends
    right before it with a list joiner between (信阳、邓州), or starts right after it so (邓州、永城)?"""
    m = mentions[i]
    if i > 0:
        before = mentions[i - 1]
        if before.block == m.block and before.end < m.start and text[before.end : m.start] in joiners.words:
            return True
    if i + 1 < len(mentions):
        after = mentions[i + 1]
        if after.block == m.block and m.end < after.start and text[m.end : after.start] in joiners.words:
            return True
    return False


def _meeting_counties(mentions: list[Mention]) -> set[str]:
    """The counties where two names several places share meet, each pair in one county only:
    they vouch for each other (長安區, in 石家庄 and 西安, and 育才街道, in 石家庄's 长安区 and in
    扶余, name 石家庄's 长安区). Names that are also words (城关, 和平) vouch for nothing."""
    shared: dict[str, set[str]] = {}
    for m in mentions:
        units = m.surface.units
        if len(units) > 1 and not m.surface.is_word and m.text not in shared:
            shared[m.text] = {u.code for u in units if u.level == "county"}
    if len(shared) < 2:
        return set()
    found = list(shared.values())
    out: set[str] = set()
    for i, codes in enumerate(found):
        for other in found[i + 1 :]:
            common = codes & other
            if len(common) == 1:
                out |= common
    return out


def _by_context(candidates: list[Unit], cities: set[tuple[str, str | None]], provinces: set[str]) -> list[Unit]:
    """Ambiguous units → the counties in the article's cities, else the cities it names or names
    a county of (朝阳 with 北票市 named: 朝阳市, not 北京's 朝阳区), else those in its provinces,
    else the top level."""
    in_city = [u for u in candidates if u.level == "county" and (u.province, u.city) in cities]
    if in_city:
        return in_city
    own_city = [u for u in candidates if u.level == "city" and (u.province, u.city) in cities]
    if own_city:
        return own_city
    in_province = [u for u in candidates if u.province in provinces]
    if len(in_province) >= 1:
        candidates = in_province
    top = min(_LEVELS[u.level] for u in candidates)
    same_line = all(u.province == candidates[0].province for u in candidates)
    if same_line:  # 吉林: the province and its city of the same name → the province
        return [u for u in candidates if _LEVELS[u.level] == top][:1]
    return candidates


def _is_ancestor(parent: Unit, unit: Unit) -> bool:
    if parent.code == unit.code:
        # a county (or a city without counties) holds its townships and zones: 东阳市横店镇, 东莞洪梅镇
        return parent.level != "province" and parent.zone is None and unit.zone is not None
    if parent.level == "province":
        return unit.province == parent.province and unit.level != "province"
    if parent.level == "city":
        return unit.level == "county" and unit.city == parent.city and unit.province == parent.province
    return False


# --- roles -----------------------------------------------------------------------------------

def _role(m: Placed, text: str, vocabulary: Vocabulary, limit: int | None = None,
          quotes: tuple[tuple[int, int], ...] | None = None, spans: Spans | None = None) -> str:
    """A resolved mention in its line → its role; ``limit``: where the next place starts (the
    union after it is that place's: 宁波桑拿按摩宁波鄞州区总工会); ``quotes``: the line's short
    quotes when the caller has them; ``spans``: the line's scan (its ``away`` words)."""
    words = _role_words(vocabulary)
    if inside(short_quotes(text, 12) if quotes is None else quotes, m.start):
        return "quoted"
    if words.named_after.open_at(text, m.end):  # (one test for both: most places are neither)
        if words.street_after.open_at(text, m.end):
            return "street"  # 湖南路, 北京时间: a street or clock named after a place
        if words.landmark_after.open_at(text, m.end):
            return "landmark"  # 三亚人民医院, 吴忠市人民广场: a landmark of the place (the venue only as the last resort)
    if m.surface.kind == "short" and words.subplace_after.open_at(text, m.end):
        return "street"  # 河南街道, 山东村: a subdistrict or village named after a province, not the province
    if words.product_after.open_at(text, m.end):
        return "product"  # 都匀毛尖, 金华火腿: a brand named after its place of origin
    if words.person_before.end_at(text, m.start):
        return "quoted"  # 通讯员黄山河: a person's name that starts like a place
    if words.coactor_after.open_at(text, m.end):
        return "branch"  # 中国职工保险互助会湖北省办事处: a branch of another organisation
    if spans is None:
        spans = vocabulary_scanner(vocabulary).scan(text)
    org = _fused_org(text, m.end, vocabulary, limit, spans)
    if org in ("union", "sector"):
        return org
    if org:
        return "coactor"
    if _filed_at(m, text, words):
        return "dateline"  # 新华社北京7月5日电, 本报延吉讯: where the report was filed
    clause_start = m.start
    while clause_start > 0 and text[clause_start - 1] not in CLAUSE_END and m.start - clause_start < 8:
        clause_start -= 1
    away = (text[clause_start : m.start][-1:] in _away_last(vocabulary)
            or spans.within(AWAY, clause_start, m.start)  # 来自, 前往 anywhere in the clause before it
            or words.away_after.open_at(text, m.end))
    if away and words.visit_before.end_at(text, m.start):
        return "plain"  # 来到象山县, 在越城区等地: a scene the programme visits, no origin or destination
    if away and _site_after(text, m.end, _cues(vocabulary)) >= 0:
        return "plain"  # 前往九龙坡区某项目工地: a work site's address, the scene of the visit
    return "away" if away else "plain"


class _Words:
    """Cue words and the characters they open and end with: a test at a position holding none
    of those characters (most positions) is a set look-up, not a call of str.startswith."""

    def __init__(self, words: tuple[str, ...]):
        self.words = words
        self.always = "" in words  # an empty word is at every position
        self.firsts = frozenset(w[:1] for w in words)
        self.lasts = frozenset(w[-1:] for w in words)
        self.longest = max(map(len, words), default=0)

    def open_at(self, text: str, pos: int) -> bool:
        """``text.startswith(words, pos)``."""
        return (self.always and pos <= len(text)) or (text[pos : pos + 1] in self.firsts and text.startswith(self.words, pos))

    def end_at(self, text: str, end: int) -> bool:
        """``text.endswith(words, 0, end)``."""
        return self.always or (text[max(0, end - 1) : end] in self.lasts and text.endswith(self.words, 0, end))


class _RoleWords:
    """places.yaml's words around a place that give its role (``_role``), as ``_Words``."""

    def __init__(self, cues: PlaceCues):
        self.street_after = _Words(cues.street_after)
        self.landmark_after = _Words(cues.landmark_after)
        self.named_after = _Words(cues.street_after + cues.landmark_after)
        self.vouch_after = _Words(cues.vouch_after)
        self.filed_at = cues.filed_at  # (read here for every mention: a native attribute, not the table's)
        self.filed_within = cues.filed_within
        self.subplace_after = _Words(cues.subplace_after)
        self.product_after = _Words(cues.product_after)
        self.person_before = _Words(cues.person_before)
        self.coactor_after = _Words(cues.coactor_after)
        self.away_after = _Words(cues.away_after)
        self.union_after = _Words(cues.union_after)  # (and what a union name goes on with: _fused_org)
        self.visit_before = _Words(cues.visit_before)
        # what a place follows in a sentence's place position (在中山, 来到大同, 赴安康)
        self.place_before = _Words(tuple(dict.fromkeys(cues.visit_before + cues.event_before + cues.away_before)))
        self.list_joiners = _Words(cues.list_joiners)
        self.list_totals = _Words(cues.list_totals)


@per_vocabulary
def _role_words(vocabulary: Vocabulary) -> _RoleWords:
    return _RoleWords(_cues(vocabulary))


@per_vocabulary
def _away_last(vocabulary: Vocabulary) -> frozenset[str]:
    """One-character 'away' words: they must end the words before the place (到, 去, 回)."""
    return frozenset(w for w in _cues(vocabulary).away_before if len(w) == 1)


def _filed_at(m: Mention | Placed, text: str, words: _RoleWords) -> bool:
    """Is the place a body paragraph's dateline, where its report was filed (新华社北京7月5日电,
    本报延吉讯: places.yaml ``filed_at`` after it, ``filed_within`` characters into the paragraph)?"""
    return m.block > 0 and m.start <= words.filed_within and words.filed_at.match(text, m.end) is not None


def _site_after(text: str, end: int, cues: PlaceCues, stop: int | None = None) -> int:
    """The position of the first places.yaml ``site_words`` word (工地, 项目) within ``site_window``
    characters after a place and in its clause (or before ``stop``), else -1."""
    limit = min(len(text), end + cues.site_window) if stop is None else stop
    for at in range(end, limit):
        if text[at] in CLAUSE_END:
            limit = at
            break
    return first_in(text, cues.site_words, end, limit)


def _fused_org(text: str, end: int, vocabulary: Vocabulary, limit: int | None, spans: Spans) -> str | None:
    """Text after a place → "union" / "enterprise" / "government" / "sector" (a trade's union:
    山东省海员工会) when the place opens an org name. ``spans``: the text's scan."""
    cues = _cues(vocabulary)
    orgs = vocabulary.organisations
    tail = text[end : run_after(text, end, min(end + 16, limit if limit is not None else len(text)), _name_window(vocabulary))]
    if not tail:
        return None
    words = _role_words(vocabulary)
    union_after = words.union_after
    if words.list_totals.open_at(tail, 0):
        # 海曙、江北两区总工会: the count of a list before the union (each listed place's: _share_role)
        total = next(w for w in cues.list_totals if tail.startswith(w))
        if union_after.open_at(tail, len(total)):
            return "union"
    if union_after.open_at(tail, 0) or (tail[:1] in cues.level_words and union_after.open_at(tail, 1)):
        return "union"
    found = _first_suffix(text, end, end + len(tail), spans, vocabulary)
    if found is None:
        # 兰州理工大学: a school's name, not the place's (a body, as a company is)
        return "enterprise" if _institutions(vocabulary).search(tail) else None
    at, kind = found[0] - end, found[1]
    if kind == "union" and any(s in tail[:at] for s in orgs.enterprise_suffixes):
        return "enterprise"  # 浙江省能源集团有限公司工会: a company's union, not the area's
    if kind == "union" and at > 0:
        # 山东省海员工会, 顺义板桥项目工会: a trade's or a project's union (兰州大学工会: a school's)
        return "enterprise" if _institutions(vocabulary).search(tail, 0, at) else "sector"
    if kind == "government" and at == 0 and tail.startswith("街道"):
        return None
    return kind


@per_vocabulary
def _institutions(vocabulary: Vocabulary) -> re.Pattern:
    """Vocabulary → a regex over places.yaml institution_words (大学, 学院: one search of a name)."""
    return re.compile("|".join(map(re.escape, _cues(vocabulary).institution_words)) or "(?!)")


@per_vocabulary
def _name_window(vocabulary: Vocabulary) -> bytes:
    """Vocabulary → what ends the characters after a place (``matching.run_after``'s table): a
    clause mark, a name stop (name_stops), a digit (str.isdigit: ① and ² too) or a space."""
    return run_stops(CLAUSE_END + _cues(vocabulary).name_stops, spaces=True)


def _first_suffix(text: str, start: int, end: int, spans: Spans, vocabulary: Vocabulary) -> tuple[int, str] | None:
    """The leftmost name suffix (organisations.yaml union, enterprise or government suffixes)
    inside text[start:end] → (its position, its kind), a union suffix winning at one position
    over the others and an enterprise suffix over a government one; None when there is none.
    Read from the text's scan (kind ``org_suffix``: the suffixes and the brands), as a search of
    one regex over the suffixes, a named group per kind in that order, would find it."""
    kinds = _suffix_kinds(vocabulary)
    found = spans.every(ORG_SUFFIX)
    at = -1
    kinds_at: set[str] = set()
    for k in range(bisect_left(found, (start, 0)), len(found)):
        a, b = found[k]
        if at >= 0 and a > at:
            break  # past the leftmost suffix's position
        if b > end:
            continue  # runs past the window
        word_kinds = kinds.get(text[a:b])
        if word_kinds:  # (a brand is no suffix)
            at = a
            kinds_at.update(word_kinds)
    if at < 0:
        return None
    return at, next(kind for kind in ("union", "enterprise", "government") if kind in kinds_at)


@per_vocabulary
def _suffix_kinds(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """Vocabulary → {name suffix: its kinds among union, enterprise and government}."""
    orgs = vocabulary.organisations
    kinds: dict[str, set[str]] = {}
    for kind, words in (("union", orgs.union_suffixes), ("enterprise", orgs.enterprise_suffixes),
                        ("government", orgs.government_suffixes)):
        for word in words:
            kinds.setdefault(word, set()).add(kind)
    return {word: frozenset(found) for word, found in kinds.items()}


def _mark_qualifiers(mentions: list[Placed]) -> None:
    """A place written right before its own sub-place (绍兴越城区, 来自安徽阜阳) only qualifies it."""
    for a, b in zip(mentions, mentions[1:]):
        if a.block == b.block and a.end == b.start and _is_ancestor(a.unit, b.unit):
            if a.role == "away" and b.role == "plain":
                b.role = "away"
            a.role = "qualifier"


def _share_list_roles(mentions: list[Placed], blocks: list[str], joiners: _Words, visit: _Words) -> None:
    """Places listed together share the list's role: ``away`` when one is (天镇县、广灵县等地的小米:
    等地 after the last; 来自安徽、河南: 来自 before the first), ``plain`` when a visit word leads
    the list (在柯桥区、越城区等地开展: the scenes of the programme, 等地 no origin there).
    ``joiners``: what stands between two listed places (places.yaml list_joiners: 、, 和, 及);
    ``visit``: places.yaml visit_before."""
    longest, words = joiners.longest, joiners.words
    run: list[Placed] = []
    for m in mentions:
        if run:
            last = run[-1]
            gap = m.start - last.end
            if last.block == m.block and 0 < gap <= longest and blocks[m.block][last.end : m.start] in words:
                run.append(m)
                continue
            if len(run) > 1:
                _share_role(run, blocks, visit)
        run = [m]
    if len(run) > 1:
        _share_role(run, blocks, visit)


def _share_role(run: list[Placed], blocks: list[str], visit: _Words) -> None:
    """A list of places → each given the list's role (``_share_list_roles``). A union fused with
    the last place is every listed place's (宁波市海曙区和江北区总工会, 海曙、江北两区总工会: the
    unions of both districts), where the others are plain places."""
    if run[-1].role == "union" and all(r.role == "plain" for r in run[:-1]):
        for r in run[:-1]:
            r.role = "union"
        return
    if not any(r.role == "away" for r in run):
        return
    visited = run[0].role == "plain" and visit.end_at(blocks[run[0].block], run[0].start)
    for r in run:
        if r.role == ("away" if visited else "plain"):
            r.role = "plain" if visited else "away"


# --- venues and mentioned places -------------------------------------------------------------

def _venues(mentions: list[Placed], context_blocks: list[Block], cues: PlaceCues, publisher: Unit | None = None) -> list[Unit]:
    """Resolved mentions with roles → the venue units (see the module docstring, step 5)."""
    blocks = [block.text for block in context_blocks]
    unions = [m for m in mentions if m.role in ("union", "sector")]
    lead_blocks = {0, _first_body(blocks)}
    judged: dict[tuple[int, int], bool] = {}  # (block, sentence start) → partner aid: once per sentence
    totals = _list_totals(mentions, blocks, cues)
    partner = {id(m): _partner_context(context_blocks[m.block], m.start, judged, totals) for m in unions}
    counts = Counter(m.unit.code for m in unions if not partner[id(m)])
    subject_ends = ("，", ",", " ", *cues.time_words)  # what the words before a subject may end with
    starts = _chain_starts(mentions)
    for a, b in zip(unions, unions[1:]):
        # unions listed together (海曙区、江北区两地总工会) open their clause where the list does
        if a.block == b.block and a.end < b.start and blocks[a.block][a.end : b.start] in cues.list_joiners:
            starts[id(b)] = starts.get(id(a), a.start)
    chosen = []
    joined: list[Unit] = []  # venues only as a union another one joins (…联合福清市总工会)
    for m in unions:
        text, start = blocks[m.block], starts.get(id(m), m.start)
        # a local paper's story stays local when its lead names a wider union only in passing
        # (浙江省总工会 awarding a 平湖 reading room in a 平湖 paper)
        lead = m.block in lead_blocks and not m.self_reference and not (publisher is not None and _is_ancestor(m.unit, publisher))
        acting = _is_subject(text, start, subject_ends) or _acts(text, m.end, cues)
        actor = acting or _is_coordinated(text, start, cues)
        if m.block == 0 or lead or ((actor or counts[m.unit.code] >= 2) and not partner[id(m)]):
            chosen.append(m.unit)
            if not (m.block == 0 or lead or acting or counts[m.unit.code] >= 2):
                joined.append(m.unit)
    # A union joined from another province (西吉县总工会…联合福清市总工会) is a partner region's,
    # not a second venue: a co-organiser shares the province of the union that joins it
    chosen = [u for u in chosen if u not in joined or any(v.province == u.province for v in chosen if v not in joined)]
    receiving = _receiving(mentions, unions, context_blocks, cues)
    if receiving and any(u.code not in receiving for u in chosen):
        chosen = [u for u in chosen if u.code not in receiving]
    if not chosen:
        chosen = _within(_fallback_venue(mentions, lead_blocks, blocks), publisher)
        if not chosen and publisher is None:
            chosen = _landmark_venue(mentions)
    else:
        chosen += _event_places(mentions, context_blocks, lead_blocks, chosen, starts, cues)
    # A trade's union wider than another venue co-organises (山东省海员工会 with 烟台市总工会, or
    # holding its contest in 大同市: 山西省能源化学地质工会在大同市举办)
    sector = {m.unit for m in unions if m.role == "sector"} - {m.unit for m in unions if m.role == "union"}
    chosen = [u for u in chosen if u not in sector or not any(_is_ancestor(u, v) for v in chosen)]
    chosen = [u for u in chosen if not any(_is_ancestor(u, v) for v in chosen) or not _only_guest(u, unions, context_blocks, cues)]
    return list({_key(u): u for u in chosen}.values())


def _receiving(mentions: list[Placed], unions: list[Placed], blocks: list[Block], cues: PlaceCues) -> set[str]:
    """The codes of the unions at the far end of the story's trip: a place the article sends
    people to (an ``away`` mention: 前往宁波) whose union, in each of its sentences (none the
    headline), receives them (places.yaml ``receive_verbs``: 宁波市总工会在站台迎接务工人员).
    A county union's story of sending its workers is not the destination's."""
    ends = {m.unit.code for m in mentions if m.role == "away"}
    found: dict[str, bool] = {}
    for m in unions:
        code = m.unit.code
        if code not in ends or not found.get(code, True):
            continue
        block = blocks[m.block]
        found[code] = m.block > 0 and any_in(block.text, cues.receive_verbs, m.end, block.sentence(m.start)[1])
    return {code for code, receives in found.items() if receives}


def _only_guest(unit: Unit, unions: list[Placed], blocks: list[Block], cues: PlaceCues) -> bool:
    """Does the article name the union of ``unit`` only as a guest: in each of its sentences a
    places.yaml ``guest_after`` word follows it before any ``actor_after`` word (县总工会召开全委会，
    吉安市总工会副主席出席会议并讲话; 在市总工会的指导下)? A wider union that only attends a
    county's meeting is no second venue."""
    found = False
    for m in unions:
        if m.unit.code != unit.code:
            continue
        block = blocks[m.block]
        text, end = block.text, block.sentence(m.start)[1]
        guest = first_in(text, cues.guest_after, m.end, end)
        if guest < 0 or any_in(text, cues.actor_after, m.end, guest):
            return False
        found = True
    return found


def _event_places(mentions: list[Placed], context_blocks: list[Block], lead_blocks: set[int], venues: list[Unit],
                  starts: dict[int, int], cues: PlaceCues) -> list[Unit]:
    """The places inside a venue's area that the headline or lead holds the event in are venues
    too: a province-wide launch held in one city (2025年浙江省工会“春送温暖”活动在丽水市启动 →
    浙江省 and 丽水市), a city union's event held in a district (联谊会在蜀山区举行). A place
    after places.yaml ``event_before`` (在) whose clause goes on, within ``event_window``
    characters, to an ``event_verbs`` word (启动, 举行)."""
    out = []
    for m in mentions:
        unit = m.unit
        if m.block not in lead_blocks or m.self_reference or m.role not in ("plain", "away"):
            continue
        if unit.zone is not None and unit.level != "city":
            continue  # a township stands for its county, which the venue rules judge; the town of a
            # city without counties is the city's (在儋州市那大镇举办 → 儋州市: 拱北街道 is no 香洲区 venue)
        if not any(_is_ancestor(v, unit) for v in venues):
            continue
        block = context_blocks[m.block]
        text = block.text
        if not text.endswith(cues.event_before, 0, starts.get(id(m), m.start)):
            continue
        stop = min(block.clause(m.start)[1], m.end + cues.event_window)
        verb = first_in(text, cues.event_verbs, m.end, stop)
        if verb >= 0 and _site_after(text, m.end, cues, verb) < 0:
            out.append(unit)  # (在渝北区某项目工地举行: a site's address, the event its organiser's)
    return out


def _within(units: list[Unit], publisher: Unit | None) -> list[Unit]:
    """Candidate venues → those in the publisher's area when there are any (else all)."""
    if publisher is None:
        return units
    inside_area = [u for u in units if u.code == publisher.code or _is_ancestor(publisher, u)]
    return inside_area or units


def _chain_starts(mentions: list[Placed]) -> dict[int, int]:
    """Mention → where its written name starts, counting a qualifying parent (江门新会区)."""
    out = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.role == "qualifier" and a.end == b.start and a.block == b.block:
            out[id(b)] = a.start
    return out


_SUBJECT_STOPS: Final = "。；;！!？?\n"


def _is_subject(text: str, start: int, ends: tuple[str, ...]) -> bool:
    """Does the union open its clause, after at most a short time phrase (7月2日, / 今年)?
    ``ends``: what that phrase may end with (a comma, a space, places.yaml time_words)."""
    low = max(0, start - 15)  # looks back at most 15 characters, to the last sentence stop
    before = max(low, max(text.rfind(ch, low, start) for ch in _SUBJECT_STOPS) + 1)
    lead = text[before:start].strip()
    return not lead or lead.endswith(ends)


def _is_coordinated(text: str, start: int, cues: PlaceCues) -> bool:
    """Is the union joined to another as co-organiser (滁州市总工会联合琅琊区总工会, A和B总工会)?"""
    return text.endswith(cues.coordination_before, 0, start)


def _acts(text: str, end: int, cues: PlaceCues) -> bool:
    """Does an action of its own follow the union's name (天长市总工会举办的招聘会)?"""
    after = end
    for suffix in cues.union_after:
        if text.startswith(suffix, after):
            after += len(suffix)
            break
    return text.startswith(cues.actor_after, after)


def _partner_context(block: Block, pos: int, judged: dict[tuple[int, int], bool], totals: set[tuple[int, int]]) -> bool:
    """A union in a sentence about partner aid (向木里县总工会捐赠, 对口支援: places.yaml
    partner_words, the scan's kind ``partner``) is the partner, not the venue. ``judged``: the
    verdicts of the article's sentences so far, by (block, sentence start); ``totals``: (block,
    position) of the list totals (海曙区、江北区两地工会: 两地 counts a list, no partner pair)."""
    a, b = block.sentence(pos)
    found = judged.get((block.index, a))
    if found is None:
        found = block.spans.within(PARTNER, a, b)
        if found and totals:
            found = any(a <= start and end <= b and (block.index, start) not in totals
                        for start, end in block.spans.every(PARTNER))
        judged[(block.index, a)] = found
    return found


def _list_totals(mentions: list[Placed], blocks: list[str], cues: PlaceCues) -> set[tuple[int, int]]:
    """(block, position) of each list total right after a place (海曙、江北两区, 海曙区、江北区两地)."""
    totals = cues.list_totals
    return {(m.block, m.end) for m in mentions if blocks[m.block].startswith(totals, m.end)}


def _key(unit: Unit) -> tuple:
    """Unit → (province, city, county) of its Place (``to_place``), without building the Place."""
    if unit.level == "province" or (unit.level == "city" and unit.city == unit.province):
        return (unit.province, None, None)
    return (unit.province, unit.city, unit.county)


def _first_body(blocks: list[str]) -> int:
    """The lead: the first paragraph of prose (a long line, or a sentence: 近日，余姚市总工会组织…。),
    past the short chrome lines and headline repeats of a raw page."""
    for index, text in enumerate(blocks[1:], start=1):
        sentence = len(text) >= 15 and text.rstrip().endswith(tuple(_SENTENCE_STOPS)) and text.strip() not in blocks[0]
        if len(text) > 40 or sentence:
            return index
    return 1


def _fallback_venue(mentions: list[Placed], lead_blocks: set[int], blocks: list[str]) -> list[Unit]:
    """No union place: the headline's places, else a company's home, else the lead's places.
    A bare 市总工会 in the lead with only a county named: the venue is that county's city, or the
    county itself when it is a city (利川市's 市总工会 is 利川市's)."""
    named_city = any(m.role in ("plain", "dateline") and m.unit.level != "county" and m.block in lead_blocks for m in mentions)
    if _bare_city_union(blocks, lead_blocks) and not named_city:
        counties = [m.unit for m in mentions if m.role in ("plain", "dateline") and m.unit.level == "county" and m.unit.city
                    and m.unit.city != m.unit.province]
        if counties:
            county = counties[0]
            if (county.county or "").endswith("市"):
                return [Unit(county.code, county.level, county.province, county.city, county.county)]
            return [_parent_city(county)]
    for roles, where in ((("plain",), {0}), (("coactor",), lead_blocks), (("plain", "dateline"), lead_blocks)):
        found = [m.unit for m in mentions if m.role in roles and m.block in where and not m.self_reference]
        if found:
            return found[:1] if roles == ("coactor",) else found
    plain = Counter(m.unit for m in mentions if m.role == "plain" and not m.self_reference)
    return [plain.most_common(1)[0][0]] if plain else []


def _landmark_venue(mentions: list[Placed]) -> list[Unit]:
    """No place and no publisher but landmarks and bodies of a place (an enterprise's outing to
    三亚市人民医院 and 三亚湾广场, a talk at 吴忠市人社局) → the place they name most often, a
    province's excepted (a 湖南大厦 or 浙江宾馆 stands in any city); else none."""
    found = Counter(m.unit for m in mentions if m.role in ("landmark", "coactor") and not m.self_reference
                    and (m.unit.level != "province" or m.unit.province.endswith("市")))
    return [found.most_common(1)[0][0]] if found else []


def _bare_city_union(blocks: list[str], lead_blocks: set[int]) -> bool:
    return any(re.search(r"(?:^|[^\u4e00-\u9fff]|[向由经和与及、])市总(?:工会)?", blocks[i]) for i in lead_blocks if i < len(blocks))


def _mentioned(mentions: list[Placed], venues: list[Unit], blocks: list[str]) -> list[Unit]:
    """Resolved mentions and the venues → the places mentioned (the module docstring, step 6).
    Lines over the lead that hold no sentence (a site's header, a masthead, a date line) give
    no place the story itself never names."""
    venue_codes = {u.code for u in venues} | {_place_code(u) for u in venues}
    header: set[int] | None = None  # the lines over the lead holding no sentence, found when asked
    named_below: set[str] = set()
    out: dict[tuple, Unit] = {}
    headline: set[int] | None = None  # the headline and the body lines repeating it, found when asked
    for m in mentions:
        unit = m.unit
        if (m.role in ("coactor", "branch", "sector", "quoted", "qualifier", "street", "landmark", "product", "dateline")
                or m.self_reference or unit.code in venue_codes):
            continue
        if m.block and header is None:
            header = {i for i in range(1, _first_body(blocks)) if not any(ch in blocks[i] for ch in _PROSE_MARKS)}
            named_below = {x.unit.code for x in mentions if x.block not in header}
        if header and m.block in header and unit.code not in named_below:
            continue  # 北京 in a portal's header line over a 格尔木 story: the site's, not the story's
        if any(_is_ancestor(unit, v) or _same_city(unit, v) for v in venues):
            continue  # 浙江 in a 宁波 story: the venue's own province
        if m.role != "away" and any(_is_ancestor(v, unit) for v in venues):
            continue  # a district named as a scene of a city-wide programme
        if m.block == 0 or blocks[m.block].strip() in blocks[0]:  # (few mentions get here)
            if headline is None:
                headline = {0} | {i for i in {x.block for x in mentions} if i and blocks[i].strip() in blocks[0]}
            if _headline_shorthand(unit.code, mentions, headline):
                continue
        out.setdefault(_key(unit), unit)
    return list(out.values())


def _headline_shorthand(code: str, mentions: list[Placed], headline: set[int]) -> bool:
    """Is the headline's place of this code one the body writes only as the qualifier of one of
    its sub-places? The headline's 赴甘肃 is the body's 赴甘肃省定西市 written short, not a second
    place. ``headline``: the indexes of the headline and of the body lines repeating it."""
    roles = {m.role for m in mentions if m.unit.code == code and m.block not in headline}
    return roles == {"qualifier"}


def _parent_city(unit: Unit) -> Unit:
    return Unit(unit.city_code, "city", unit.province, unit.city)


def _same_city(unit: Unit, venue: Unit) -> bool:
    """A zone or alias naming the venue's own city (留甬 in a 宁波 story)."""
    return unit.level == "city" and venue.level != "province" and unit.city == venue.city and unit.province == venue.province
