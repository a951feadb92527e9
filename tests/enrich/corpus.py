"""Test helpers: labelled records → Articles; paths of the seed page and the corpora."""

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
