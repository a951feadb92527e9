"""Quality gate: title and publication-date accuracy over the shared dev corpus (45 labelled excerpts).

The corpus is read at test time from ../shared/dev-corpus (never copied into the repo);
the test is skipped when it is missing. Floors are pinned: raising or lowering one is a
deliberate act, recorded in the commit that does it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.text.normalize import normalize_text
from archive.text.split import split_page

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "dev-corpus" / "articles.jsonl"
TITLE_FLOOR = 0.95
PUBLISHED_FLOOR = 0.95

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.exists(), reason="dev corpus not present at ../shared/dev-corpus"),
]


def corpus_records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def comparable(title: str | None) -> str | None:
    """Labels keep pinyin glosses and full-width forms as captured; compare after the same normalisation."""
    return normalize_text(title)[0].strip() if title else None


def first_article(text: str):
    articles = split_page(text)
    return articles[0] if articles else None


def score(field: str) -> tuple[float, list[str]]:
    records = corpus_records()
    misses = []
    for record in records:
        article = first_article(record["text"])
        got = getattr(article, field) if article else None
        expected = record[field]
        if field == "title":
            got, expected = comparable(got), comparable(expected)
        if got != expected:
            misses.append(f"{record['id']}: expected {expected!r}, got {got!r}")
    return 1 - len(misses) / len(records), misses


def test_titles_over_the_corpus_stay_above_the_floor():
    accuracy, misses = score("title")
    print(f"title accuracy {accuracy:.3f}", *misses, sep="\n  ")
    assert accuracy >= TITLE_FLOOR, "\n".join(misses)


def test_publication_dates_over_the_corpus_stay_above_the_floor():
    accuracy, misses = score("published")
    print(f"published accuracy {accuracy:.3f}", *misses, sep="\n  ")
    assert accuracy >= PUBLISHED_FLOOR, "\n".join(misses)


SCRIPT_FLOOR = 0.95


def test_script_detection_over_the_corpus_stays_above_the_floor():
    from archive.text.script import detect_script

    records = corpus_records()
    misses = [f"{r['id']}: expected {r['script']}" for r in records if detect_script(normalize_text(r["text"])[0]) != r["script"]]
    accuracy = 1 - len(misses) / len(records)
    print(f"script accuracy {accuracy:.3f}", *misses, sep="\n  ")
    assert accuracy >= SCRIPT_FLOOR, "\n".join(misses)
