"""Generated plain-text pages (archive.scoring.textgen) through the splitter: titles owned by exactly one
article, mid-sentence breaks re-joined, article count right per page.

A title is owned when exactly one article out of the page carries it as its title (spacing aside:
a title printed over two lines is one title). A break is re-joined when the text on both sides of
it sits together in one output paragraph. Targets (issue 10): ≥ 0.98, ≥ 0.95 and every page.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from archive.scoring import Report
from archive.scoring.textgen import Page, corpus_articles, make_pages
from archive.text.normalize import normalize_text
from archive.text.split import PageArticle, split_page

PAGES, SEED = 120, 10
MAX_FAILURES = 12


def _key(title: str | None) -> str:
    return "".join(normalize_text(title or "")[0].split())


def page_scores(page: Page, articles: list[PageArticle]) -> tuple[int, int, bool, list[str]]:
    """A generated page and the splitter's articles in → (titles owned, breaks re-joined, count right, problems)."""
    got = [_key(a.title) for a in articles]
    owned = [got.count(_key(e.title)) == 1 for e in page.articles]
    text = "\n".join(p for a in articles for p in a.paragraphs)
    text = "".join(text.split(" "))
    joined = ["".join((before + after).split(" ")) in text for before, after in page.breaks]
    problems = [f"title not owned: {e.title}" for e, ok in zip(page.articles, owned) if not ok]
    problems += [f"break left: {b}|{a}" for (b, a), ok in zip(page.breaks, joined) if not ok]
    if len(articles) != len(page.articles):
        problems.append(f"{len(articles)} articles for {len(page.articles)}: {[a.title for a in articles]}")
    return sum(owned), sum(joined), len(articles) == len(page.articles), problems


@dataclass(frozen=True)
class PagesTally:
    """Generated pages put through split_page: what was owned, rejoined and counted right, and the problems."""

    pages: int
    titles: int
    owned: int
    breaks: int
    joined: int
    right: int
    problems: list[tuple[int, str]]  # (page number, problem)
    split_seconds: float  # CPU time of split_page alone

    @property
    def titles_owned(self) -> float:
        return self.owned / self.titles if self.titles else 0.0

    @property
    def breaks_rejoined(self) -> float:
        return self.joined / self.breaks if self.breaks else 1.0

    @property
    def counts_right(self) -> float:
        return self.right / self.pages if self.pages else 0.0


def tally_pages(made: list[Page]) -> PagesTally:
    """Generated pages in → their scores summed over the pages (page_scores on each split)."""
    titles = owned = breaks = joined = right = 0
    seconds = 0.0
    problems: list[tuple[int, str]] = []
    for n, page in enumerate(made):
        began = time.process_time()
        articles = split_page(page.text)
        seconds += time.process_time() - began
        page_owned, page_joined, count_right, found = page_scores(page, articles)
        titles += len(page.articles)
        owned += page_owned
        breaks += len(page.breaks)
        joined += page_joined
        right += count_right
        problems += [(n, problem) for problem in found]
    return PagesTally(len(made), titles, owned, breaks, joined, right, problems, seconds)


def report(shared: Path, pages: int = PAGES, seed: int = SEED) -> Report:
    """The shared folder in → scores of the splitter over generated plain-text pages."""
    made = make_pages(corpus_articles(shared), pages, seed)
    tally = tally_pages(made)
    scores = {
        "pages": len(made), "titles": tally.titles,
        "titles_owned": tally.titles_owned,
        "breaks_rejoined": tally.breaks_rejoined,
        "article_counts_right": tally.counts_right,
        "pages_per_second": round(len(made) / max(tally.split_seconds, 1e-9), 1),  # CPU time of split_page alone
    }
    failures = [f"page {n}: {problem}" for n, problem in tally.problems]
    shown = failures[:MAX_FAILURES] + ([f"… {len(failures) - MAX_FAILURES} more"] if len(failures) > MAX_FAILURES else [])
    return Report("text_pages", scores, shown)
