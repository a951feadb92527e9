"""Paragraphs in → signs that text was lost (an enumeration that skips an item)."""

from __future__ import annotations

from archive.text.markers import CIRCLED, CN_DIGITS, ENUMERATORS


def enumerator_value(style: str, token: str) -> int:
    """Enumerator token ("二", "3", "③") in → its number out."""
    if style == "circled":
        return CIRCLED.index(token) + 1
    if token.isdigit():
        return int(token)
    if token.startswith("十"):
        return 10 + (CN_DIGITS.get(token[1:], 0) if len(token) > 1 else 0)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return CN_DIGITS[tens] * 10 + CN_DIGITS.get(ones, 0)
    return CN_DIGITS[token]


def enumeration_skips(paragraphs: list[str]) -> list[str]:
    """Paragraphs in → descriptions of enumerations that skip an item (empty when none)."""
    last: dict[str, int] = {}
    problems = []
    for paragraph in paragraphs:
        for style, pattern in ENUMERATORS.items():
            match = pattern.match(paragraph)
            if not match:
                continue
            value = enumerator_value(style, match.group(1))
            expected = last.get(style, 0) + 1
            if value > expected or (value > 1 and style not in last):
                problems.append(f"{style}: found {value}, expected {expected}")
            last[style] = value
            break
    return problems
