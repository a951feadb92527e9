"""PDF pages scored: generated pages (truth known) and the real e-paper pages of the dev corpus.

Generated pages (archive.scoring.pdf_make, from ../shared/dev-corpus/articles.jsonl, in a temp
dir): headlines owned by exactly one article, and article text kept whole (share of the set
text found in its article, share found twice or foreign, articles whole within 2%).
Real pages (../shared/dev-corpus/pdf, index.jsonl): headlines owned (an article whose title,
whitespace removed, equals ``headlines_compact``), their reading order, articles beyond the
page's headlines (banners, stray text: should be none), the bad PDFs refused
with a reason, and pages per second through the whole PDF text stage.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

from archive.scoring import Report
from archive.text.errors import SourceError
from archive.text.pdf import pdf_articles
from archive.text.split import PageArticle

SPACE = re.compile(r"\s+")
# An article is whole when at most this share of its text is lost, and at most this share extra.
WHOLE_TOLERANCE = 0.02


def compact(text: str | None) -> str:
    """Text in → the same without whitespace (how headlines and bodies are compared)."""
    return SPACE.sub("", text or "")


def owned(expected: list[str], articles: list[PageArticle]) -> tuple[int, list[str]]:
    """Expected compact headlines and the articles found → (how many are the title of exactly one article, misses)."""
    titles = [compact(a.title) for a in articles]
    hits = [h for h in expected if titles.count(h) == 1]
    return len(hits), [h for h in expected if h not in hits]


def in_order(expected: list[str], articles: list[PageArticle]) -> tuple[int, int]:
    """(consecutive pairs of found expected headlines in the same order, pairs judged)."""
    titles = [compact(a.title) for a in articles]
    positions = [titles.index(h) for h in expected if h in titles]
    pairs = list(zip(positions, positions[1:]))
    return sum(1 for a, b in pairs if a < b), len(pairs)


def text_match(truth: str, found: str) -> tuple[int, int]:
    """Set body and found body in → (characters of the truth found in order, characters found beyond them)."""
    truth, found = compact(truth), compact(found)
    matched = sum(block.size for block in SequenceMatcher(None, truth, found, autojunk=False).get_matching_blocks())
    return matched, len(found) - matched


def _printed_furniture(spec) -> list[str]:
    """A page spec in → the compact text it prints besides its stories (jump lines, 导读 entries, lone captions)."""
    phrases = [*(a.jump_from for a in spec.articles), *(a.jump_to for a in spec.articles), *spec.guide,
               *(a.caption for a in spec.articles if a.photo_only), *(a.byline for a in spec.articles), *(a.head_byline for a in spec.articles),
               *(line for a in spec.articles if a.boxed for line in (a.title, *a.paragraphs)),
               *(a.label for a in spec.articles), *(a.cartoon for a in spec.articles), *spec.colophon,
               *(cell for a in spec.articles for row in a.table for cell in row if len(cell) >= 3 and not cell.isdigit()),
               *(a.pull_quote for a in spec.articles), *(line for a in spec.articles for line in a.info_box), *spec.ad]
    return [compact(p) for p in phrases if p]


def areas_in_order(truths: list, articles: list[PageArticle]) -> bool:
    """Set articles (with their page areas) and found articles in → True when the found ones of each area come together
    and the areas in their order (a sidebar or a 简讯 box read whole, before or after the main area, never between)."""
    area = {compact(t.title): t.area for t in truths}
    seen = [area[compact(a.title)] for a in articles if compact(a.title) in area]
    runs = [a for i, a in enumerate(seen) if i == 0 or a != seen[i - 1]]
    return runs == sorted(set(runs))


def generated_scores(shared: Path, seed: int = 7, centred: bool = False, habits: bool = False,
                     kinds: bool = False, makeup: bool = False, front: bool = False,
                     inserts: bool = False) -> tuple[dict[str, float], list[str]]:
    """Shared folder (and the seed that picks each layout's articles; heads centred or flush left; with print habits:
    jump lines, a 导读 box, lone pictures; with other papers' layout kinds: side heads, vertical heads left of their
    text, ■ byline lines, boxed notices; made up as other papers place blocks: sidebars, 简讯 boxes, strips, labels,
    pdf_make.makeup_kinds; as front and county pages set theirs: colophons, 简讯 rows, a narrow single story, ——记…
    subtitles in the text's size, a picture in a first column over one line, pdf_make.front_page_kinds, with the
    headlines' reading order; with what papers set into and beside stories: boxed tips, a ■ 简讯 column, photo news, pull
    quotes, info boxes, 文/图 bylines, numbered captions, a framed story, pdf_make.insert_kinds) in → scores of the
    generated pages, failures."""
    from archive.scoring.pdf_make import (corpus_pages, front_page_kinds, insert_kinds, layout_kinds, makeup_kinds,
                                          print_habits, render)

    corpus = shared / "dev-corpus" / "articles.jsonl"
    if not corpus.is_file():
        return {}, ["no dev-corpus/articles.jsonl: generated pages skipped"]
    failures: list[str] = []
    heads = heads_owned = truth_chars = kept = extra = whole = strays = furniture = furniture_kept = 0
    specs = corpus_pages(corpus, seed, centred)
    with tempfile.TemporaryDirectory() as tmp:
        if habits:
            specs = print_habits(specs, seed)
        if kinds:
            specs = layout_kinds(specs, seed)
        if makeup:
            specs = makeup_kinds(specs, seed)
        if front:
            specs = front_page_kinds(specs, seed)
        if inserts:
            specs = insert_kinds(specs, seed)
        area_pages = ordered_pages = pairs_right = pairs = 0
        for number, spec in enumerate(specs):
            path = Path(tmp) / f"page{number}.pdf"
            truths = render(spec, path)
            articles = pdf_articles(path.read_bytes(), path.name)
            expected = [compact(t.title) for t in truths]
            hit, misses = owned(expected, articles)
            titles = [compact(a.title) for a in articles]
            for truth in truths:  # a story read right after the one the page's order says
                if truth.follows and compact(truth.title) in titles and compact(truth.follows) in titles:
                    pairs += 1
                    if titles.index(compact(truth.title)) == titles.index(compact(truth.follows)) + 1:
                        pairs_right += 1
                    else:
                        failures.append(f"generated page {number}: {truth.title} not read right after {truth.follows}")
            heads += len(expected)
            heads_owned += hit
            failures += [f"generated page {number} ({spec.columns} columns): headline not owned: {m}" for m in misses]
            others = [a.title or "(untitled)" for a in articles if compact(a.title) not in expected]
            strays += len(others)
            failures += [f"generated page {number}: an article beyond the page's headlines: {t}" for t in others]
            printed = _printed_furniture(spec)
            texts = [compact(a.title) + compact("".join(a.paragraphs)) for a in articles]
            kept_in = [p for p in printed if any(p in t for t in texts)]
            furniture += len(printed)
            furniture_kept += len(kept_in)
            failures += [f"generated page {number}: furniture in an article: {p}" for p in kept_in]
            if spec.areas and not (front or inserts):  # (front page kinds: a narrow single story is read by rows, not as an area;
                # insert kinds: a short 简讯 box beside the lead is read in its row)
                area_pages += 1
                ordered_pages += areas_in_order(truths, articles)
                if not areas_in_order(truths, articles):
                    failures.append(f"generated page {number}: areas read out of order: {[a.title for a in articles]}")
            by_title = {compact(a.title): a for a in articles}
            for truth in truths:
                article = by_title.get(compact(truth.title))
                body = "".join(article.paragraphs) if article else ""
                got, beyond = text_match(truth.body, body)
                size = len(compact(truth.body))
                truth_chars += size
                kept += got
                extra += beyond
                if size - got <= WHOLE_TOLERANCE * size and beyond <= WHOLE_TOLERANCE * size:
                    whole += 1
                elif article is not None:
                    failures.append(f"generated page {number}: {truth.title}: kept {got}/{size}, extra {beyond}")
    return {
        "generated headlines owned": heads_owned / max(heads, 1),
        "generated text kept": kept / max(truth_chars, 1),
        "generated text extra": extra / max(truth_chars, 1),
        "generated articles whole": whole / max(heads, 1),
        "generated headlines": heads,
        "generated articles beyond headlines": strays,
        **({"generated furniture out": 1 - furniture_kept / max(furniture, 1)} if habits or kinds or makeup or front or inserts else {}),
        **({"generated headline order": pairs_right / max(pairs, 1)} if front or inserts else {}),
        **({"generated areas in order": ordered_pages / max(area_pages, 1)} if makeup else {}),
    }, failures


def real_scores(shared: Path) -> tuple[dict[str, float], list[str]]:
    folder = shared / "dev-corpus" / "pdf"
    index = folder / "index.jsonl"
    if not index.is_file():
        return {}, ["no dev-corpus/pdf/index.jsonl: real pages skipped"]
    failures: list[str] = []
    heads = heads_owned = ordered = pairs = refused = bad = pages = extra = 0
    seconds = 0.0
    for row in map(json.loads, index.read_text(encoding="utf-8").splitlines()):
        path = folder / row["file"]
        if not path.is_file():
            continue
        data = path.read_bytes()
        started = time.perf_counter()
        try:
            articles = pdf_articles(data, row["file"])
            error = None
        except SourceError as caught:
            articles, error = [], caught
        seconds += time.perf_counter() - started
        pages += row.get("pages", 1)
        if not row.get("newspaper_like"):
            bad += 1
            refused += error is not None
            if error is None:
                failures.append(f"{row['file']}: not a news page, yet {len(articles)} article(s) came out")
            continue
        if error is not None:
            failures.append(f"{row['file']}: refused: {error.reason}")
        expected = row["headlines_compact"]
        hit, misses = owned(expected, articles)
        others = [a.title or "(untitled)" for a in articles if compact(a.title) not in expected]
        extra += len(others)
        failures += [f"{row['file']}: an article beyond the page's headlines: {t}" for t in others]
        heads += len(expected)
        heads_owned += hit
        good, judged = in_order(expected, articles)
        ordered += good
        pairs += judged
        failures += [f"{row['file']}: headline not owned: {m}" for m in misses]
    return {
        "real headlines owned": heads_owned / max(heads, 1),
        "real headline order": ordered / max(pairs, 1),
        "real articles beyond headlines": extra,
        "real headlines": heads,
        "bad PDFs refused": refused / max(bad, 1),
        "real pages per second": round(pages / seconds, 2) if seconds else 0.0,
    }, failures


def report(shared: Path) -> Report:
    """The shared folder in → scores for generated and real PDF pages."""
    generated, failures = generated_scores(shared)
    real, more = real_scores(shared)
    return Report("pdf_pages", {**generated, **real}, failures + more)
