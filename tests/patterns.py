"""Random strings for checking a regex spelt for speed against its plain spelling (the text stage's
sped-up patterns must find exactly what the plain ones find)."""

from __future__ import annotations

import random
import re


def random_texts(alphabet: str, seed: int, longest: int, count: int = 5000) -> list[str]:
    """``count`` strings of 0..``longest`` characters drawn from ``alphabet`` (the same for a seed)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def assert_same_matches(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    """Both patterns find the same matches (spans and groups) in every text."""
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], text
