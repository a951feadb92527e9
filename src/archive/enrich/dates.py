"""Paragraphs and a year → the programme's dates {"gte", "lte"} (1月21日—1月30日 → ISO dates).

The year comes from the article (published, or a ``year_hint`` the text stage may set), or
from a 2023年 written in the same range. Without a year nothing is resolved: a guessed year
would file the programme under the wrong Spring Festival.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_DASH = r"\s*(?:—|－|-|–|~|～|至|到)+\s*"
_RANGE = re.compile(
    r"(?:(?P<y1>\d{4})\s*年\s*)?(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日?"
    + _DASH
    + r"(?:(?P<y2>\d{4})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"
)
_UNTIL = re.compile(r"(?:即日起|从即日起|自即日起)\s*(?:至|到)\s*(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日|底|末)")


def programme_dates(paragraphs: list[str], year: int | None, published: str | None = None) -> dict[str, str] | None:
    """Paragraphs, the article's year and publication date → {"gte", "lte"} or None."""
    spans: list[tuple[date, date]] = []
    for text in paragraphs:
        for m in _RANGE.finditer(text):
            span = _range(m, year)
            if span:
                spans.append(span)
        for m in _UNTIL.finditer(text):
            span = _until(m, year, published)
            if span:
                spans.append(span)
    if not spans:
        return None
    return {"gte": min(a for a, _ in spans).isoformat(), "lte": max(b for _, b in spans).isoformat()}


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
