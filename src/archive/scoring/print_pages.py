"""Printed page texts (archive.scoring.printgen) through the splitter, one row per print habit.

Per family: headline precision (articles found whose title is one of the page's headlines), recall (headlines
given as some article's title), pages whose headlines come out in order and nothing else, stories starting at
their first words, header/footer furniture kept out of every story, and captions kept out of story bodies
(reported, not gated: a caption next to a story is not wrong text).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from archive.scoring import Report
from archive.scoring.printgen import FAMILIES, PrintPage, make_print_pages
from archive.scoring.textgen import corpus_articles
from archive.text.normalize import normalize_text
from archive.text.split import PageArticle, split_page

PAGES, SEED = 30, 1
MAX_FAILURES = 30


def squash(text: str | None) -> str:
    return "".join(normalize_text(text or "")[0].split())


@dataclass
class FamilyTally:
    """One family's pages through split_page: counts behind its scores, and what went wrong."""

    family: str
    pages: int = 0
    found: int = 0
    found_right: int = 0
    expected: int = 0
    expected_found: int = 0
    pages_right: int = 0
    starts: int = 0
    starts_right: int = 0
    furniture: int = 0
    furniture_out: int = 0
    captions: int = 0
    captions_out: int = 0
    seconds: float = 0.0

    def scores(self) -> dict[str, float]:
        def share(part: int, whole: int) -> float:
            return round(part / whole, 3) if whole else 1.0
        return {
            "precision": share(self.found_right, self.found), "recall": share(self.expected_found, self.expected),
            "pages_right": share(self.pages_right, self.pages), "first_words": share(self.starts_right, self.starts),
            "furniture_out": share(self.furniture_out, self.furniture), "captions_out": share(self.captions_out, self.captions),
        }

    def row(self) -> str:
        return f"{self.family:<14}{self.pages:>4}  " + " ".join(f"{name}={value:.3f}" for name, value in self.scores().items())


def score_page(page: PrintPage, articles: list[PageArticle], tally: FamilyTally) -> list[str]:
    """A printed page and the splitter's articles in → the tally updated; the problems found on the page."""
    wanted = [squash(t) for t in page.titles]
    got = [squash(a.title) for a in articles]
    problems = [f"extra article: {a.title!r}" for a, title in zip(articles, got) if title not in wanted]
    problems += [f"headline missed: {t}" for t, key in zip(page.titles, wanted) if key not in got]
    tally.pages += 1
    tally.found += len(articles)
    tally.found_right += sum(1 for title in got if title in wanted)
    tally.expected += len(wanted)
    tally.expected_found += sum(1 for key in wanted if key in got)
    tally.pages_right += got == wanted
    for key, first in zip(wanted, page.first_words):
        if key in got:
            body = squash("".join(articles[got.index(key)].paragraphs))
            tally.starts += 1
            tally.starts_right += body.startswith(squash(first))
            if not body.startswith(squash(first)):
                problems.append(f"starts {body[:16]!r}, not {first!r}")
    everything = squash("\n".join(part for a in articles for part in (a.title, a.kicker, a.subtitle, *a.paragraphs) if part))
    for line in page.furniture:
        tally.furniture += 1
        tally.furniture_out += squash(line) not in everything
        if squash(line) in everything:
            problems.append(f"furniture kept: {line!r}")
    bodies = squash("\n".join(p for a in articles for p in a.paragraphs))
    tally.captions += len(page.captions)
    tally.captions_out += sum(1 for line in page.captions if squash(line) not in bodies)
    return problems


def tally_family(family: str, pages: list[PrintPage]) -> tuple[FamilyTally, list[str]]:
    """One family's pages in → its tally and its problems (page number first)."""
    tally = FamilyTally(family)
    problems: list[str] = []
    for n, page in enumerate(pages):
        began = time.process_time()
        articles = split_page(page.text)
        tally.seconds += time.process_time() - began
        problems += [f"[{family} page {n}] {p}" for p in score_page(page, articles, tally)]
    return tally, problems


def families(shared: Path, pages: int = PAGES, seed: int = SEED) -> tuple[list[FamilyTally], list[str]]:
    """The shared folder in → one tally per print family and every problem."""
    articles = corpus_articles(shared)
    tallies, problems = [], []
    for family in FAMILIES:
        tally, found = tally_family(family, make_print_pages(articles, family, pages, seed))
        tallies.append(tally)
        problems += found
    return tallies, problems


def report(shared: Path, pages: int = PAGES, seed: int = SEED) -> Report:
    """The shared folder in → Report: per print family its scores (a table row each), and the problems."""
    tallies, problems = families(shared, pages, seed)
    scores: dict[str, float] = {}
    for tally in tallies:
        scores.update({f"{tally.family} {name}": value for name, value in tally.scores().items() if name in ("precision", "recall")})
    scores["split_cpu_seconds"] = round(sum(t.seconds for t in tallies), 2)
    shown = problems[:MAX_FAILURES] + ([f"… {len(problems) - MAX_FAILURES} more"] if len(problems) > MAX_FAILURES else [])
    return Report("print_pages", scores, shown, table=[t.row() for t in tallies])
