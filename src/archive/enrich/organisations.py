"""Title and paragraphs → Organisations: unions, enterprises and government bodies named.

An organisation name ends in a suffix from ``organisations.yaml`` (总工会, 有限公司, 局 ...)
and starts after the nearest left stop (punctuation, a function word, a verb such as 联合).
A union named after its company (浙江省能源集团有限公司工会) also yields the company.
Short names: the name less its region prefix and legal suffix (浙江盛达海洋股份有限公司 → 盛达海洋),
or an abbreviation the article itself uses (浙能集团 for 浙江省能源集团有限公司).
"""

from __future__ import annotations

import re
from typing import Final

from archive.enrich.context import ArticleContext, Block
from archive.enrich.matching import code_table, per_vocabulary
from archive.enrich.scanner import ORG_SUFFIX, PLACE, SpanRule, vocabulary_scanner
from archive.sentences import CLAUSE_END
from archive.model import Organisation
from archive.vocabulary import Vocabulary

_BREAK: Final = set(CLAUSE_END) | set("（）()“”\"《》「」【】[] \u3000·—-") | set("0123456789")


def find_organisations(context: ArticleContext) -> list[Organisation]:
    """An article's context → organisations in order of first mention, deduplicated."""
    vocabulary = context.vocabulary
    found: dict[str, Organisation] = {}
    for block in context.blocks:
        for name, kind in _names(block):
            if name not in found:
                found[name] = Organisation(name, _short_name(name, vocabulary), kind)  # (by position: no keyword dict)
            company = _company_of(name, vocabulary) if kind == "union" else None
            if company and company not in found:
                found[company] = Organisation(company, _short_name(company, vocabulary), "enterprise")
    orgs = list(found.values())
    tables = vocabulary.organisations
    brands = set(tables.brands)
    # 浙江省能源集团 found inside 浙江省能源集团有限公司: keep the whole name only (names are
    # unique: ``found``'s keys; read once as plain pairs)
    named = [(o.name, o.kind) for o in orgs]
    orgs = [o for o, (name, kind) in zip(orgs, named)
            if name in brands or not any(other != name and k == kind and other.startswith(name) for other, k in named)]
    _link_abbreviations(orgs, tables.legal_suffixes)
    return [o for o in orgs if o.name not in tables.bare_names]


def union_names(block: Block) -> list[str]:
    """A block → the union names in it, in order (宁波市总工会, 顺丰速运工会)."""
    return [name for name, kind in _names(block) if kind == "union"]


def _names(block: Block) -> list[tuple[str, str]]:
    """A block → (name, kind) of each organisation named in it (found once per block)."""
    found = block.memo.get("organisations")
    if found is None:
        tables = _name_tables(block.vocabulary)  # (one look-up a block: passed down, not asked per suffix)
        found = block.memo["organisations"] = _find_names(block.text, block.spans.of(ORG_SUFFIX, tables.rule), tables)
    return found


class _NameTables:
    """What ``_find_names`` reads, built once per vocabulary: the suffixes' kinds, the left
    stops as a code table, and the verdicts on the names met so far."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.kinds, self.brands = _suffix_table(vocabulary)
        self.rule = _suffix_rule(vocabulary)
        self.stops, self.lengths, last_chars = _left_stops(vocabulary)
        self.bounds = _bound_table(last_chars)
        self.level_chars = _level_chars(vocabulary)
        # candidate name (text from its left boundary to its suffix's end) → (the suffix, the
        # name kept or None): the same names come back in article after article (宁波市总工会),
        # and what decides a name is the candidate and its suffix alone
        self.verdicts: dict[str, tuple[str, str | None]] = {}


@per_vocabulary
def _name_tables(vocabulary: Vocabulary) -> _NameTables:
    return _NameTables(vocabulary)


_BREAK_MARK: Final = 1  # a character no name runs across (_BREAK)
_STOP_END_MARK: Final = 2  # the last character of a left stop word (的, 联合): one may end here


def _bound_table(last_chars: frozenset[str]) -> bytes:
    """Left stops' last characters → code point → ``_BREAK_MARK`` (a break character, which
    wins), ``_STOP_END_MARK`` or 0, for ``_left_boundary``."""
    codes = {ord(ch) for ch in _BREAK} | {ord(ch) for ch in last_chars}
    table = bytearray(max(codes) + 1)
    for ch in last_chars:
        table[ord(ch)] = _STOP_END_MARK
    for ch in _BREAK:
        table[ord(ch)] = _BREAK_MARK
    return bytes(table)


def _find_names(text: str, suffixes: list[tuple[int, int]], tables: _NameTables) -> list[tuple[str, str]]:
    kinds, verdicts = tables.kinds, tables.verdicts
    out = []
    for suffix_start, end in suffixes:
        suffix = text[suffix_start:end]
        start = _left_boundary(text, suffix_start, tables)
        candidate = text[start:end]
        known = verdicts.get(candidate)
        if known is not None and known[0] == suffix:
            name = known[1]
        else:
            name = _verdict(candidate, suffix, kinds[suffix], tables)
            if len(verdicts) >= _MEMO_LIMIT:
                verdicts.clear()
            verdicts[candidate] = (suffix, name)
        if name is not None:
            out.append((name, kinds[suffix]))
    return out


def _verdict(candidate: str, suffix: str, kind: str, tables: _NameTables) -> str | None:
    """A candidate name (from its left boundary to the end of its suffix) → the name it gives,
    or None when it names nobody."""
    vocabulary = tables.vocabulary
    name = _trim(candidate, vocabulary) if kind == "union" else candidate
    if name is None or (len(name) <= len(suffix) and suffix not in tables.brands):
        return None  # a bare suffix (工会, 局) with nothing before it names nobody
    if kind == "union" and not _has_owner(name, suffix, vocabulary):
        return None  # 持卡工会, 强化工会: no place, company or trade names the union
    if kind == "government" and not (name[:1] in tables.level_chars or _place_at(name, vocabulary) == 0):
        return None  # 党委政府, 集团文联: a body named by no place is not an identifiable body
    return name


def _trim(name: str, vocabulary: Vocabulary) -> str | None:
    """Candidate name → the name from its first place name on (年来临海市总工会 → 临海市总工会)."""
    start = _place_at(name[:4], vocabulary)
    if start:
        name = name[start:]
    if name.startswith(vocabulary.organisations.determiners):
        return None
    return name


def _place_at(text: str, vocabulary: Vocabulary) -> int | None:
    """A short text → where the first written form of a place starts in it (None: no place)."""
    known = _places_at(vocabulary)
    if text in known:  # the same names come back in article after article (宁波市总工会)
        return known[text]
    places = vocabulary_scanner(vocabulary).scan(text, remember=False).of(PLACE)
    if len(known) >= _PLACES_AT_MAX:
        known.clear()
    found = known[text] = places[0][0] if places else None
    return found


_PLACES_AT_MAX: Final = 50_000


@per_vocabulary
def _places_at(vocabulary: Vocabulary) -> dict[str, int | None]:
    """Vocabulary → its memo of _place_at (short names → where their place starts)."""
    return {}


@per_vocabulary
def _level_chars(vocabulary: Vocabulary) -> str:
    """Vocabulary → the one-character level words (市区县省镇乡) a government body may open with."""
    return "".join(w for w in vocabulary.organisations.level_words if len(w) == 1)


def _has_owner(name: str, suffix: str, vocabulary: Vocabulary) -> bool:
    """A union name needs an owner: a place, a company, a trade, or a level word (市总工会)."""
    tables = vocabulary.organisations
    owner = name[: -len(suffix)]
    if not owner or owner in tables.level_words:
        return bool(owner)
    if _place_at(owner, vocabulary) == 0:
        return True
    enterprise, brands = _owner_words(vocabulary)
    if enterprise.search(owner) or owner.startswith(brands):
        return True
    return suffix in tables.ownerless_union_suffixes or owner.endswith(tables.owner_endings)


@per_vocabulary
def _owner_words(vocabulary: Vocabulary) -> tuple[re.Pattern, tuple[str, ...]]:
    """Vocabulary → (regex for enterprise suffixes anywhere, brands longest first), built once."""
    orgs = vocabulary.organisations
    enterprise = re.compile("|".join(map(re.escape, orgs.enterprise_suffixes)) or "(?!)")
    return enterprise, tuple(sorted(orgs.brands, key=len, reverse=True))


@per_vocabulary
def _suffix_table(vocabulary: Vocabulary) -> tuple[dict[str, str], set[str]]:
    """Vocabulary → (suffix → kind, brands), built once."""
    orgs = vocabulary.organisations
    kinds = {}
    for kind, key in (("government", "government_suffixes"), ("enterprise", "enterprise_suffixes"), ("union", "union_suffixes")):
        for suffix in getattr(orgs, key):
            kinds[suffix] = kind
    brands = set(orgs.brands)
    for brand in brands:
        kinds.setdefault(brand, "enterprise")
    return kinds, brands


@per_vocabulary
def _suffix_rule(vocabulary: Vocabulary) -> SpanRule:
    """Vocabulary → the check of a suffix span: the scanner takes the longest suffix at a
    position (有限公司 before 公司); 集团化 is no group, and 区总 followed by 工会 is left to
    总工会 at the next position (市总 abbreviates 总工会 only when 工会 does not follow)."""
    orgs = vocabulary.organisations
    return _SuffixRule(frozenset(orgs.abbreviated_union_suffixes), orgs.abbreviated_not_before, orgs.suffix_not_before)


class _SuffixRule(SpanRule):
    """``_suffix_rule``'s check (a SpanRule: the scan calls it directly)."""

    def __init__(self, abbreviated: frozenset[str], not_after_abbreviated: tuple[str, ...], not_after: tuple[str, ...]):
        self.abbreviated, self.not_after_abbreviated, self.not_after = abbreviated, not_after_abbreviated, not_after
        blocked = not_after_abbreviated + not_after
        # the characters a blocked word opens with, as a code table (compiled, the code point of
        # the character after the suffix read in place, where a one-character slice cost a new
        # string, its hash and a set look-up); an empty blocked word blocks a suffix ending the text
        self.first_chars = code_table({ord(w[0]) for w in blocked if w})
        self.at_text_end = "" in blocked

    def accepts(self, text: str, start: int, end: int) -> bool:
        if end < len(text):
            code = ord(text[end])
            if code >= len(self.first_chars) or not self.first_chars[code]:
                return True  # no blocked word can follow (most suffixes): no slice of the suffix read
        elif not self.at_text_end:
            return True
        blocked = self.not_after_abbreviated if text[start:end] in self.abbreviated else self.not_after
        return not text.startswith(blocked, end)


@per_vocabulary
def _left_stops(vocabulary: Vocabulary) -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """Vocabulary → (left stop words, their lengths longest first, their last characters), for
    set look-ups."""
    stops = frozenset(w for w in vocabulary.organisations.left_stops if w)
    return stops, tuple(sorted({len(w) for w in stops}, reverse=True)), frozenset(w[-1] for w in stops)


def _left_boundary(text: str, end: int, tables: _NameTables) -> int:
    """Text and a suffix start → where the organisation name starts (at most 20 chars back).
    Each character is read as its code point in ``tables.bounds`` (compiled, a few
    instructions; a one-character string looked up in two sets cost a new string and its hash)."""
    stops, lengths, bounds = tables.stops, tables.lengths, tables.bounds
    size = len(bounds)
    start = end
    while start > 0 and end - start < 20:
        code = ord(text[start - 1])
        mark = bounds[code] if code < size else 0
        if mark == _BREAK_MARK:
            break
        if mark == _STOP_END_MARK:  # (only then can a stop word end here: most characters end none)
            for length in lengths:
                if length <= start and text[start - length : start] in stops:
                    return start  # a function word or verb (的, 联合) ends just before: the name starts here
        start -= 1
    return start


def _company_of(name: str, vocabulary: Vocabulary) -> str | None:
    """A union's name → the company that owns it (…有限公司工会 → …有限公司), once per name."""
    known = _companies_of_unions(vocabulary)
    if name not in known:
        if len(known) >= _MEMO_LIMIT:
            known.clear()  # a long run meets ever new names: keep the memo bounded
        known[name] = _find_company_of(name, vocabulary)
    return known[name]


_MEMO_LIMIT: Final = 20_000


@per_vocabulary
def _companies_of_unions(vocabulary: Vocabulary) -> dict[str, str | None]:
    """Vocabulary → its memo of union name → owning company (filled as names are met)."""
    return {}


def _find_company_of(name: str, vocabulary: Vocabulary) -> str | None:
    tables = vocabulary.organisations
    for suffix in tables.enterprise_suffixes:
        pos = name.rfind(suffix)
        if pos > 0 and name.endswith(tables.company_union_suffixes) and pos + len(suffix) < len(name):
            return name[: pos + len(suffix)]
    return None


def _short_name(name: str, vocabulary: Vocabulary) -> str | None:
    """Full name → the name less its brand tail, legal suffix and leading province (None if same),
    once per name (the same names come back in article after article)."""
    known = _short_names(vocabulary)
    if name not in known:
        if len(known) >= _MEMO_LIMIT:
            known.clear()
        known[name] = _find_short_name(name, vocabulary)
    return known[name]


@per_vocabulary
def _short_names(vocabulary: Vocabulary) -> dict[str, str | None]:
    """Vocabulary → its memo of full name → short name."""
    return {}


def _find_short_name(name: str, vocabulary: Vocabulary) -> str | None:
    for brand in _owner_words(vocabulary)[1]:
        if name.startswith(brand) and len(name) > len(brand):
            return brand
    core = name
    for legal in vocabulary.organisations.legal_suffixes:
        if core.endswith(legal):
            core = core[: -len(legal)]
            break
    if core != name:
        for prefix in _province_prefixes(vocabulary):
            if core.startswith(prefix) and len(core) - len(prefix) >= 2:
                core = core[len(prefix) :]
                break
    return core if core != name else None


@per_vocabulary
def _province_prefixes(vocabulary: Vocabulary) -> list[str]:
    """Vocabulary → province names and short forms (and 中国), longest first."""
    forms = [t for t, s in vocabulary.gazetteer.surfaces.items() if s.units[0].level == "province"]
    return sorted(forms + list(vocabulary.organisations.country_prefixes), key=len, reverse=True)


def _link_abbreviations(orgs: list[Organisation], legal_suffixes: tuple[str, ...]) -> None:
    """浙能集团 and 浙江省能源集团有限公司 in one article: the shorter is the longer's short name."""
    # (names and kinds read once: every pair is compared, and each read of a plain Python
    # object's field is a dictionary look-up)
    names = [o.name for o in orgs]
    kinds = [o.kind for o in orgs]
    for i, short in enumerate(orgs):
        name = names[i]
        for j, full in enumerate(orgs):
            full_name = names[j]
            if len(name) >= len(full_name) or kinds[j] != kinds[i]:
                continue  # (the organisation itself too: its name is as long as its own)
            core = full_name
            for legal in legal_suffixes:
                core = core.removesuffix(legal)
            if name[0] == full_name[0] and name[-2:] == core[-2:] and _subsequence(name, core):
                full.short_name = name
                short.short_name = name


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)
