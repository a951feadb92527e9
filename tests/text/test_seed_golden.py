"""The seed page's ten articles match the hand-written expectations in tests/data/text/,
and the same page as GB18030 bytes and as Big5 traditional text gives the same articles."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from opencc import OpenCC

from archive.model import Source
from archive.text import articles_from_source
from archive.text.repair import ends_sentence
from archive.text.script import to_simplified

REPO = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((REPO / "tests" / "data" / "text" / "seed_000_articles.json").read_text(encoding="utf-8"))
SEED = (REPO / GOLDEN["source"]).resolve()

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the bundled seed page is missing from samples/")
HEADLINE_FIELDS = ("title", "kicker", "subtitle", "byline", "reporters", "correspondents", "headings")


def source_of(data: bytes, name: str = "seed") -> Source:
    return Source(key=f"sha256:{name}", kind="file", location=name, data=data)


def headline_view(article) -> dict:
    return {name: getattr(article, name) for name in HEADLINE_FIELDS}


def expected_headline(expected: dict) -> dict:
    return {name: expected[name] for name in HEADLINE_FIELDS}


@pytest.fixture(scope="module")
def seed_articles():
    return articles_from_source(source_of(SEED.read_bytes()))


def test_the_seed_page_holds_ten_articles_in_page_order(seed_articles):
    assert [a.ordinal for a in seed_articles] == list(range(10))
    assert [a.title for a in seed_articles] == [e["title"] for e in GOLDEN["articles"]]


@pytest.mark.parametrize("index", range(10))
def test_each_seed_article_has_its_headline_byline_and_names(seed_articles, index):
    assert headline_view(seed_articles[index]) == expected_headline(GOLDEN["articles"][index])


@pytest.mark.parametrize("index", range(10))
def test_each_seed_article_body_runs_from_its_first_to_its_last_sentence(seed_articles, index):
    article, expected = seed_articles[index], GOLDEN["articles"][index]
    assert article.paragraphs[0].startswith(expected["body_start"])
    assert article.paragraphs[-1].endswith(expected["body_end"])
    for phrase in expected["contains"]:
        assert phrase in article.body


def test_no_seed_article_swallows_the_next_headline(seed_articles):
    titles = [e["title"] for e in GOLDEN["articles"]] + [e["subtitle"] for e in GOLDEN["articles"] if e["subtitle"]]
    for article in seed_articles:
        assert not [t for t in titles if t in article.paragraphs]


def test_no_broken_word_line_breaks_are_left_in_the_seed(seed_articles):
    for article in seed_articles:
        for paragraph in article.paragraphs:
            assert ends_sentence(paragraph) or paragraph in article.headings, paragraph


def test_the_seed_flags_only_the_article_with_a_skipped_enumeration(seed_articles):
    assert [a.quality_flags for a in seed_articles] == [e["flags"] for e in GOLDEN["articles"]]


def test_the_seed_year_is_known_though_no_date_is_published(seed_articles):
    assert {(a.published, a.year_hint) for a in seed_articles} == {(None, 2023)}


def test_the_seed_as_gb18030_bytes_gives_the_same_articles(seed_articles):
    gb = articles_from_source(source_of(SEED.read_text(encoding="utf-8").encode("gb18030"), "seed-gb18030"))
    assert [(headline_view(a), a.paragraphs) for a in gb] == [(headline_view(a), a.paragraphs) for a in seed_articles]


def _big5_fallback(error: UnicodeEncodeError):
    """Characters Big5 lacks (OpenCC's 爲, 裏) are written as their Taiwan variant (為, 裡), else simplified, else '?'."""
    bad = error.object[error.start:error.end]
    for replacement in (OpenCC("t2tw").convert(bad), to_simplified(bad)):
        try:
            replacement.encode("big5")
            return replacement, error.end
        except UnicodeEncodeError:
            continue
    return "?" * len(bad), error.end


codecs.register_error("big5_fallback", _big5_fallback)


def test_the_seed_as_big5_traditional_text_gives_the_same_articles_after_simplification(seed_articles):
    traditional = OpenCC("s2t").convert(SEED.read_text(encoding="utf-8"))
    big5 = articles_from_source(source_of(traditional.encode("big5", errors="big5_fallback"), "seed-big5"))
    assert [a.script for a in big5] == ["traditional"] * 10
    assert [a.title_simplified for a in big5] == [a.title for a in seed_articles]
    assert [a.body_simplified for a in big5] == [a.body for a in seed_articles]
    assert [to_simplified(" ".join(a.reporters + a.correspondents)) for a in big5] == [
        " ".join(a.reporters + a.correspondents) for a in seed_articles
    ]
    assert [len(a.headings) for a in big5] == [len(a.headings) for a in seed_articles]
