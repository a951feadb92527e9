"""Lines, URLs and text in → publication dates and year hints out (ISO strings / ints)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

# The century leads (the engine skips to a 1 or 2); "no digit before the year" is looked back at from
# after it: the two digits read plus one more would be three (2.8× faster than a leading look-behind).
FULL_DATE = re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
URL_DATE = re.compile(r"(?<!\d)(20\d\d)(?:[-/_]?(\d\d)[-/_]?(\d\d)(?!\d)|/(\d{1,2})/(\d{1,2})/)")  # …/2023/7/5/ too
URL_YEAR = re.compile(r"/(20\d\d)(?=[-/_]|\d\d)")
# A year in text ("2021年"): four ASCII digits of their own, then optional spaces, then 年. Found from each
# 年 (str.find runs at memory speed) rather than by a pattern, which the engine tries at every position.
FIRST_YEAR, LAST_YEAR = 1949, 2099
ASCII_DIGITS = frozenset("0123456789")
# Lines whose date is a "today is" widget, not a publication date.
NOT_PUBLICATION = re.compile(r"今天是|今日是|今天|截至|截止")
LABELLED = re.compile(r"发布时间|發布時間|发布日期|發佈日期|时间[:：]|時間[:：]|日期[:：]|来源|來源|稿源")


def iso_date(year: str, month: str, day: str) -> str | None:
    """Year, month, day strings in → ISO date out, None when not a real date."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


# A date in Chinese numerals, as official documents and some pages print it: "二〇二三年七月五日", "二零二三年十二月二十五日".
NUMERAL_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
NUMERAL_VALUES = {char: n for n, chars in enumerate(("〇零○", "一", "二", "三", "四", "五", "六", "七", "八", "九")) for char in chars}


def _numeral_number(text: str) -> int:
    """Chinese numerals in → their value: a year read digit by digit (二〇二三 → 2023), a count with 十 (二十五 → 25)."""
    if "十" not in text:
        return int("".join(str(NUMERAL_VALUES[char]) for char in text))
    tens, _, ones = text.partition("十")
    return (NUMERAL_VALUES[tens] if tens else 1) * 10 + (NUMERAL_VALUES[ones] if ones else 0)


# A date printed day first, as Hong Kong, Macau and British-templated sites print it ("發佈日期：15/12/2012",
# "07/12/2026"): one separator twice, the year last.
DAY_FIRST_DATE = re.compile(r"(?<![A-Za-z\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")
# A year printed apart from its month and day, as 新华网 sets its date in spans of their own
# (<span class="year">2026</span><span class="day">03/05</span>, read "2026 03/05 10:21:33").
YEAR_APART_DATE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/.-])")


def first_date(line: str) -> str | None:
    """A line in → the first valid full date in it (ISO) out; in digits, else in Chinese numerals ("二〇二三年七月五日"),
    else day first ("15/12/2012": the day first unless only the second number can be one, 12/15/2012)."""
    for match in FULL_DATE.finditer(line):
        found = iso_date(*match.groups())
        if found:
            return found
    if "月" in line and (numeral := NUMERAL_DATE.search(line)):
        try:
            year, month, day = (_numeral_number(part) for part in numeral.groups())
        except (KeyError, ValueError):
            return None  # 十 written twice or in the year: not a date
        return iso_date(str(year), str(month), str(day)) if FIRST_YEAR <= year <= LAST_YEAR else None
    for match in DAY_FIRST_DATE.finditer(line):
        first, _, second, printed_year = match.groups()
        day_first = (second, first) if int(second) > 12 else (first, second)
        if found := iso_date(printed_year, day_first[1], day_first[0]):
            return found
    return None


def year_apart_date(line: str) -> str | None:
    """A short line in → the date it prints with the year apart from month and day ("2026 03/05 10:21:33"), or None.
    Only for a page's furniture lines: in running text four digits and a fraction are no date."""
    match = YEAR_APART_DATE.search(line)
    return iso_date(*match.groups()) if match else None


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
        year, month, day, short_month, short_day = match.groups()
        found = iso_date(year, month or short_month, day or short_day)
        if found:
            return found
    return None


def year_from_url(url: str) -> int | None:
    """URL in → a year in its path out, or None."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    match = URL_YEAR.search(path)
    return int(match.group(1)) if match else None


def _years_before_nian(text: str) -> list[int]:
    """Text in → every year written as four digits before 年 ("2021年", "2021 年"), in order."""
    years = []
    at = text.find("年")
    while at >= 0:
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end - 4
        digits = text[start:end] if start >= 0 else ""
        if len(digits) == 4 and set(digits) <= ASCII_DIGITS and not (start and text[start - 1] in ASCII_DIGITS):
            years.append(int(digits))
        at = text.find("年", at + 1)
    return years


def year_from_text(text: str) -> int | None:
    """Body text in → the year it talks about most (latest on ties) out, or None."""
    counts = Counter(year for year in _years_before_nian(text) if FIRST_YEAR <= year <= LAST_YEAR)
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))
