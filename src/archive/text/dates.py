"""Lines, URLs and text in → publication dates and year hints out (ISO strings / ints)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
URL_DATE = re.compile(r"(?<!\d)(20\d\d)[-/_]?(\d\d)[-/_]?(\d\d)(?!\d)")
URL_YEAR = re.compile(r"/(20\d\d)(?=[-/_]|\d\d)")
# A year in text ("2021年"): four digits not preceded by a digit, checked by hand, since a pattern
# opening with a look-behind makes the engine try every position (one opening with a digit skips to digits).
YEAR_DIGITS = re.compile(r"(\d{4})\s*年")
FIRST_YEAR, LAST_YEAR = 1949, 2099
# Lines whose date is a "today is" widget, not a publication date.
NOT_PUBLICATION = re.compile(r"今天是|今日是|今天|截至|截止")
LABELLED = re.compile(r"发布时间|發布時間|发布日期|發佈日期|时间[:：]|時間[:：]|日期[:：]|来源|來源|稿源")


def iso_date(year: str, month: str, day: str) -> str | None:
    """Year, month, day strings in → ISO date out, None when not a real date."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def first_date(line: str) -> str | None:
    """A line in → the first valid full date in it (ISO) out."""
    for match in FULL_DATE.finditer(line):
        found = iso_date(*match.groups())
        if found:
            return found
    return None


def published_from_lines(lines: list[str]) -> str | None:
    """Page-furniture lines (meta, header, footer) in → publication date out; labelled lines win."""
    candidates = [line for line in lines if not NOT_PUBLICATION.search(line)]
    for line in sorted(candidates, key=lambda line: not LABELLED.search(line)):
        found = first_date(line)
        if found:
            return found
    return None


def date_from_url(url: str) -> str | None:
    """URL in → the ISO date in its path ("/2021-08/16/", "/202201/24/") out, or None."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for match in URL_DATE.finditer(path):
        found = iso_date(*match.groups())
        if found:
            return found
    return None


def year_from_url(url: str) -> int | None:
    """URL in → a year in its path out, or None."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    match = URL_YEAR.search(path)
    return int(match.group(1)) if match else None


def year_from_text(text: str) -> int | None:
    """Body text in → the year it talks about most (latest on ties) out, or None."""
    years = (int(m.group(1)) for m in YEAR_DIGITS.finditer(text) if not (m.start() and text[m.start() - 1].isdigit()))
    counts = Counter(year for year in years if FIRST_YEAR <= year <= LAST_YEAR)
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))
