"""Paragraphs and a year → the programme's dates {"gte", "lte"} (1月21日—1月30日 → ISO dates).

The year comes from the article (published, or a ``year_hint`` the text stage may set), or
from a 2023年 written in the same range. Without a year nothing is resolved: a guessed year
would file the programme under the wrong Spring Festival.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

from archive.enrich.context import Block
from archive.enrich.matching import code_table, matches_of, opening_with
from archive.enrich.scanner import FESTIVAL, SpanRule

_DASH_CHARS: Final = "—－-–~～至到"  # what joins the two ends of a range (1月21日—1月30日, 至, 到)
_DASH = r"\s*(?:%s)+\s*" % "|".join(map(re.escape, _DASH_CHARS))
_RANGE: Final = opening_with(  # every match opens with a digit: the engine scans for those only
    r"[\d]", r"(?:(?P<y1>\d{4})\s*年\s*)?(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日?"
    + _DASH
    + r"(?:(?P<y2>\d{4})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"
)
_UNTIL: Final = re.compile(r"(?:即日起|从即日起|自即日起)\s*(?:至|到)\s*(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日|底|末)")


def programme_dates(paragraphs: list[str], year: int | None, published: str | None = None) -> dict[str, str] | None:
    """Paragraphs, the article's year and publication date → {"gte", "lte"} or None."""
    spans: list[tuple[date, date]] = []
    for text in paragraphs:
        if "月" not in text:
            continue  # both patterns need a month (the regex would try every position to learn it)
        # a range ends in a day (…30日) and joins its ends with a dash (至, 到, —), an open one
        # opens with 即日起: each pass runs only then (nine in ten paragraphs with 月 and 日 have
        # no dash, and the range regex is tried at every digit of those)
        for m in matches_of(_RANGE, text) if "日" in text and _has_dash(text) else ():
            span = _range(m, year)
            if span:
                spans.append(span)
        for m in _UNTIL.finditer(text) if "即日起" in text else ():
            span = _until(m, year, published)
            if span:
                spans.append(span)
    if not spans:
        return None
    return {"gte": min(a for a, _ in spans).isoformat(), "lte": max(b for _, b in spans).isoformat()}


def _has_dash(text: str) -> bool:
    """Does the text hold a character a range's dash is written with (``_DASH_CHARS``)?"""
    for ch in _DASH_CHARS:
        if ch in text:
            return True
    return False


def article_year(published: str | None, year_hint: int | None = None) -> int | None:
    """ISO publication date or a year hint → the year dates are read against."""
    if year_hint:
        return int(year_hint)
    if published and re.match(r"^\d{4}", published):
        return int(published[:4])
    return None


def _range(m: re.Match, year: int | None) -> tuple[date, date] | None:
    y1 = int(m.group("y1")) if m.group("y1") else year
    if y1 is None:
        return None
    m1, d1 = int(m.group("m1")), int(m.group("d1"))
    m2 = int(m.group("m2")) if m.group("m2") else m1
    y2 = int(m.group("y2")) if m.group("y2") else (y1 + 1 if m2 < m1 else y1)  # 12月20日—1月5日
    try:
        start, end = date(y1, m1, d1), date(y2, m2, int(m.group("d2")))
    except ValueError:
        return None
    return (start, end) if start <= end else None


def _until(m: re.Match, year: int | None, published: str | None) -> tuple[date, date] | None:
    y = int(m.group("y")) if m.group("y") else year
    if y is None or not published:
        return None
    month = int(m.group("m"))
    try:
        start = date.fromisoformat(published[:10])
        day = int(m.group("d")) if m.group("d") else calendar.monthrange(y, month)[1]
        end = date(y, month, day)
    except ValueError:
        return None
    return (start, end) if start <= end else None


# -- every article on the timeline ------------------------------------------------------------
#
# ``published`` is the date printed on the page (or given by the operator). Without one, an
# article is placed by what a reader would use, in this order: a date in its lead (本报讯 1月17日…),
# the start of its programme dates (1月21日—1月30日), a festival it is written around (2023年春节前夕
# → that year's Spring Festival, from lunar-python). The year comes from the article (printed date,
# URL, the year its text talks about). Without a year nothing is guessed: the ingest date is used.

FESTIVALS_FILE = Path(__file__).with_name("festivals.yaml")
_LEAD_DATE: Final = opening_with(r"[\d]", r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_FESTIVAL_KEYS = {"lunar", "solar", "term", "offset", "words"}


@dataclass(frozen=True)
class Festival:
    """A festival: when it falls and the words that name it."""

    name: str
    words: tuple[str, ...]
    lunar: tuple[int, int] | None = None
    solar: tuple[int, int] | None = None
    term: str | None = None
    offset: int = 0

    @lru_cache(maxsize=4096)  # noqa: B019 (festivals are loaded once; lunar-python costs ~0.3 ms a call)
    def date_in(self, year: int) -> date | None:
        """The festival's (Gregorian) date in ``year``."""
        from lunar_python import Lunar, Solar

        try:
            if self.solar:
                day = date(year, *self.solar)
            elif self.lunar:
                solar = Lunar.fromYmd(year, *self.lunar).getSolar()
                day = date(solar.getYear(), solar.getMonth(), solar.getDay())
            else:
                found = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()[self.term]
                day = date(found.getYear(), found.getMonth(), found.getDay())
        except (KeyError, ValueError, TypeError):
            return None
        return day + timedelta(days=self.offset)


def _pair(name: str, key: str, value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ValueError(f"{FESTIVALS_FILE.name}: {name}.{key} must be [month, day], not {value!r}")
    return (value[0], value[1])


@lru_cache(maxsize=1)
def load_festivals(path: Path = FESTIVALS_FILE) -> tuple[Festival, ...]:
    """festivals.yaml → Festivals (unknown keys, missing words or dates are errors that name the entry)."""
    return _load_festival_file(path)[0]


@lru_cache(maxsize=1)
def _load_festival_file(path: Path = FESTIVALS_FILE) -> tuple[tuple[Festival, ...], tuple[str, ...]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if set(data) != {"festivals", "not_followed_by"}:
        raise ValueError(f"{path.name}: expected the keys 'festivals' and 'not_followed_by', found {sorted(data)}")
    names = data["not_followed_by"]
    if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        raise ValueError(f"{path.name}: not_followed_by must be a list of strings")
    festivals = []
    for name, entry in data["festivals"].items():
        unknown = set(entry) - _FESTIVAL_KEYS
        if unknown:
            raise ValueError(f"{path.name}: {name} has unknown key(s) {sorted(unknown)}")
        words = entry.get("words")
        if not (isinstance(words, list) and words and all(isinstance(w, str) for w in words)):
            raise ValueError(f"{path.name}: {name}.words must be a non-empty list of strings")
        festival = Festival(name, tuple(words), lunar=_pair(name, "lunar", entry.get("lunar")),
                            solar=_pair(name, "solar", entry.get("solar")), term=entry.get("term"),
                            offset=int(entry.get("offset", 0)))
        if sum(x is not None for x in (festival.lunar, festival.solar, festival.term)) != 1:
            raise ValueError(f"{path.name}: {name} needs exactly one of lunar, solar, term")
        festivals.append(festival)
    return tuple(festivals), tuple(names)


def festival_words() -> list[str]:
    """Every word festivals.yaml names a festival with (the scanner's kind ``festival``)."""
    return [word for festival in load_festivals() for word in festival.words]


class _NoNamePart(SpanRule):
    """A festival word is none when a name's word follows it (五一广场, 五一劳动奖章: festivals.yaml
    ``not_followed_by``), as the festival regex's look-ahead rejects it."""

    def __init__(self, names: tuple[str, ...]):
        self.names = names
        self.firsts = code_table({ord(name[0]) for name in names if name})  # what they open with
        self.empty = "" in names  # (a look-ahead for nothing rejects every word)

    def accepts(self, text: str, start: int, end: int) -> bool:
        if self.empty:
            return False
        if end >= len(text):
            return True
        code = ord(text[end])
        if code >= len(self.firsts) or not self.firsts[code]:
            return True  # (most words: no name opens right after them, and no method call to learn it)
        for name in self.names:
            if text.startswith(name, end):
                return False
        return True


@lru_cache(maxsize=1)
def _festival_pattern() -> tuple[re.Pattern, dict[str, Festival], _NoNamePart]:
    """festivals.yaml → (a regex for the festival words, word → Festival, the rule a block's
    scan of the words applies as the regex would). The words are searched alone and the year
    looked for behind each (``_year_before``): a regex opening with the optional year would try
    every position of the text."""
    festivals, names = _load_festival_file()
    by_word = {word: f for f in festivals for word in f.words}
    words = sorted(by_word, key=len, reverse=True)
    not_names = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = re.compile("(?:" + "|".join(map(re.escape, words)) + ")" + (f"(?!{not_names})" if not_names else ""))
    return pattern, by_word, _NoNamePart(names)


def _year_before(text: str, start: int, end: int) -> int | None:
    """The year written right before text[end] (2023年春节, 2023 年 春节: 19xx or 20xx, 年,
    whitespace around it), within text[start:end]; read backwards from ``end``, not tried at
    every position from ``start``."""
    head = text[start:end].rstrip()
    if not head.endswith("年"):
        return None
    digits = head[:-1].rstrip()[-4:]
    if len(digits) == 4 and digits[:2] in ("19", "20") and digits[2:].isdecimal():
        return int(digits)
    return None


def lead_date(paragraphs: list[str], year: int | None) -> str | None:
    """The first two paragraphs → the date the lead gives (本报讯 1月17日…), or None."""
    for text in paragraphs[:2]:
        if "月" not in text or "日" not in text:
            continue  # a lead date is written with both (1月17日)
        for m in matches_of(_LEAD_DATE, text):
            y = int(m.group("y")) if m.group("y") else year
            if y is None:
                continue
            try:
                return date(y, int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                continue
    return None


def festival_date(texts: list[str], year: int | None, blocks: list[Block] | None = None) -> str | None:
    """Headline and paragraphs → the date of the first festival they name (with its year), or None.
    ``blocks``: the same texts' Blocks, whose scans hold the festival words (the regex, ~56
    instructions a character, runs on a text no facet has scanned)."""
    pattern, by_word, rule = _festival_pattern()
    for index, text in enumerate(texts):
        last = 0
        spans = blocks[index].scanned if blocks is not None else None
        if spans is not None:
            found = spans.of(FESTIVAL, rule)
        else:
            found = [m.span() for m in pattern.finditer(text)]
        for start, end in found:
            written = _year_before(text, last, start)  # after the previous festival word
            last = end
            y = written or year
            day = by_word[text[start:end]].date_in(y) if y else None
            if day:
                return day.isoformat()
    return None


def estimated_date(headline: str, paragraphs: list[str], year: int | None,
                   programme: dict[str, str] | None = None, blocks: list[Block] | None = None) -> str | None:
    """An article without a printed date → the date a reader would place it at, or None.
    ``blocks``: the headline's and paragraphs' Blocks (``ArticleContext.blocks``), when known."""
    return lead_date(paragraphs, year) or (programme or {}).get("gte") or festival_date([headline, *paragraphs], year, blocks)


def timeline(published: str | None, estimated: str | None, ingested_at: str, flags: list[str]) -> tuple[str, str]:
    """What is known of an article's date → (the date it is filed under, date_source)."""
    if published and "published_given" in flags:
        return published[:10], "operator"
    if published and "published_from_url" not in flags:
        return published[:10], "printed"
    if published or estimated:
        return (published or estimated or "")[:10], "estimated"
    return ingested_at[:10], "ingested"
