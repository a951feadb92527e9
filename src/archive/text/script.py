"""Text in → its script (simplified/traditional) and a simplified copy."""

from __future__ import annotations

from functools import cache
from operator import ne

from opencc import OpenCC


@cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def _changed(text: str, config: str) -> int:
    converted = _converter(config).convert(text)
    if converted == text:  # a C comparison instead of a Python loop over every character
        return 0
    return sum(map(ne, text, converted))  # characters changed (map stops at the shorter, as zip does)


def detect_script(text: str) -> str:
    """Text in → "traditional" when converting it to simplified changes more than converting it to traditional."""
    sample = text[:5000]
    to_simplified = _changed(sample, "t2s")
    if to_simplified < 3:  # the usual case: simplified text; no need to convert it the other way
        return "simplified"
    to_traditional = _changed(sample, "s2t")
    return "traditional" if to_simplified > to_traditional else "simplified"


def to_simplified(text: str) -> str:
    """Traditional (or mixed) text in → simplified text out (tw2s: also folds Taiwan forms such as 著→着 in context)."""
    return _converter("tw2s").convert(text)


def to_traditional_forms(text: str) -> set[str]:
    """Simplified text in → its traditional spellings (mainland, Taiwan and Hong Kong standards) out."""
    return {_converter(config).convert(text) for config in ("s2t", "s2tw", "s2hk")} - {text}
