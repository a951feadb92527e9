"""Test helpers: labelled records and seed pages → Articles (until the text stage lands)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from archive.model import Article

REPO = Path(__file__).resolve().parents[2]
DEV_CORPUS = REPO.parent / "shared" / "dev-corpus" / "articles.jsonl"
SEED = REPO / "samples/zhejiang-workers-daily-2023-spring-festival.txt"
DATA = REPO / "tests" / "data" / "enrich"

# Pinyin glosses injected after words by mirror sites: 會(huì), 總工會(zǒnggōnghuì).
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüḿń]+\)")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def record_article(record: dict) -> Article:
    """Labelled record → Article: title, paragraphs split on newlines; traditional → simplified.

    A stand-in for the text stage's cleaner: it only drops pinyin glosses and converts script.
    """
    text = _GLOSS.sub("", record["text"])
    title = _GLOSS.sub("", record.get("title") or "")
    simplified = None
    if record.get("script") == "traditional":
        import opencc

        converter = opencc.OpenCC("t2s")
        simplified = "\n".join(converter.convert(p) for p in _paragraphs(text))
        title = converter.convert(title)
    return Article(
        source_key=record["id"],
        source_kind="file",
        source_location=record.get("url") or "",
        title=title,
        paragraphs=_paragraphs(text),
        published=record.get("published"),
        script=record.get("script") or "simplified",
        body_simplified=simplified,
    )


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"\n+", text) if line.strip()]


def split_seed(text: str) -> list[Article]:
    """Seed page → Articles: headline lines are the short lines without sentence punctuation
    just before a 本报讯 paragraph (a stand-in until archive.text.split_page lands)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    starts = [i for i, line in enumerate(lines) if line.startswith("本报讯")]
    heads = []
    for n, start in enumerate(starts):
        first = start
        floor = starts[n - 1] + 1 if n else 0
        while first - 1 >= floor and _is_headline(lines[first - 1]):
            first -= 1
        heads.append(first)
    articles = []
    for n, start in enumerate(starts):
        end = heads[n + 1] if n + 1 < len(starts) else len(lines)
        headline = lines[heads[n] : start]
        articles.append(
            Article(
                source_key="seed",
                source_kind="file",
                source_location=str(SEED),
                ordinal=n,
                title=headline[-1] if headline else "",
                kicker=headline[0] if len(headline) > 1 else None,
                paragraphs=lines[start:end],
            )
        )
    for article in articles:
        article.year_hint = 2023  # the page's year (its text says 2023年); no date is printed
    return articles


def _is_headline(line: str) -> bool:
    return len(line) <= 40 and not re.search(r"[。，,！？；：:]", line)
