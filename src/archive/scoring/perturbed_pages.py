"""The dev pages as other sites and papers would set them (archive.scoring.variants), scored per variant
family against the expectations of the original page.

HTML families: the 20 dev HTML pages (``dev-corpus/html``), each rewritten by one variant, scored on the
checks of ``html_pages`` (headline exact, body start and end, date, chrome kept out). A page counts in a
family only when the variant changed something in it (a date family needs a visible date).
Text families: the dev-corpus articles (``articles.jsonl``) with a headline and body prose, each page
rewritten (本报讯 lead taken off, lines re-broken, spacing changed, traditional script) and scored on
its first article: headline, date, body start (the first words of its prose, byline aside) and end
(its last sentence kept). Plus generated multi-article pages (``text_pages``) in both scripts, and the
generated PDF pages (``pdf_pages``) with other articles in the same layouts (held-out seeds).

The original pages' scores are the ``original`` family: a variant should score what the original does.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from archive.model import Source
from archive.scoring import Report
from archive.scoring import html_pages, text_pages
from archive.scoring.textgen import Page, corpus_article, corpus_articles, make_pages
from archive.scoring.variants import (ADDED_CHROME, FAMILY_CHROME, HTML_VARIANTS, TEXT_VARIANTS, VARIANT_BYTES, VARIANT_SCRIPT, Expected, html_variant,
                                     html_variant_expected, squash, text_variant, to_traditional, variant_expected)
from archive.text import SourceError, articles_from_source
from archive.text.decode import decode_bytes
from archive.text.normalize import normalize_text
from archive.text.script import to_simplified
from archive.text.split import PageArticle, split_page

HTML_CHECKS = html_pages.CHECKS
TEXT_CHECKS = ("title", "body_start", "body_end", "date", "chrome_absent")
GENERATED_PAGES, GENERATED_SEED = 40, 11
EDGE = 10  # characters of the body's first / last words compared
MAX_FAILURES = 40
PDF_SEEDS = (1, 2, 3, 4, 5)  # generated PDF pages: the dev scores use seed 7


@dataclass(frozen=True)
class FamilyScore:
    """One variant family: pages it applied to, pages passing every check, and the share passing each check."""

    family: str
    pages: int
    passing: int
    checks: dict[str, float]

    @property
    def passing_share(self) -> float:
        return self.passing / self.pages if self.pages else 0.0

    def row(self) -> str:
        checks = " ".join(f"{name}={value:.2f}" for name, value in self.checks.items())
        return f"{self.family:<30}{self.pages:>4}{self.passing_share:>7.2f}  {checks}"


def _family(family: str, outcomes: list[dict[str, bool]]) -> FamilyScore:
    checks = {name: sum(o[name] for o in outcomes) / len(outcomes) if outcomes else 0.0 for name in (outcomes[0] if outcomes else {})}
    return FamilyScore(family, len(outcomes), sum(all(o.values()) for o in outcomes), checks)


# ---- HTML ------------------------------------------------------------------------------------

def _html_records(shared: Path) -> list[dict]:
    index = shared / html_pages.CORPUS / "index.jsonl"
    return [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]


def html_expected(record: dict) -> Expected:
    """An index.jsonl record in → its Expected."""
    return Expected(record["file"], record["expected_title"], record["published"], record["expected_body_start"], record["expected_body_end"])


def _html_articles(text: str, name: str, encoding: str | None = None) -> list:
    """A page's text in → its articles, handed over as UTF-8 with that charset declared, or (``encoding``) as bytes in
    that encoding with no charset declared (the page's own <meta> and the decoder decide)."""
    data = text.encode(encoding or "utf-8")
    source = Source(key=name, kind="file", location=name, data=data, content_type="text/html", charset=None if encoding else "utf-8")
    try:
        return articles_from_source(source)
    except SourceError:
        return []


def added_chrome(original: str, variant: str, family: str = "") -> list[str]:
    """A page before and after a variant (of a family) in → the furniture the variant put on it (ADDED_CHROME and the
    family's FAMILY_CHROME not on the original)."""
    return [phrase for phrase in (*ADDED_CHROME, *FAMILY_CHROME.get(family, ())) if phrase in variant and phrase not in original]


def with_added_chrome(record: dict, original: str, variant: str, family: str = "") -> dict:
    """An index record in → the same, with the chrome the variant added among what must stay out of the body."""
    return {**record, "must_not_contain": [*record["must_not_contain"], *added_chrome(original, variant, family)]}


def html_families(shared: Path, every: int = 1) -> tuple[list[FamilyScore], list[str]]:
    """Shared folder in → (one FamilyScore per HTML variant, original first; failures to read).

    ``every``: each family reads every n-th page (family k starts at page k mod n), so a quick gate
    covers every page and every family at 1/n of the cost.
    """
    folder = shared / html_pages.CORPUS
    records = _html_records(shared)
    pages = {r["file"]: decode_bytes((folder / r["file"]).read_bytes(), name=r["file"]).text for r in records}
    outcomes: dict[str, list[dict[str, bool]]] = {"original": []}
    failures: list[str] = []
    for record in records[::every]:
        result = html_pages.check_page(record, _html_articles(pages[record["file"]], record["file"]))
        outcomes["original"].append(result.passed)
        if not result.all_passed:
            failures.append(f"[html original] {result.describe()}")
    for k, family in enumerate(HTML_VARIANTS):
        outcomes[family] = []
        for record in records[(k + 1) % every::every]:
            text = html_variant(pages[record["file"]], html_expected(record), family)
            if text is None:
                continue
            articles = _html_articles(text, record["file"], VARIANT_BYTES.get(family))
            reader = html_variant_expected(html_expected(record), family, pages[record["file"]])
            convert = VARIANT_SCRIPT.get(family, str)
            wanted = {**record, "expected_title": reader.title, "expected_body_start": reader.body_start, "expected_body_end": reader.body_end,
                      "expected_kicker": reader.kicker, "expected_subtitle": reader.subtitle,
                      "must_not_contain": [convert(phrase) for phrase in record["must_not_contain"]]}
            result = html_pages.check_page(with_added_chrome(wanted, pages[record["file"]], text, family), articles)
            outcomes[family].append(result.passed)
            if not result.all_passed:
                failures.append(f"[html {family}] {result.describe()}")
    return [_family(f"html {family}", found) for family, found in outcomes.items()], failures


# ---- text ------------------------------------------------------------------------------------

def text_records(shared: Path) -> list[tuple[dict, Expected]]:
    """Shared folder in → (record, Expected) for each dev-corpus article with a headline and body prose."""
    path = shared / "dev-corpus" / "articles.jsonl"
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        article = corpus_article(record)
        if article is not None:
            found.append((record, Expected(record["id"], record["title"], record["published"], article.paragraphs[0], article.paragraphs[-1])))
    return found


def _comparable(text: str | None) -> str:
    return squash(to_simplified(normalize_text(text or "")[0]))


def check_text(expected: Expected, articles: list[PageArticle], chrome: tuple[str, ...] | list[str] = ()) -> dict[str, bool]:
    """Expectations, the page's articles and furniture put on the page in → per check, whether the first article meets it."""
    article = articles[0] if articles else None
    body = _comparable("".join(article.paragraphs)) if article else ""
    return {
        "title": article is not None and _comparable(article.title) == _comparable(expected.title),
        "body_start": bool(body) and body.startswith(_comparable(expected.body_start)[:EDGE]),
        "body_end": bool(body) and _comparable(expected.body_end)[-EDGE:] in body,
        "date": (article.published if article else None) == expected.published,
        "chrome_absent": not any(_comparable(phrase) in body for phrase in chrome),
    }


def _describe(family: str, expected: Expected, passed: dict[str, bool], articles: list[PageArticle]) -> str:
    article = articles[0] if articles else None
    body = "".join(article.paragraphs) if article else ""
    got = {"title": f"title={article.title if article else None!r}", "body_start": f"start={body[:20]!r}",
           "body_end": f"end={body[-20:]!r}", "date": f"date={article.published if article else None}",
           "chrome_absent": f"chrome kept, end={body[-20:]!r}"}
    return f"[text {family}] {expected.name}: " + "; ".join(got[c] for c, ok in passed.items() if not ok)


def text_families(shared: Path) -> tuple[list[FamilyScore], list[str]]:
    """Shared folder in → (one FamilyScore per text variant, original first; failures to read)."""
    records = text_records(shared)
    outcomes: dict[str, list[dict[str, bool]]] = {}
    failures: list[str] = []
    for family in ("original", *TEXT_VARIANTS):
        outcomes[family] = []
        for record, expected in records:
            text = record["text"] if family == "original" else text_variant(record["text"], expected, family)
            if text is None:
                continue
            articles = split_page(text)
            wanted = variant_expected(expected, family)
            passed = check_text(wanted, articles, added_chrome(record["text"], text))
            outcomes[family].append(passed)
            if not all(passed.values()):
                failures.append(_describe(family, wanted, passed, articles))
    return [_family(f"text {family}", found) for family, found in outcomes.items()], failures


def traditional_page(page: Page) -> Page:
    """A generated page in → the same page in traditional script, its titles and breaks converted alike."""
    converted = Page(text=to_traditional(page.text), layout=page.layout)
    converted.articles = [type(a)(to_traditional(a.title), [to_traditional(p) for p in a.paragraphs]) for a in page.articles]
    converted.breaks = [(to_traditional(b), to_traditional(a)) for b, a in page.breaks]
    return converted


def generated_scores(shared: Path, script: str) -> tuple[dict[str, float], list[str]]:
    """Shared folder and a script ("simplified" | "traditional") in → text_pages' scores over generated pages set
    in that script (the same pages both ways), and the problems."""
    pages = make_pages(corpus_articles(shared), GENERATED_PAGES, GENERATED_SEED)
    if script == "traditional":
        pages = [traditional_page(p) for p in pages]
    tally = text_pages.tally_pages(pages)
    failures = [f"[generated {script}] page {n}: {p}" for n, p in tally.problems]
    return {f"generated {script} titles_owned": tally.titles_owned, f"generated {script} breaks_rejoined": tally.breaks_rejoined,
            f"generated {script} counts_right": tally.counts_right}, failures


def pdf_held_out(shared: Path, seeds: tuple[int, ...] = PDF_SEEDS, centred: bool = False,
                 habits: bool = False, kinds: bool = False, makeup: bool = False,
                 front: bool = False, inserts: bool = False) -> tuple[dict[str, float], list[str]]:
    """Shared folder in → pdf_pages' generated-page scores with other articles in the same layouts (seeds other
    than the dev seed 7), averaged over the seeds (articles beyond the headlines summed), and the failures.
    ``centred``: every headline stack centred over its module's columns, as many papers set them (held out
    whatever the seed: the dev pages set heads flush left). ``habits``: with what papers print besides stories
    (jump lines, a 导读 box, a lone picture with its caption: pdf_make.print_habits). ``kinds``: set as other papers
    set their pages (a head in its first column with its text beside it, a vertical head left of its text, ■/□ byline
    lines, a boxed 征稿启事 or 今日导读: pdf_make.layout_kinds). ``makeup``: made up as other papers place their blocks
    (A3 and broadsheet, 4–6 unequal columns, a sidebar or a 简讯 box area, a head in a shaded strip, reversed labels,
    author lines, cartoons, teaser guides: pdf_make.makeup_kinds). ``front``: made up as front and county pages set theirs
    (colophons, 简讯 rows, a narrow single story, ——记… subtitles, a picture over one line: pdf_make.front_page_kinds).
    ``inserts``: with what papers set into and beside stories (boxed tips, a ■ 简讯 column, photo news, pull quotes,
    info boxes, 文/图 bylines, numbered captions, a framed story: pdf_make.insert_kinds)."""
    from archive.scoring import pdf_pages

    totals: dict[str, float] = {}
    failures: list[str] = []
    label = ("pdf held-out insert kinds" if inserts else "pdf held-out front page kinds" if front else "pdf held-out makeup kinds" if makeup else "pdf held-out layout kinds" if kinds else "pdf held-out print habits" if habits
             else "pdf held-out centred" if centred else "pdf held-out")
    shares = ("generated headlines owned", "generated text kept", "generated articles whole") + (
        ("generated furniture out",) if habits or kinds or makeup or front or inserts else ()) + (
        ("generated areas in order",) if makeup else ()) + (("generated headline order",) if front or inserts else ())
    for seed in seeds:
        scores, found = pdf_pages.generated_scores(shared, seed, centred, habits, kinds, makeup, front, inserts)
        for name in shares:
            totals[name] = totals.get(name, 0.0) + scores.get(name, 0.0) / len(seeds)
        if habits or kinds or makeup or front or inserts:
            name = "generated articles beyond headlines"
            totals[name] = totals.get(name, 0) + scores.get(name, 0)
        failures += [f"[{label} seed {seed}] {f}" for f in found]
    return {f"{label} {name.removeprefix('generated ')}": round(value, 3) for name, value in totals.items()}, failures


def report(shared: Path, every: int = 1) -> Report:
    """Shared folder in → Report: per family the share of pages passing every check, and a table per check
    (``every``: HTML families on every n-th page, see html_families, and centred PDF pages of every n-th seed)."""
    if not (shared / html_pages.CORPUS / "index.jsonl").is_file():
        return Report("perturbed_pages", {"pages": 0}, [f"no corpus at {shared / html_pages.CORPUS}"])
    began = time.process_time()
    html, html_failures = html_families(shared, every)
    text, text_failures = text_families(shared)
    generated, generated_failures = generated_scores(shared, "simplified")
    traditional, traditional_failures = generated_scores(shared, "traditional")
    generated.update(traditional)
    generated_failures += traditional_failures
    pdf, pdf_failures = pdf_held_out(shared)
    generated.update(pdf)
    generated_failures += pdf_failures
    centred, centred_failures = pdf_held_out(shared, (7, *PDF_SEEDS)[::every], centred=True)
    generated.update(centred)
    generated_failures += centred_failures
    habits, habits_failures = pdf_held_out(shared, (7, *PDF_SEEDS)[::every], habits=True)
    generated.update(habits)
    generated_failures += habits_failures
    kinds, kinds_failures = pdf_held_out(shared, (7, *PDF_SEEDS)[::every], kinds=True)
    generated.update(kinds)
    generated_failures += kinds_failures
    makeup, makeup_failures = pdf_held_out(shared, (7, *PDF_SEEDS)[::every], makeup=True)
    generated.update(makeup)
    generated_failures += makeup_failures
    front, front_failures = pdf_held_out(shared, (7, *PDF_SEEDS)[::every], front=True)
    generated.update(front)
    generated_failures += front_failures
    inserts, inserts_failures = pdf_held_out(shared, (7, *PDF_SEEDS)[::every], inserts=True)
    generated.update(inserts)
    generated_failures += inserts_failures
    scores: dict[str, float] = {f.family: round(f.passing_share, 3) for f in html + text}
    scores.update({k: round(v, 3) for k, v in generated.items()})
    scores["cpu_seconds"] = round(time.process_time() - began, 1)
    failures = html_failures + text_failures + generated_failures
    shown = failures[:MAX_FAILURES] + ([f"… {len(failures) - MAX_FAILURES} more"] if len(failures) > MAX_FAILURES else [])
    return Report("perturbed_pages", scores, shown, table=[f.row() for f in html + text])
