"""Title and paragraphs → venue places and places mentioned (dev-corpus README "Places").

1. Find every written form of a unit (full name, short form, abbreviation fused with 留/在/来).
2. Resolve each against the article's context: the cities and provinces it names without
   ambiguity (a 宁波 article's 海曙 and 江北 are 宁波's). Short forms that are also words
   (和平, 东方) need a parent place or a fused 工会 to count.
3. Give each mention a role from its neighbours: ``union`` (海曙区总工会, 宁波工会), ``coactor``
   (inside another organisation's name: 龙湖区禁毒办, 中通台州分拨中心), ``away`` (来自安徽阜阳,
   前往贵州, 非台州籍), ``qualifier`` (绍兴 in 绍兴越城区), ``quoted`` (in a short quoted name),
   ``plain`` otherwise.
4. Venues are the reporting unions' areas: union places in the headline and lead, and union
   places the body makes actors (repeated, or subject of a clause). Without any union place,
   fall back to the headline's places, an enterprise's home, the lead's places.
5. Mentioned places are the other resolved places, less the venues' ancestors (浙江 in a 宁波
   story), the venues' own sub-places unless marked ``away``, co-actors and quoted names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from archive.enrich.matching import CLAUSE_END, WordScanner, inside, per_vocabulary, sentence_bounds, short_quotes, trie_regex
from archive.enrich.scanner import vocabulary_scanner
from archive.model import Place
from archive.vocabulary import Vocabulary
from archive.vocabulary.gazetteer import Surface, Unit

_AWAY_BEFORE = ("来自", "老家", "家乡", "前往", "远赴", "赴", "发往", "开往", "途经", "停靠", "回到", "返回", "对口",
                "结对", "帮扶", "协作", "到", "去", "回", "籍贯")
# one-character words must end the words before the place; longer ones may sit anywhere in them
_AWAY_BEFORE_LAST = frozenset(w for w in _AWAY_BEFORE if len(w) == 1)
_AWAY_BEFORE_ANYWHERE = re.compile("|".join(re.escape(w) for w in _AWAY_BEFORE if len(w) > 1))
_AWAY_AFTER = ("籍", "人的", "老乡", "方向", "等地")
_UNION_AFTER = ("总工会", "工会", "总")
_LEVEL_WORDS = ("市", "区", "县", "省", "州", "旗")
_STREET_AFTER = ("时间", "晚报", "日报", "商报", "电视台", "广播", "新闻网", "路", "街", "大道", "大街", "广场", "公园", "大桥", "机场", "火车站", "高铁站", "东路", "西路", "南路", "北路", "中路", "小区", "商场", "大厦", "医院")
_SUBJECT_LEAD = re.compile(r"(?:^|[，,。；;！!？?])\s*(?:[\u4e00-\u9fff]{1,4}(?:，|,))?(?:今年|日前|近日|目前|此外|同时|去年|当天|春节期间|节日期间|另外|随后|据悉|据了解)?[，,]?$")
_SEPARATORS = re.compile(r"[\s•·|>\-]")
_FURNITURE = re.compile(r"版权|备案|ICP|地址[:：]|邮编|电话[:：]|Copyright|主办单位|技术支持|联系我们")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    surface: Surface
    block: int  # 0 = headline lines, 1.. = body paragraphs
    unit: Unit | None = None
    role: str = "plain"


def find_places(title: str, paragraphs: list[str], vocabulary: Vocabulary) -> tuple[list[Place], list[Place]]:
    """Headline and body paragraphs → (venue_places, places_mentioned)."""
    blocks = [title, *paragraphs]
    skip = _list_lines(blocks, vocabulary)
    scanner = vocabulary_scanner(vocabulary)
    mentions = []
    for index, text in enumerate(blocks):
        if index and index in skip:
            continue
        if index:
            text = _before_furniture(text)
        hits = scanner.scan(text).of("place")
        if index and _is_furniture(text, hits):
            continue
        mentions.extend(_mentions(text, index, hits, vocabulary))
    _resolve(mentions, blocks, vocabulary)
    resolved = [m for m in mentions if m.unit is not None]
    for m in resolved:
        m.role = _role(m, blocks[m.block], vocabulary)
    _mark_qualifiers(resolved, vocabulary)
    venues = _venues(resolved, blocks)
    return [to_place(u) for u in venues], [to_place(u) for u in _mentioned(resolved, venues, vocabulary)]


def to_place(unit: Unit) -> Place:
    """Unit → Place with official names; a whole municipality keeps the province only."""
    if unit.level == "province":
        return Place(province=unit.province, code=unit.code, name=unit.zone)
    if unit.level == "city" and unit.city == unit.province:
        return Place(province=unit.province, code=unit.province_code, name=unit.zone)
    code = unit.code if not unit.zone or unit.county else unit.city_code
    return Place(province=unit.province, city=unit.city, county=unit.county, code=code, name=unit.zone)


def _before_furniture(text: str) -> str:
    """A body paragraph that ends in page furniture (…等地的长线加班车。东站服务电话:0578-…)
    → its sentences before the furniture; a line that opens with furniture stays whole."""
    found = _FURNITURE.search(text)
    if not found:
        return text
    cut = max(text.rfind(ch, 0, found.start()) for ch in "。！？!?")
    return text[: cut + 1] if cut > 0 else text


def _is_furniture(text: str, hits: list[tuple[int, int]]) -> bool:
    """Footers and navigation bars (a line that is mostly place names) hold no places."""
    if _FURNITURE.search(text):
        return True
    return len(hits) >= 6 and sum(end - start for start, end in hits) > 0.4 * len(re.sub(r"\s", "", text))


def _list_lines(blocks: list[str], vocabulary: Vocabulary) -> set[int]:
    """Indexes of lines in a run of three or more lines that are each one place name (a nav bar)."""
    surfaces = vocabulary.gazetteer.surfaces
    bare = [_SEPARATORS.sub("", b) in surfaces for b in blocks]
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
def _surface_scanner(vocabulary: Vocabulary) -> WordScanner:
    """Vocabulary → the scanner for every written form of a unit (built once)."""
    return WordScanner(vocabulary.gazetteer.surfaces)


@per_vocabulary
def _surface_regex(vocabulary: Vocabulary) -> re.Pattern:
    """Vocabulary → a regex over the written forms, for anchored tests on short strings."""
    return trie_regex(vocabulary.gazetteer.surfaces)


@per_vocabulary
def _abbreviation_regex(vocabulary: Vocabulary) -> re.Pattern | None:
    """Vocabulary → a regex for one-character abbreviations fused with 留/在 or 工会 (留甬, 甬城)."""
    g = vocabulary.gazetteer
    chars = "".join(g.abbreviations)
    if not chars:
        return None
    before = "".join(sorted(g.abbreviation_before))
    after = "|".join(map(re.escape, g.abbreviation_after))
    return re.compile(rf"(?<=[{before}])[{chars}]|[{chars}](?=(?:{after}))")


def _mentions(text: str, block: int, hits: list[tuple[int, int]], vocabulary: Vocabulary) -> list[Mention]:
    g = vocabulary.gazetteer
    out = [Mention(start, end, text[start:end], g.surfaces[text[start:end]], block) for start, end in hits]
    abbrev = _abbreviation_regex(vocabulary)
    if abbrev is not None:
        for m in abbrev.finditer(text):
            if not inside(hits, m.start()):
                unit = g.abbreviations[m.group()]
                out.append(Mention(m.start(), m.end(), m.group(), Surface((unit,), "abbreviation"), block))
    return sorted(out, key=lambda m: m.start)


def _resolve(mentions: list[Mention], blocks: list[str], vocabulary: Vocabulary) -> None:
    """Pick each mention's unit by the article's unambiguous places; drop what stays unsure."""
    cities: Counter = Counter()
    provinces: Counter = Counter()
    for m in mentions:
        unit = m.surface.units[0]
        # Context comes from names that stand alone: not from county short forms, which
        # themselves need context (和政 inside 党和政府 must not vouch for 甘肃).
        if len(m.surface.units) == 1 and not m.surface.is_word and not (m.surface.kind == "short" and unit.level == "county"):
            weight = 3 if m.block <= 1 else 1
            provinces[unit.province] += weight
            if unit.level != "province":
                cities[(unit.province, unit.city)] += weight
    named = {m.surface.units[0].code for m in mentions if m.surface.kind != "short" and len(m.surface.units) == 1}
    for i, m in enumerate(mentions):
        previous = mentions[i - 1] if i else None
        parent = previous.unit if previous and previous.end == m.start and previous.block == m.block else None
        candidates = list(m.surface.units)
        if parent is not None:
            child = [u for u in candidates if _is_ancestor(parent, u)]
            candidates = child or candidates
        text = blocks[m.block]
        fused = text.startswith(_UNION_AFTER, m.end) or text.startswith(("区委", "县委", "市委", "区政府", "县政府", "市政府"), m.end)
        adjacent = parent is not None and _is_ancestor(parent, candidates[0])
        if m.surface.is_word and not fused and not adjacent:
            candidates = [u for u in candidates if cities[(u.province, u.city)] and u.level == "county"]
        elif m.surface.kind == "short" and not fused and not adjacent:
            # A bare county short form (和政 in 党和政府, 康保 in 健康保障) needs its city in the
            # article, or the same unit written in full elsewhere (木里县 … 木里); a long one
            # (五大连池, 准格尔) is rarely a word: its province in the article is enough
            long_form = len(m.text) >= 3
            candidates = [u for u in candidates if u.level != "county" or cities[(u.province, u.city)] or u.code in named
                          or (long_form and provinces[u.province])]
        if len(candidates) > 1:
            candidates = _by_context(candidates, cities, provinces)
        m.unit = candidates[0] if len(candidates) == 1 else None


def _by_context(candidates: list[Unit], cities: Counter, provinces: Counter) -> list[Unit]:
    """Ambiguous units → those in the article's cities, else its provinces, else the top level."""
    in_city = [u for u in candidates if u.level == "county" and cities[(u.province, u.city)]]
    if in_city:
        return in_city
    in_province = [u for u in candidates if provinces[u.province]]
    if len(in_province) >= 1:
        candidates = in_province
    levels = {"province": 0, "city": 1, "county": 2}
    top = min(levels[u.level] for u in candidates)
    same_line = all(u.province == candidates[0].province for u in candidates)
    if same_line:  # 吉林: the province and its city of the same name → the province
        return [u for u in candidates if levels[u.level] == top][:1]
    return candidates


def _is_ancestor(parent: Unit, unit: Unit) -> bool:
    if parent.code == unit.code:
        return False
    if parent.level == "province":
        return unit.province == parent.province and unit.level != "province"
    if parent.level == "city":
        return unit.level == "county" and unit.city == parent.city and unit.province == parent.province
    return False


def _role(m: Mention, text: str, vocabulary: Vocabulary) -> str:
    if inside(short_quotes(text, 12), m.start):
        return "quoted"
    if text.startswith(_STREET_AFTER, m.end):
        return "street"  # 湖南路, 中山公园, 北京时间: a street, landmark or clock named after a place
    if text.endswith(("记者", "通讯员", "摄影", "编辑"), 0, m.start):
        return "quoted"  # 通讯员黄山河: a person's name that starts like a place
    org = _fused_org(text, m.end, vocabulary)
    if org == "union":
        return "union"
    if org:
        return "coactor"
    clause_start = m.start
    while clause_start > 0 and text[clause_start - 1] not in CLAUSE_END and m.start - clause_start < 8:
        clause_start -= 1
    before = text[clause_start : m.start]
    if before[-1:] in _AWAY_BEFORE_LAST or _AWAY_BEFORE_ANYWHERE.search(before):
        return "away"
    if text.startswith(_AWAY_AFTER, m.end):
        return "away"
    return "plain"


def _fused_org(text: str, end: int, vocabulary: Vocabulary) -> str | None:
    """Text after a place → "union" / "enterprise" / "government" when the place opens an org name."""
    orgs = vocabulary.organisations
    window = []
    for ch in text[end : end + 16]:
        if ch in CLAUSE_END or ch in "的和与及在为将对是了（）()“”\"" or ch.isdigit() or ch.isspace():
            break
        window.append(ch)
    tail = "".join(window)
    if not tail:
        return None
    if tail.startswith(_UNION_AFTER) or (tail[:1] in _LEVEL_WORDS and tail[1:].startswith(_UNION_AFTER)):
        return "union"
    best: tuple[int, str] | None = None
    for kind, regex in _suffix_regexes(vocabulary):
        found = regex.search(tail)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    if best is None:
        return None
    if best[1] == "union" and any(s in tail[: best[0]] for s in orgs.enterprise_suffixes):
        return "enterprise"  # 浙江省能源集团有限公司工会: a company's union, not the area's
    if best[1] == "government" and best[0] == 0 and tail.startswith("街道"):
        return None
    return best[1]


@per_vocabulary
def _suffix_regexes(vocabulary: Vocabulary) -> list[tuple[str, re.Pattern]]:
    """Vocabulary → [(kind, regex for its name suffixes)], union first: it wins a tie."""
    orgs = vocabulary.organisations
    kinds = (("union", "union_suffixes"), ("enterprise", "enterprise_suffixes"), ("government", "government_suffixes"))
    return [(kind, re.compile("|".join(map(re.escape, getattr(orgs, key))))) for kind, key in kinds if getattr(orgs, key)]


def _mark_qualifiers(mentions: list[Mention], vocabulary: Vocabulary) -> None:
    """A place written right before its own sub-place (绍兴越城区, 来自安徽阜阳) only qualifies it."""
    for a, b in zip(mentions, mentions[1:]):
        if a.block == b.block and a.end == b.start and _is_ancestor(a.unit, b.unit):
            if a.role == "away" and b.role == "plain":
                b.role = "away"
            a.role = "qualifier"


def _venues(mentions: list[Mention], blocks: list[str]) -> list[Unit]:
    unions = [m for m in mentions if m.role == "union"]
    lead_blocks = {0, _first_body(blocks)}
    chosen = [m.unit for m in unions if m.block in lead_blocks]
    counts = Counter(m.unit.code for m in unions if not _partner_context(blocks[m.block], m.start))
    starts = _chain_starts(mentions)
    for m in unions:
        subject = _is_subject(blocks[m.block], starts.get(id(m), m.start))
        if (counts[m.unit.code] >= 2 or subject) and not _partner_context(blocks[m.block], m.start):
            chosen.append(m.unit)
    if not chosen:
        chosen = _fallback_venue(mentions, lead_blocks, blocks)
    return list({_key(u): u for u in chosen}.values())


def _chain_starts(mentions: list[Mention]) -> dict[int, int]:
    """Mention → where its written name starts, counting a qualifying parent (江门新会区)."""
    out = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.role == "qualifier" and a.end == b.start and a.block == b.block:
            out[id(b)] = a.start
    return out


def _is_subject(text: str, start: int) -> bool:
    """Does the union open its clause, after at most a short time phrase (7月2日, / 今年)?"""
    before = start
    while before > 0 and text[before - 1] not in "。；;！!？?\n" and start - before <= 14:
        before -= 1
    lead = text[before:start].strip()
    return not lead or lead.endswith(("，", ",", " ")) or lead.endswith(_TIME_WORDS)


_TIME_WORDS = ("今年", "日前", "近日", "目前", "此外", "同时", "去年", "当天", "期间", "另外", "随后", "据悉", "据了解", "日", "月")
_PARTNER = ("对口", "结对", "支援", "协作", "两地", "帮扶")


def _partner_context(text: str, pos: int) -> bool:
    """A union in a sentence about partner aid (向木里县总工会捐赠, 对口支援) is the partner, not the venue."""
    a, b = sentence_bounds(text, pos)
    return any(w in text[a:b] for w in _PARTNER)


def _bare_city_union(blocks: list[str], lead_blocks: set[int]) -> bool:
    return any(re.search(r"(?:^|[^\u4e00-\u9fff]|[向由经和与及、])市总(?:工会)?", blocks[i]) for i in lead_blocks if i < len(blocks))


def _key(unit: Unit) -> tuple:
    place = to_place(unit)
    return (place.province, place.city, place.county)


def _first_body(blocks: list[str]) -> int:
    for index, text in enumerate(blocks[1:], start=1):
        if len(text) > 40:
            return index
    return 1


def _fallback_venue(mentions: list[Mention], lead_blocks: set[int], blocks: list[str]) -> list[Unit]:
    """No union place: the headline's places, else a company's home, else the lead's places.
    A bare 市总工会 in the lead with only a county named: the venue is that county's city."""
    named_city = any(m.role == "plain" and m.unit.level != "county" and m.block in lead_blocks for m in mentions)
    if _bare_city_union(blocks, lead_blocks) and not named_city:
        counties = [m.unit for m in mentions if m.role == "plain" and m.unit.level == "county" and m.unit.city and m.unit.city != m.unit.province]
        if counties:
            return [_parent_city(counties[0])]
    for roles, blocks in ((("plain",), {0}), (("coactor",), lead_blocks), (("plain",), lead_blocks)):
        found = [m.unit for m in mentions if m.role in roles and m.block in blocks]
        if found:
            return found[:1] if roles == ("coactor",) else found
    plain = Counter(m.unit for m in mentions if m.role == "plain")
    return [plain.most_common(1)[0][0]] if plain else []


def _mentioned(mentions: list[Mention], venues: list[Unit], vocabulary: Vocabulary) -> list[Unit]:
    venue_codes = {u.code for u in venues} | {to_place(u).code for u in venues}
    out: dict[str, Unit] = {}
    for m in mentions:
        unit = m.unit
        if m.role in ("coactor", "quoted", "qualifier", "street") or unit.code in venue_codes:
            continue
        if any(_is_ancestor(unit, v) or _same_city(unit, v) for v in venues):
            continue  # 浙江 in a 宁波 story: the venue's own province
        if m.role != "away" and any(_is_ancestor(v, unit) for v in venues):
            continue  # a district named as a scene of a city-wide programme
        out.setdefault(_key(unit), unit)
    return list(out.values())


def _parent_city(unit: Unit) -> Unit:
    return Unit(unit.city_code, "city", unit.province, unit.city)


def _same_city(unit: Unit, venue: Unit) -> bool:
    """A zone or alias naming the venue's own city (留甬 in a 宁波 story)."""
    return unit.level == "city" and venue.level != "province" and unit.city == venue.city and unit.province == venue.province
