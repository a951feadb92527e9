"""Text in → its script (simplified/traditional) and a simplified copy."""

from __future__ import annotations

import re
from functools import cache

from opencc import OpenCC

# The Han blocks whose characters OpenCC converts (unified ideographs and extension A).
HAN_BLOCKS = ((0x4E00, 0xA000), (0x3400, 0x4DC0))


@cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


@cache
def _changing(config: str) -> re.Pattern:
    """An OpenCC config in → one character class of the characters it changes, each converted on its own line
    (so no phrase joins them); built once, about 10 ms."""
    chars = [chr(code) for low, high in HAN_BLOCKS for code in range(low, high)]
    converted = _converter(config).convert("\n".join(chars)).split("\n")
    changed = [ch for ch, out in zip(chars, converted) if ch != out]
    return re.compile("[" + "".join(map(re.escape, changed)) + "]")


def _changed(text: str, config: str) -> int:
    """Text and an OpenCC config in → how many of its characters the config changes (one regex scan in C,
    where converting and comparing character by character took a Python loop)."""
    return len(_changing(config).findall(text))


def detect_script(text: str) -> str:
    """Text in → "traditional" when converting it to simplified changes more than converting it to traditional."""
    sample = text[:5000]
    to_simplified = _changed(sample, "t2s")
    if to_simplified < 3:  # the usual case: simplified text; no need to count the other way
        return "simplified"
    to_traditional = _changed(sample, "s2t")
    return "traditional" if to_simplified > to_traditional else "simplified"


def to_simplified(text: str) -> str:
    """Traditional (or mixed) text in → simplified text out (tw2s: also folds Taiwan forms such as 著→着 in context)."""
    return _converter("tw2s").convert(text)


def to_traditional(text: str) -> str:
    """Simplified text in → traditional script (OpenCC s2t)."""
    return _converter("s2t").convert(text)


def to_traditional_forms(text: str) -> set[str]:
    """Simplified text in → its traditional spellings (mainland, Taiwan and Hong Kong standards) out."""
    return {_converter(config).convert(text) for config in ("s2t", "s2tw", "s2hk")} - {text}
