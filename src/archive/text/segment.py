"""Text in → jieba tokens, with the caller's domain words kept whole.

One ``jieba.Tokenizer`` per distinct word list per process (never the module-global one),
because loading jieba's dictionary costs about a second and 90 MB.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

import jieba

jieba.setLogLevel(logging.WARNING)

# Tokens made only of whitespace, punctuation or symbols carry nothing for search.
NOISE_TOKEN = re.compile(r"^[\s\W_]+$", re.UNICODE)
_tokenizers: dict[frozenset[str], jieba.Tokenizer] = {}
_lock = threading.Lock()


def tokenizer_for(words: frozenset[str]) -> jieba.Tokenizer:
    """Domain words in → the process's initialised Tokenizer holding them out."""
    with _lock:
        tokenizer = _tokenizers.get(words)
        if tokenizer is None:
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word in sorted(words):
                tokenizer.add_word(word)
            _tokenizers[words] = tokenizer
        return tokenizer


def keep_token(token: str) -> bool:
    """Token in → False for whitespace and punctuation-only tokens."""
    return bool(token) and not NOISE_TOKEN.match(token)


class Segmenter:
    """Segments text with jieba plus a domain word list (vocabulary terms, place names)."""

    def __init__(self, words: Iterable[str] = ()):
        self.words = frozenset(w.strip() for w in words if w and w.strip())
        self._tokenizer = tokenizer_for(self.words)

    def cut(self, text: str) -> list[str]:
        """Text in → plain jieba tokens (no whitespace/punctuation tokens) out, for the word-search field."""
        return [t for t in self._tokenizer.lcut(text) if keep_token(t)]

    def cut_for_search(self, text: str) -> list[str]:
        """Text in → search-mode tokens (long words plus their sub-words) out."""
        return [t for t in self._tokenizer.lcut_for_search(text) if keep_token(t)]

    def expand_for_search(self, tokens: list[str]) -> list[str]:
        """Tokens from cut() in → the same tokens as cut_for_search would give, without cutting again.

        Like jieba's search mode: before each word longer than two characters come its
        dictionary 2-grams, and before one longer than three its dictionary 3-grams.
        """
        known = self._tokenizer.FREQ
        expanded: list[str] = []
        for token in tokens:
            for size in (2, 3):
                if len(token) > size:
                    expanded.extend(g for g in (token[i:i + size] for i in range(len(token) - size + 1)) if known.get(g))
            expanded.append(token)
        return expanded
