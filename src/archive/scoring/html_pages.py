"""Dev HTML pages (``shared/dev-corpus/html``) through the text stage, scored per check.

Each page in ``index.jsonl`` gives the expected headline, publication date, first and last
words of the body and chrome strings that must stay out of it. A page passes when its first
article has that title, its body starts and ends with those words, its date is right and
none of the chrome is in its body. Comparisons ignore whitespace (the way ``verify.py``
collapses it) and fold full-width digits and letters as the text stage does.

Two rewrites of every page test that the extractor does not lean on one signal, as pages
from unseen sites will not have it: the ``<title>`` replaced by a site's name (the headline
must come from the page itself), and every class and id attribute removed (the body must be
found by its prose, not by a site's class names).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archive.io.sources import read_path
from archive.model import Article, Source
from archive.scoring import Report
from archive.text import SourceError, articles_from_source
from archive.text.decode import decode_bytes
from archive.text.normalize import fold_width

CORPUS = Path("dev-corpus") / "html"
CHECKS = ("title", "body_start", "body_end", "date", "chrome_absent")
WHITESPACE = re.compile(r"[\s\u3000\xa0\u200b\u200c\u200d\ufeff]+")
HEAD_TITLE = re.compile(r"(?is)<title[^>]*>.*?</title>")
CLASS_OR_ID = re.compile(r"""(?i)\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""")
# name → page text rewrite; the page must still pass with it applied.
REWRITES: dict[str, Callable[[str], str]] = {
    "site_name_title": lambda text: HEAD_TITLE.sub("<title>某某新闻网</title>", text, count=1),
    "no_class_or_id": lambda text: CLASS_OR_ID.sub("", text),
}


def squash(text: str) -> str:
    """Text in → the same text without whitespace, full-width letters and digits folded."""
    return WHITESPACE.sub("", fold_width(text))


@dataclass(frozen=True)
class PageResult:
    """One page's outcome: which checks passed, and what came out when one did not."""

    name: str
    passed: dict[str, bool]
    got_title: str
    got_start: str
    got_end: str
    got_date: str | None
    chrome_kept: list[str]
    got_heads: tuple[str | None, str | None] = (None, None)  # (kicker, subtitle)

    @property
    def all_passed(self) -> bool:
        return all(self.passed.values())

    def describe(self) -> str:
        failed = [check for check, ok in self.passed.items() if not ok]
        details = {"title": f"title={self.got_title!r}", "body_start": f"start={self.got_start!r}",
                   "body_end": f"end={self.got_end!r}", "date": f"date={self.got_date}",
                   "chrome_absent": f"chrome={self.chrome_kept}", "heads": f"heads={self.got_heads}"}
        return f"{self.name}: " + "; ".join(details[check] for check in failed)


def check_page(record: dict, articles: list[Article]) -> PageResult:
    """Index record and the page's articles in → PageResult (the first article is the page's)."""
    article = articles[0] if articles else None
    title = article.title if article else ""
    body = squash(article.body) if article else ""
    start, end = squash(record["expected_body_start"]), squash(record["expected_body_end"])
    chrome = [phrase for phrase in record["must_not_contain"] if squash(phrase) in body]
    published = article.published if article else None
    passed = {
        "title": squash(title) == squash(record["expected_title"]),
        "body_start": bool(body) and body.startswith(start),
        "body_end": bool(body) and body.endswith(end),
        "date": published == record["published"],
        "chrome_absent": bool(body) and not chrome,
    }
    if record.get("expected_kicker") or record.get("expected_subtitle"):  # a page printing 引题/副题 around its headline
        passed["heads"] = (squash(article.kicker or "") if article else "") == squash(record.get("expected_kicker") or "") \
            and (squash(article.subtitle or "") if article else "") == squash(record.get("expected_subtitle") or "")
    heads = (article.kicker, article.subtitle) if article else (None, None)
    return PageResult(record["file"], passed, title, body[:30], body[-30:], published, chrome, heads)


def page_source(path: Path, rewrite: Callable[[str], str] | None = None) -> Source:
    """Page file (and a rewrite of its text) in → Source out; a rewritten page is handed over as UTF-8."""
    source = read_path(path)
    if rewrite is None:
        return source
    text = rewrite(decode_bytes(source.data, name=str(path)).text)
    return Source(key=source.key, kind=source.kind, location=source.location, data=text.encode("utf-8"),
                  content_type="text/html", charset="utf-8")


def score_pages(folder: Path, rewrite: Callable[[str], str] | None = None) -> tuple[list[PageResult], float]:
    """Corpus folder in → (one PageResult per indexed page, CPU seconds spent extracting) out.

    CPU time, not wall time: the machine is shared, and a busy neighbour should not move the speed figure.
    """
    records = [json.loads(line) for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    results, seconds = [], 0.0
    for record in records:
        began = time.process_time()
        try:
            articles = articles_from_source(page_source(folder / record["file"], rewrite))
        except SourceError:
            articles = []
        seconds += time.process_time() - began
        results.append(check_page(record, articles))
    return results, seconds


def report(shared: Path) -> Report:
    """Shared folder in → Report: pages passing every check, passes per check, pages per second."""
    folder = shared / CORPUS
    if not (folder / "index.jsonl").is_file():
        return Report("html_pages", {"pages": 0}, [f"no corpus at {folder}"])
    results, seconds = score_pages(folder)
    scores: dict[str, float] = {"pages": len(results), "pages_passing": sum(r.all_passed for r in results)}
    scores.update({check: sum(r.passed[check] for r in results) for check in CHECKS})
    scores["pages_per_second"] = round(len(results) / max(seconds, 1e-9), 1)
    failures = [r.describe() for r in results if not r.all_passed]
    for name, rewrite in REWRITES.items():
        rewritten, _ = score_pages(folder, rewrite)
        scores[f"passing_{name}"] = sum(r.all_passed for r in rewritten)
        failures += [f"[{name}] {r.describe()}" for r in rewritten if not r.all_passed]
    return Report("html_pages", scores, failures)
