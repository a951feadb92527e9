"""Text in → jieba tokens, with the caller's domain words kept whole.

One ``jieba.Tokenizer`` per distinct word list per process (never the module-global one),
because loading jieba's dictionary costs about a second and 90 MB.

When ``rjieba`` (jieba-rs, the same algorithm in Rust, ≈ 20× faster) is installed, it does
the cutting; plain jieba stays the reference and the fallback. rjieba's own ``add_word``
guesses slightly different frequencies (±1 on about one domain word in six) and, for a word
jieba already knows, keeps a different dictionary total, which changes a few merges
(企业职工 → 企业 职工). So the rjieba dictionary is given jieba's numbers: each domain word
with the frequency jieba's ``add_word`` gave it, and the total balanced to jieba's. With that,
tests/text/test_segment_engines.py finds identical tokens on every fixture.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any, Protocol

import jieba

try:  # optional speed-up; plain jieba when absent
    import rjieba
except ImportError:  # pragma: no cover - exercised by the fallback test with fast=False
    rjieba = None  # type: ignore[assignment]

jieba.setLogLevel(logging.WARNING)

# Tokens made only of whitespace, punctuation or symbols carry nothing for search.
NOISE_TOKEN = re.compile(r"^[\s\W_]+$", re.UNICODE)
# A private-use character: never part of a jieba word in real text (it is not in jieba's Han
# range), so a dictionary entry made of it only carries frequency to balance the total.
BALANCE_WORD = "\ue000"
_tokenizers: dict[frozenset[str], jieba.Tokenizer] = {}
_fast_cutters: dict[frozenset[str], Any] = {}
# per word list: the jieba frequencies its words had before they were added (see _rjieba_like)
_replaced_totals: dict[frozenset[str], int] = {}
_lock = threading.Lock()
# distinct tokens whose search parts are remembered, joined (news vocabulary: tens of thousands; a bound keeps RSS flat)
PARTS_CACHE_SIZE = 200_000
# distinct tokens that are not all letters and digits whose keep_token verdict is remembered (punctuation
# marks, decimals such as 3.5); bounded for the same reason
VERDICT_CACHE_SIZE = 100_000


class Cutter(Protocol):
    def cut(self, text: str) -> list[str]: ...
    def cut_for_search(self, text: str) -> list[str]: ...


def tokenizer_for(words: frozenset[str]) -> jieba.Tokenizer:
    """Domain words in → the process's initialised Tokenizer holding them out."""
    with _lock:
        tokenizer = _tokenizers.get(words)
        if tokenizer is None:
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            replaced = 0
            for word in sorted(words):
                replaced += tokenizer.FREQ.get(word) or 0
                tokenizer.add_word(word)
            _tokenizers[words] = tokenizer
            _replaced_totals[words] = replaced
        return tokenizer


def fast_cutter_for(words: frozenset[str]) -> Any | None:
    """Domain words in → the process's rjieba instance with jieba's frequencies out (None without rjieba)."""
    if rjieba is None:
        return None
    reference = tokenizer_for(words)
    with _lock:
        cutter = _fast_cutters.get(words)
        if cutter is None:
            cutter = _rjieba_like(reference, words, _replaced_totals[words])
            _fast_cutters[words] = cutter
        return cutter


def _rjieba_like(reference: jieba.Tokenizer, words: frozenset[str], replaced: int) -> Any:
    """A jieba Tokenizer with domain words → an rjieba instance with the same frequencies and total.

    ``replaced`` is the sum of the frequencies jieba's dictionary had for those words: jieba's
    ``add_word`` adds a known word's new frequency on top of the total, rjieba's swaps the old
    one out, so rjieba's total falls short by exactly that much.
    """
    cutter = rjieba.Jieba()
    for word in sorted(words):
        cutter.add_word(word, reference.FREQ[word], None)
    if replaced:
        cutter.add_word(BALANCE_WORD, replaced, None)
    return cutter


class _PlainCutter:
    """jieba's Tokenizer behind the Cutter shape (HMM on, as jieba's default)."""

    def __init__(self, tokenizer: jieba.Tokenizer):
        self.tokenizer = tokenizer

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text)

    def cut_for_search(self, text: str) -> list[str]:
        return self.tokenizer.lcut_for_search(text)


class _FastCutter:
    """rjieba behind the Cutter shape (HMM on, like jieba's default)."""

    def __init__(self, instance: Any):
        self.instance = instance

    def cut(self, text: str) -> list[str]:
        return self.instance.cut(text, True)

    def cut_for_search(self, text: str) -> list[str]:
        return self.instance.cut_for_search(text, True)


def keep_token(token: str) -> bool:
    """Token in → False for whitespace and punctuation-only tokens."""
    # isalnum() is re's \w minus "_": an all-alnum token cannot be noise, and most tokens are words
    return token.isalnum() or (bool(token) and not NOISE_TOKEN.match(token))


class Segmenter:
    """Segments text with jieba plus a domain word list (vocabulary terms, place names).

    ``fast=False`` keeps plain jieba even when rjieba is installed (tests compare the two).
    """

    def __init__(self, words: Iterable[str] = (), fast: bool = True):
        self.words = frozenset(w.strip() for w in words if w and w.strip())
        self._tokenizer = tokenizer_for(self.words)
        instance = fast_cutter_for(self.words) if fast else None
        self.engine = "rjieba" if instance is not None else "jieba"
        self._cutter: Cutter = _FastCutter(instance) if instance is not None else _PlainCutter(self._tokenizer)
        self._words_cache: dict[str, str] = {}
        self._verdicts: dict[str, bool] = {}

    def cut(self, text: str) -> list[str]:
        """Text in → plain jieba tokens (no whitespace/punctuation tokens) out, for the word-search field."""
        return self._kept(self._cutter.cut(text))

    def cut_for_search(self, text: str) -> list[str]:
        """Text in → search-mode tokens (long words plus their sub-words) out."""
        return self._kept(self._cutter.cut_for_search(text))

    def _kept(self, tokens: list[str]) -> list[str]:
        """Tokens in → those keep_token keeps. Most are words (isalnum, kept at once); the rest, mostly the
        same few punctuation marks, have their verdict looked up rather than matched again (a fifth of the
        tokens: filtering 0.34 → 0.14 CPU s on 10k bench articles)."""
        known = self._verdicts.get
        return [t for t in tokens if t.isalnum() or ((kept := known(t)) is None and self._judge(t)) or kept]

    def _judge(self, token: str) -> bool:
        """A token not all letters and digits → keep_token's verdict (remembered)."""
        kept = keep_token(token)
        if len(self._verdicts) < VERDICT_CACHE_SIZE:
            self._verdicts[token] = kept
        return kept

    def expand_for_search(self, tokens: list[str]) -> list[str]:
        """Tokens from cut() in → the same tokens as cut_for_search would give, without cutting again.

        Like jieba's search mode: before each word longer than two characters come its
        dictionary 2-grams, and before one longer than three its dictionary 3-grams.
        """
        return [part for token in tokens for part in self._search_parts(token)]

    def search_words(self, tokens: list[str]) -> str:
        """Tokens from cut() in → " ".join(expand_for_search(tokens)), the body's word field.

        Each distinct token's parts are kept joined (up to PARTS_CACHE_SIZE tokens: words repeat), so
        the field is one join over the tokens (a look-up each, in C) instead of a join over their
        parts gathered in Python.
        """
        words = self._words_cache
        found = list(map(words.get, tokens))
        if not all(found):  # tokens not met before (or the cache is full): join their parts once
            for n, token in enumerate(tokens):
                if found[n] is None:
                    found[n] = joined = " ".join(self._search_parts(token))
                    if len(words) < PARTS_CACHE_SIZE:
                        words[token] = joined
        return " ".join(found)  # type: ignore[arg-type]  # every None was filled

    def _search_parts(self, token: str) -> tuple[str, ...]:
        """A token → its dictionary 2-grams, then 3-grams, then the token itself."""
        if len(token) > 2:
            freq = self._tokenizer.FREQ
            parts = tuple(g for size in (2, 3) if len(token) > size
                          for g in (token[i:i + size] for i in range(len(token) - size + 1)) if freq.get(g))
            return parts + (token,)
        return (token,)
