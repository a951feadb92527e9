"""Blind gate: pages from sites and papers nobody on the team had seen, expectations written before any run.

tests/data/html/blind holds 12 HTML article pages (TV station, GBK and GB18030 union sites, a 信息公开
portal, WeChat, a mobile app share page, an e-paper article view, <br>/<span>/<div> paragraphs, a headline
only in <title>, dates in meta tags, JSON-LD or a script); tests/data/text/blind holds 4 newspaper page
texts (blank-line paragraphs, PDF column lines, ■ bylines, 引题/副题, column labels, captions, a Q&A).
Each folder's expected.json says what a reader finds on each page; see its "_about".

An HTML page is checked for: one article, its title, its date, the body's first and last words, and no
chrome in the body. A text page is checked for: its headlines, found in page order with nothing else
taken for an article (precision and recall 1), and each found article's body starting at its first words.
Text is compared without whitespace, full-width forms folded (NFKC), so the checks judge what was
found, not how it was spaced.

A case the extractor fails is marked xfail(strict=True) with what came out: the gate holds what passes
and flags a fix when it lands (the mark must then go). Expectations are never changed to match output.

First run, at 008b39a (session 7 start), before anyone worked on these pages:
- HTML: 68 of 72 checks pass; 9 of 12 pages pass every check (one_article 12/12, title 10/12, date 12/12,
  first 11/12, last 11/12, chrome 12/12). Failures: a 原创 badge inside the <h1> kept in the title; on a
  Word-pasted page whose headline sits in a plain <div>, the body's first sentence taken as the title and
  repeated before the body; a body cut at a 相关阅读 box inside the body's <div> (the paragraphs after lost).
- Newspaper texts: headlines right on 0 of 4 pages, bodies starting right on 3 of 4; headline precision
  0.400 (8 of 20 found articles are expected ones), recall 0.500 (8 of 16). Failures: page-header lines
  (版次/栏目, 编辑 … 校对 …) merged into the first title; a signature line ((通讯员 何静), (晓晨)) merged into
  the next title; a head after a photo caption read as a sub-head of the article before; on column text
  cut at the width, sub-heads, a 相关链接 box, a ■ column label and wrapped body lines read as titles.
- Seen but not gated (found after the expectations were written, so not added to them): photo captions,
  a 本版编辑 line and a 本版邮箱 footer left at the end of the article above them.

Second run, at 2dd86be (session 7 end). The first run's failure kinds were public in main from 07:26 and the
extractor's owner fixed several of them, some named after these pages (a masthead alone at the top, staff lines,
page-header labels, signatures, ▲/图为 captions), so these figures are no longer blind ones; the next blind set
must be new pages.
- HTML: 69 of 72 checks; 10 of 12 pages whole (the body cut at the in-body 相关阅读 box now ends right). Still
  failing: the 原创 badge in the <h1>; the Word-pasted page's title and first sentence.
- Newspaper texts: headlines right on 2 of 4 pages (page headers, staff lines and signatures no longer merged),
  bodies 3 of 4; precision 0.750 (15/20), recall 0.9375 (15/16). Still failing: a head after a photo caption
  taken as a sub-head; on the width-cut rights page, sub-heads, the 相关链接 box and column lines as titles, and
  first lines of the Q&A and the case read as subtitles. Not gated: the 本版编辑 and 本版邮箱 lines and page 2's
  caption are out of the bodies now; page 1's caption is still in the article above it.

Session 8 (HTML only; fixed as kinds, each measured first on a generated family over the 20 dev pages): 72 of 72
checks, 12 of 12 pages whole. A badge set inside the headline element (原创/独家/视频… before or after the text, in an
element of its own or in brackets: html.yaml headline_badges) is not the headline's; type marks a headline only when
it is larger than the page's body text (a Word page sets its paragraphs in 16pt) and is a line of its own, not a run
inside a paragraph.

Session 8 (newspaper texts, splitter fixes by failure kind, after the failures were public): headlines right on 3 of
4 pages, bodies 4 of 4; precision 0.9375 (15/16), recall 0.9375 (15/16). Fixed: the head after a signed-off story and
its caption; on the width-cut page, column lines, the 相关链接 box, the ■ label and the Q&A/【案情】 first lines. Still
failing: on that page a quoted sub-head read as a title and the Q&A piece's head (same theme as the feature above)
read as a sub-head.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from archive.io.sources import read_path
from archive.model import Article
from archive.text import articles_from_source

DATA = Path(__file__).resolve().parents[1] / "data"
HTML = DATA / "html" / "blind"
TEXT = DATA / "text" / "blind"
HTML_PAGES = {page["file"]: page for page in json.loads((HTML / "expected.json").read_text(encoding="utf-8"))["pages"]}
TEXT_PAGES = {page["file"]: page for page in json.loads((TEXT / "expected.json").read_text(encoding="utf-8"))["pages"]}
WHITESPACE = re.compile(r"\s+")
# Newspaper headlines over the 4 pages; floors just under the measured figures (moving one is a deliberate act).
PRECISION_FLOOR = 0.93  # measured 0.9375 (15/16) in session 8 (0.750, 15/20, at the second run; 0.400, 8/20, at the first)
RECALL_FLOOR = 0.93  # measured 0.9375 (15/16) in session 8 (0.9375 at the second run, 0.500 at the first); one less is 0.875

# (page, check) → what the extractor gave at the second run; each is a strict xfail.
HTML_XFAIL: dict[tuple[str, str], str] = {}
TEXT_XFAIL: dict[tuple[str, str], str] = {
    ("page_04_feature_qa.txt", "headlines"): "4 articles for 4 but 2 wrong: the sub-head '“接单接到停不下来”' read as a title, "
                                             "and '工会律师：平台不能用“系统派单”推卸责任' (same theme as the feature above) as its sub-head",
}


def squash(text: str | None) -> str:
    """Text in → NFKC-folded text without whitespace (the form every comparison here uses)."""
    return WHITESPACE.sub("", unicodedata.normalize("NFKC", text or ""))


@cache
def extracted(path: Path) -> list[Article]:
    """A page file in → the articles the text stage reads from it (once per test session)."""
    return articles_from_source(read_path(path))


def starts_with_first_words(body: str, first: str, lead: str | None) -> bool:
    """Squashed body, expected first words and an optional inline byline in → whether the body opens there."""
    return body.startswith(squash(first)) or (bool(lead) and body.startswith(squash(lead) + squash(first)))


# ---- HTML pages -------------------------------------------------------------------------------------


def html_check(name: str, check: str) -> tuple[bool, str]:
    """Page file name and check in → (passed, what came out)."""
    expected, articles = HTML_PAGES[name], extracted(HTML / name)
    if check == "one_article":
        return len(articles) == 1, f"{len(articles)} articles: {[a.title for a in articles]}"
    if not articles:
        return False, "no article"
    article, body = articles[0], squash(articles[0].body)
    if check == "title":
        return squash(article.title) == squash(expected["title"]), f"title={article.title!r}"
    if check == "date":
        return article.published == expected["published"], f"published={article.published}"
    if check == "first":
        return starts_with_first_words(body, expected["first"], expected.get("lead")), f"start={body[:40]!r}"
    if check == "last":
        return body.endswith(squash(expected["last"])), f"end={body[-40:]!r}"
    kept = [phrase for phrase in expected["absent"] if squash(phrase) in body]
    return bool(body) and not kept, f"chrome kept={kept}"


HTML_CHECKS = ("one_article", "title", "date", "first", "last", "chrome")


def cases(pages: dict[str, dict], xfails: dict[tuple[str, str], str], check: str) -> list:
    """The pages of a folder as test cases for one check, each failing one a strict xfail with its reason."""
    return [
        pytest.param(name, id=Path(name).stem, marks=(pytest.mark.xfail(strict=True, reason=xfails[(name, check)]),)
                     if (name, check) in xfails else ())
        for name in sorted(pages)
    ]


def html_cases(check: str) -> list:
    return cases(HTML_PAGES, HTML_XFAIL, check)


@pytest.mark.parametrize("name", html_cases("one_article"))
def test_a_blind_html_page_is_one_article(name):
    ok, got = html_check(name, "one_article")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("title"))
def test_a_blind_html_page_gives_the_headline_a_reader_sees(name):
    ok, got = html_check(name, "title")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("date"))
def test_a_blind_html_page_gives_its_publication_date(name):
    ok, got = html_check(name, "date")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("first"))
def test_a_blind_html_body_starts_at_the_first_sentence(name):
    ok, got = html_check(name, "first")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("last"))
def test_a_blind_html_body_ends_at_the_last_sentence(name):
    ok, got = html_check(name, "last")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("chrome"))
def test_a_blind_html_body_keeps_no_page_chrome(name):
    ok, got = html_check(name, "chrome")
    assert ok, got


# ---- newspaper page texts ---------------------------------------------------------------------------


def accepted_titles(expected: dict) -> set[str]:
    """An expected article in → the titles that name it (its main head; its kicker, read as the first line)."""
    return {squash(expected["title"])} | ({squash(expected["kicker"])} if expected.get("kicker") else set())


def matches(articles: list[Article], expected: list[dict]) -> list[int | None]:
    """Found and expected articles in → for each found article, the index of the expected one it is (or None)."""
    return [next((i for i, e in enumerate(expected) if squash(a.title) in accepted_titles(e)), None) for a in articles]


def tally(articles: list[Article], expected: list[dict]) -> tuple[int, int, int, bool]:
    """Found and expected articles in → (found articles that are expected, found articles, expected articles found,
    in order)."""
    found = [i for i in matches(articles, expected) if i is not None]
    return len(found), len(articles), len(set(found)), found == sorted(set(found))


def headline_tally(name: str) -> tuple[int, int, int, bool]:
    """Page file name in → its tally()."""
    return tally(extracted(TEXT / name), TEXT_PAGES[name]["articles"])


def bodies_starting_elsewhere(articles: list[Article], expected: list[dict]) -> list[str]:
    """Found and expected articles in → 'title: body start' for each found article not starting at its first words."""
    wrong = []
    for article, index in zip(articles, matches(articles, expected)):
        if index is not None:
            e = expected[index]
            if not starts_with_first_words(squash(article.body), e["body_start"], e.get("lead")):
                wrong.append(f"{e['title']}: {squash(article.body)[:30]!r}")
    return wrong


def precision_and_recall(tallies: list[tuple[int, int, int, bool]], expected: int) -> tuple[float, float, str]:
    """Pages' tallies and the number of expected articles in → (precision, recall, both in words)."""
    right, found, recalled = (sum(t[i] for t in tallies) for i in range(3))
    precision, recall = right / max(found, 1), recalled / expected
    return precision, recall, f"precision {precision:.3f} ({right}/{found}), recall {recall:.3f} ({recalled}/{expected})"


def outcome_lines(kind: str, check: str, names: list[str], run) -> list[str]:
    """One '✓/✗ kind check page: what came out' line per page (a run's record for the docstring)."""
    lines = []
    for name in names:
        ok, got = run(name, check)
        lines.append(f"{'✓' if ok else '✗'} {kind} {check} {name}{'' if ok else ': ' + got}")
    return lines


def text_check(name: str, check: str) -> tuple[bool, str]:
    """Page file name and check in → (passed, what came out)."""
    expected, articles = TEXT_PAGES[name]["articles"], extracted(TEXT / name)
    titles = [a.title for a in articles]
    if check == "headlines":
        right, found, recalled, in_order = headline_tally(name)
        return (right == found == recalled == len(expected) and in_order), f"titles={titles}"
    wrong = bodies_starting_elsewhere(articles, expected)
    return not wrong, f"bodies starting elsewhere={wrong}"


def text_cases(check: str) -> list:
    return cases(TEXT_PAGES, TEXT_XFAIL, check)


@pytest.mark.parametrize("name", text_cases("headlines"))
def test_a_blind_newspaper_page_gives_its_headlines_in_order_and_nothing_else(name):
    ok, got = text_check(name, "headlines")
    assert ok, got


@pytest.mark.parametrize("name", text_cases("bodies"))
def test_each_article_found_on_a_blind_newspaper_page_starts_at_its_first_words(name):
    ok, got = text_check(name, "bodies")
    assert ok, got


def test_blind_newspaper_headlines_hold_their_precision_and_recall():
    precision, recall, said = precision_and_recall([headline_tally(name) for name in sorted(TEXT_PAGES)],
                                                   sum(len(p["articles"]) for p in TEXT_PAGES.values()))
    print(report())
    print(f"blind newspaper headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR



def report() -> str:
    """Every case's outcome, one line each (for the docstring's record of a run)."""
    lines = [line for check in HTML_CHECKS for line in outcome_lines("html", check, sorted(HTML_PAGES), html_check)]
    lines += [line for check in ("headlines", "bodies") for line in outcome_lines("text", check, sorted(TEXT_PAGES), text_check)]
    return "\n".join(lines)
