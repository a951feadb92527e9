"""Numerals as written in Chinese news → numbers: 1,600 / 1.2万 / 三千 / 千 / 近百万 / 两 / 75万余.

Arabic digits are parsed here; a Chinese numeral is handed to ``cn2an.cn2an()`` alone (its
``transform`` on running text is unusable), after the cases it mishandles are taken out:
bare magnitudes (千, 万, 百万) and a 两 before a magnitude.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import cn2an

MAGNITUDES: Final = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_DIGITS: Final = "零〇一二两兩三四五六七八九"
MAGNITUDE_CHARS: Final = "十百千万萬亿億"
LARGE_MAGNITUDE_CHARS: Final = "万萬亿億"  # a money amount may drop 元 after these (近百万专项资金)
CN_NUMERAL: Final = CN_DIGITS + MAGNITUDE_CHARS
_ARABIC: Final = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")


@lru_cache(maxsize=4096)
def parse_number(digits: str, magnitude: str = "") -> float | None:
    """Numeral (digits or Chinese) and a trailing magnitude (万, 亿, 百万...) → value, or None."""
    base = parse_numeral(digits)
    if base is None:
        return None
    for ch in magnitude:
        base *= MAGNITUDES.get(ch, 1)
    return round(base, 2)


@lru_cache(maxsize=4096)
def parse_numeral(text: str) -> float | None:
    """One isolated numeral → its value (None when it is not a clean numeral)."""
    text = text.strip().replace(" ", "").replace("．", ".")  # １８．６: a full-width decimal point
    if not text:
        return None
    if text.isdecimal():  # plain digits (most numerals): what the regex below accepts, without it
        return float(text)
    if _ARABIC.match(text):
        return float(text.replace(",", ""))
    if mixed := re.fullmatch(r"(\d+(?:\.\d+)?)[十百千万萬亿億]+", text):
        head = mixed[1]
        value = float(head)
        for ch in text[len(head):]:
            value *= MAGNITUDES[ch]
        return round(value, 2)  # 16.4亿 is 1640000000, not 1639999999.9999998
    if not all(ch in CN_NUMERAL for ch in text):
        return None
    if re.search(r"[%s]{2}" % CN_DIGITS, text) and "零" not in text and "〇" not in text:
        return None  # 五六张, 两三个: a vague estimate, not a number
    if all(ch in MAGNITUDES for ch in text):  # 千, 万, 百万: cn2an refuses a bare magnitude
        steps = [MAGNITUDES[ch] for ch in text]
        if any(a >= b for a, b in zip(steps, steps[1:])):
            return None  # 千千万万 is rhetoric, not a number
        value = 1.0
        for step in steps:
            value *= step
        return value
    text = text.replace("兩", "两").replace("萬", "万").replace("億", "亿").replace("〇", "零")
    if text[0] in MAGNITUDES and text[0] != "十":
        text = "一" + text  # 百万 handled above; 千五 → 一千五
    try:
        return float(cn2an.cn2an(text, "strict"))
    except (ValueError, KeyError, IndexError):
        try:
            return float(cn2an.cn2an(text, "normal"))
        except (ValueError, KeyError, IndexError):
            return None
