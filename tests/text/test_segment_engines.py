"""rjieba (when installed) cuts exactly like plain jieba with the domain dictionary, on every fixture.

The fixtures: the seed page(s) in samples/, the text of the pages in tests/data/html, and the
held-out enrichment texts. Both engines get the real vocabulary's ~12.8k domain words. A
difference is counted token by token (difflib opcodes) and shown with examples.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from archive.io.sources import read_path
from archive.text import segment
from archive.text.segment import Segmenter

REPO = Path(__file__).resolve().parents[2]
HELDOUT = REPO / "tests/data/enrich/heldout.jsonl"

needs_rjieba = pytest.mark.skipif(segment.rjieba is None, reason="rjieba not installed: plain jieba only")


@pytest.fixture(scope="module")
def fixture_texts(pipeline) -> list[str]:
    """Every fixture's segmented text: article search text and title, held-out texts and titles."""
    texts: list[str] = []
    pages = sorted(REPO.glob("samples/*.txt")) + sorted(p for p in (REPO / "tests/data/html").iterdir() if p.is_file())
    for path in pages:
        for article in pipeline.split(read_path(path)):
            texts += [pipeline.search_text(article), pipeline.search_title(article)]
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts += [record["text"], record["title"]]
    return texts


@pytest.fixture(scope="module")
def engines(pipeline) -> tuple[Segmenter, Segmenter]:
    words = pipeline.segmenter.words
    return Segmenter(words, fast=False), Segmenter(words)


def differing_tokens(expected: list[str], actual: list[str]) -> tuple[int, list[tuple[list[str], list[str]]]]:
    """Two token lists → (tokens in changed runs, the changed runs)."""
    matcher = difflib.SequenceMatcher(a=expected, b=actual, autojunk=False)
    runs = [(expected[i1:i2], actual[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    return sum(max(len(a), len(b)) for a, b in runs), runs


def compare(texts: list[str], reference, candidate) -> tuple[int, int, list]:
    total, differing, examples = 0, 0, []
    for text in texts:
        expected, actual = reference(text), candidate(text)
        total += len(expected)
        if expected != actual:
            count, runs = differing_tokens(expected, actual)
            differing += count
            examples += runs
    return total, differing, examples[:10]


def test_the_fixtures_are_all_there(fixture_texts):
    assert len(fixture_texts) >= 40 and sum(map(len, fixture_texts)) > 10_000


@needs_rjieba
def test_the_default_engine_is_rjieba_when_installed(engines):
    plain, fast = engines
    assert (plain.engine, fast.engine) == ("jieba", "rjieba")


@needs_rjieba
def test_rjieba_cuts_every_fixture_like_jieba_with_the_domain_words(fixture_texts, engines):
    plain, fast = engines
    total, differing, examples = compare(fixture_texts, plain.cut, fast.cut)
    assert (differing, examples) == (0, []), f"{differing} of {total} tokens differ"


@needs_rjieba
def test_rjieba_search_mode_matches_jieba_on_every_fixture(fixture_texts, engines):
    plain, fast = engines
    total, differing, examples = compare(fixture_texts, plain.cut_for_search, fast.cut_for_search)
    assert (differing, examples) == (0, []), f"{differing} of {total} tokens differ"


@needs_rjieba
def test_domain_words_stay_whole_with_rjieba():
    fast = Segmenter(["新就业形态劳动者", "送温暖", "海曙区总工会"])
    assert fast.engine == "rjieba"
    assert fast.cut("海曙区总工会为新就业形态劳动者送温暖") == ["海曙区总工会", "为", "新就业形态劳动者", "送温暖"]


def test_expanding_cut_tokens_equals_search_mode_on_every_fixture(fixture_texts, engines):
    _, fast = engines
    assert [fast.expand_for_search(fast.cut(t)) for t in fixture_texts] == [fast.cut_for_search(t) for t in fixture_texts]


def test_without_rjieba_the_segmenter_falls_back_to_plain_jieba(monkeypatch):
    monkeypatch.setattr(segment, "rjieba", None)
    segmenter = Segmenter(["送温暖"])
    assert segmenter.engine == "jieba"
    assert segmenter.cut("工会送温暖") == ["工会", "送温暖"]
