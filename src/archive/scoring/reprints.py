"""The reprint set: dev-corpus articles and the copies other sites make of them → pairwise
precision and recall of story detection (archive.stories), the way ingest runs it.

Each labelled article (``dev-corpus/articles.jsonl``, plus the seed page's articles) is one story
together with copies made the ways real sites make them:

- ``half``: an aggregator keeping the first half, ending in ……阅读全文, under its own chrome;
- ``traditional``: a mirror in traditional script (OpenCC s2tw);
- ``chrome``: another site's breadcrumbs, share bar, editor line and related-news block;
- ``headline``: the same text under another headline;
- ``lead``: an edited lead (the opening sentence rewritten);
- ``dropped``: one paragraph (or the last sentence) dropped;
- ``three_sites``: traditional script + other chrome + another headline;
- ``rounded``: the figures rounded the way a rewrite rounds them (592.81万元 → 592万余元, 1442人次 → 1400余人次);
- ``summary``: a verbatim summary: whole sentences picked evenly from across the text after its
  lead, 30–40% of it, under its own headline (an excerpt of the story, like the aggregator's half).

Different stories: every other article, ``brief``s (one inner paragraph of a longer article
under its own headline: a brief is not a copy of the round-up that contains it), and look-alikes
written from the article as a template by another city (another record's city and county names,
other reporters' names): ``template`` with its figures and dates changed too, ``template_places``
with the same figures; each template has a ``template_mirror``, a traditional-script copy under
other chrome, which is its copy (its story), not the original's. The corpus holds
no two records of one story (the closest pair of distinct records shares one portal's chrome,
Jaccard 0.16), so its 990 record pairs are all different-article pairs.

Every page goes through the text stage (decode, chrome, split, simplified twin), then band keys,
in-memory LSH candidates, the verdict and single-linkage clusters, as at ingest.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from archive import stories
from archive.model import Source
from archive.scoring import Report
from archive.text import articles_from_source
from archive.text.script import _converter

REPO = Path(__file__).resolve().parents[3]
SEED_PAGE = REPO / "samples" / "zhejiang-workers-daily-2023-spring-festival.txt"
COPIES = ("half", "traditional", "chrome", "headline", "lead", "dropped", "three_sites", "rounded", "summary")
LOOK_ALIKES = ("template", "template_places")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_REPORTER = re.compile(r"(记者|通讯员)([\u4e00-\u9fff]{2,3})")
NAMES = ("周晓兰", "郑海涛", "冯丽", "蒋文斌", "韩雪梅", "曹立新")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")


@dataclass(frozen=True)
class Item:
    """One page of the set: its story (gold), how it was made, and its text."""

    name: str
    story: str
    kind: str
    page: str


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def _body_paragraphs(title: str | None, text: str) -> tuple[list[str], list[str]]:
    """A record's text → (lines before and including the headline, the paragraphs after it)."""
    lines = _paragraphs(text)
    if title and title in lines[:5]:  # the headline on top (some pages repeat it mid-text)
        cut = lines.index(title) + 1
        return lines[:cut], lines[cut:]
    return [], lines


def chrome(other_title: str) -> tuple[list[str], list[str]]:
    """Another site's page furniture: (lines above the article, lines below it)."""
    head = ["首页 > 新闻中心 > 工会动态 > 正文", "来源：职工之家网  2023-02-01 09:12  浏览次数：3265", "分享到：微信 微博 QQ空间"]
    tail = ["责任编辑：李明", "【纠错】 【打印】 【关闭窗口】", "相关新闻", other_title or "全省工会系统部署年度重点工作",
            "版权所有 职工之家网 备案号：浙ICP备12345678号"]
    return head, tail


def make_copies(title: str | None, text: str, other_title: str) -> dict[str, str]:
    """A record (title, text) → its copies, by kind (see the module docstring)."""
    head, body = _body_paragraphs(title, text)
    if not body:
        return {}
    above, below = chrome(other_title)
    new_title = "转载：" + (title or body[0][:14]).strip() + "（图）"
    half: list[str] = []
    size, total = 0, sum(len(p) for p in body)
    for paragraph in body:
        kept = []
        for sentence in _sentences(paragraph):
            if size >= total / 2:
                break
            kept.append(sentence)
            size += len(sentence)
        if kept:
            half.append("".join(kept))
    first = _sentences(body[0])
    lead = ["记者从当地工会获悉，相关活动日前已经全面铺开。" + "".join(first[1:]) if len(first) > 1
            else "据了解，" + body[0][len(body[0]) // 3:]] + body[1:]
    if len(body) > 2:
        dropped = body[:len(body) // 2] + body[len(body) // 2 + 1:]
    else:
        last = _sentences(body[-1])
        dropped = body[:-1] + (["".join(last[:-1])] if len(last) > 1 else [])
    traditional = _converter("s2tw").convert
    return {
        "half": "\n".join(["资讯速递"] + head + half[:-1] + [half[-1] + "……阅读全文"]),
        "traditional": traditional(text),
        "chrome": "\n".join(above + head + body + below),
        "headline": "\n".join([new_title] + body),
        "lead": "\n".join(head + lead),
        "dropped": "\n".join(head + dropped),
        "three_sites": traditional("\n".join(above + [new_title] + body + below)),
    }


def brief(title: str | None, text: str) -> str | None:
    """A longer record → one inner paragraph (at most a third of it) under its own headline, or None."""
    _, body = _body_paragraphs(title, text)
    total = sum(len(p) for p in body)
    # a paragraph that starts past the first quarter of the text and is at most a third of it
    inner = [p for n, p in enumerate(body) if 80 <= len(p) <= total / 3 and sum(map(len, body[:n])) >= total / 4]
    if len(body) < 3 or not inner:
        return None
    paragraph = max(inner, key=len)
    return "\n".join([paragraph[:12] + "简讯", paragraph])


def rounded(text: str) -> str | None:
    """A record → the same text with its figures rounded down (years and dates kept), or None
    when it has none to round: 3.2万元 → 3万余元, 592.81万元 → 592万余元, 1442人次 → 1400余人次."""
    def round_down(found: re.Match) -> str:
        number, after, before = found[0], text[found.end():found.end() + 1], text[max(found.start() - 1, 0):found.start()]
        if after in "年月日时号余多-:/" or before in "-:/":
            return number  # a date or time stays as it is, and a figure already rounded
        if "." in number:  # 3.2万 → 3万余 (the 万 it had is dropped below)
            return number.split(".")[0] + after + "余" if after in "万亿" else number
        return number[:2] + "0" * (len(number) - 2) + "余" if len(number.lstrip("0")) >= 3 else number

    changed = _NUMBER.sub(round_down, text)
    changed = re.sub("(万|亿)余(万|亿)", r"\1余", changed)  # 3万余 followed by the 万 it kept
    return changed if changed != text else None


def summary(title: str | None, text: str) -> str | None:
    """A record's title and body (as the text stage makes it: no page furniture) → a verbatim
    summary: whole sentences picked evenly from across it after its first, 30–40% of it, under its
    own headline; None when no such pick exists, or when half of the pick is one paragraph (a
    brief of that paragraph, not a summary of the report)."""
    body = _paragraphs(text)
    total = sum(len(p) for p in body)
    sentences = [(number, sentence) for number, paragraph in enumerate(body) for sentence in _sentences(paragraph)][1:]
    if len(sentences) < 4 or not total:
        return None
    for count in range(2, len(sentences)):
        picked = [sentences[round(i * (len(sentences) - 1) / (count - 1))] for i in range(count)]
        size = sum(len(sentence) for _, sentence in picked)
        if size < 0.3 * total:
            continue
        largest = max(sum(len(sentence) for number, sentence in picked if number == paragraph) for paragraph, _ in picked)
        if size > 0.4 * total or largest > size / 2:
            return None
        return "\n".join(["摘要：" + (title or body[0][:12]), "".join(sentence for _, sentence in picked)])
    return None


def _place_names(venue: dict) -> list[str]:
    """A venue (province, city, county) → its names as the text may write them, longest first."""
    names = [name for level in ("county", "city") if (name := venue.get(level))]
    short = [name[:-1] for name in names if len(name) >= 3 and name[-1] in "市区县"]
    return sorted(names + short, key=len, reverse=True)


def template(text: str, venue: dict, other: dict, figures: bool, seed: int) -> str | None:
    """A record and another record's venue → the same report written up by that other place: its
    place names (and the reporters' names) swapped for the other's, and with ``figures`` its
    figures and dates changed too (years kept). None when fewer than three things change."""
    changes = 0
    for old, new in zip(_place_names(venue), _place_names(other)):
        if old in text and old != new:
            changes += text.count(old)
            text = text.replace(old, "\0" + new + "\0")  # marked so a later name is not swapped into it
    text = text.replace("\0", "")
    text, names = _REPORTER.subn(lambda found: found[1] + NAMES[(seed + len(found[2])) % len(NAMES)], text)
    changes += names

    def another(found: re.Match) -> str:
        number, after = found[0], text[found.end():found.end() + 1]
        if after == "年" or "." in number:
            return number if after == "年" else str(round(float(number) * 1.3 + 1, 2))
        value = int(number)
        if after == "月":
            return str(value % 12 + 1)
        if after in "日号":
            return str(value % 28 + 1)
        return str(value * 2 + 3 if value < 10 else value + 10 ** (len(number) - 1) * 3 // 2 + 7)

    if figures:
        text, count = _NUMBER.subn(another, text)
        changes += count
    return text if changes >= 3 else None


def seed_records() -> list[tuple[str, str | None, str]]:
    """The seed page's articles as (name, title, text) records."""
    if not SEED_PAGE.is_file():
        return []
    source = Source(key="seed", kind="file", location=str(SEED_PAGE), data=SEED_PAGE.read_bytes())
    return [(f"seed{a.ordinal}", a.title, "\n".join([a.title, *a.paragraphs]))
            for a in articles_from_source(source) if a.title]


def build_set(shared: Path) -> list[Item]:
    """The dev corpus (and the seed page) → every page of the labelled reprint set."""
    rows = [json.loads(line) for line in (shared / "dev-corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    venues = {row["id"]: (row.get("venue_places") or [{}])[0] for row in rows}
    records = [(r["id"], r["title"], r["text"]) for r in rows]
    records += seed_records()
    items: list[Item] = []
    for number, (name, title, text) in enumerate(records):
        other = records[(number + 1) % len(records)][1] or ""
        items.append(Item(name, name, "original", text))
        items += [Item(f"{name}/{kind}", name, kind, page) for kind, page in make_copies(title, text, other).items()]
        body = item_body(Item(name, name, "original", text)) if title else ""
        for kind, page in (("rounded", rounded(text)), ("summary", summary(title, body))):
            if page:
                items.append(Item(f"{name}/{kind}", name, kind, page))
        short = brief(title, text)
        if short:
            items.append(Item(f"{name}/brief", f"{name}/brief", "brief", short))
        venue = venues.get(name)
        # another record's venue in another city (the next one along)
        others = [venues[r[0]] for r in records[number + 1:] + records[:number] if r[0] in venues]
        elsewhere = next((v for v in others if venue and v.get("city") and v.get("city") != venue.get("city")), None)
        for kind in LOOK_ALIKES if venue is not None and elsewhere is not None else ():
            page = template(text, venue or {}, elsewhere or {}, kind == "template", number)
            if page:
                items.append(Item(f"{name}/{kind}", f"{name}/{kind}", kind, page))
                mirror = _converter("s2tw").convert("\n".join([*chrome(other)[0], page, *chrome(other)[1]]))
                items.append(Item(f"{name}/{kind}/mirror", f"{name}/{kind}", "template_mirror", mirror))
    return items


def item_body(item: Item) -> str:
    """A page of the set → the simplified, chrome-free body the text stage makes of it."""
    source = Source(key=item.name, kind="file", location=item.name, data=item.page.encode("utf-8"))
    try:
        articles = articles_from_source(source)
    except Exception:
        return ""
    return "\n".join(a.body_simplified or a.body for a in articles)


@dataclass
class Outcome:
    """Pairwise counts of one run over the set, and the pairs it got wrong."""

    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    missed: list[tuple[str, str]]
    merged: list[tuple[str, str]]
    seconds_per_article: float
    candidates: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0


def evaluate(items: list[Item], rules: stories.Rules = stories.RULES) -> Outcome:
    """Pages → story clusters the ingest way (bands → candidates → verdict → union) → pairwise scores."""
    bodies = {item.name: item_body(item) for item in items}
    started = time.perf_counter()
    texts = {name: stories.story_text(name, body) for name, body in bodies.items()}
    keys = {name: stories.bands_of(name, body) for name, body in bodies.items()}
    pairs = stories.candidate_pairs(keys)
    sketches = {name: found for name, item_keys in keys.items() if (found := stories.sketch(item_keys.values, texts[name]))}
    clusters = stories.Clusters()
    for name in texts:
        clusters.add(name)
    for a, b in sorted(pairs):
        if not stories.may_match(sketches[a], sketches[b]):
            continue  # screened out before the text is read, as at ingest
        if stories.verdict(texts[a], texts[b], rules):
            clusters.union(a, b)
    seconds = time.perf_counter() - started
    gold = {item.name: item.story for item in items}
    truth = {frozenset(p) for p in combinations(gold, 2) if gold[p[0]] == gold[p[1]]}
    predicted = {frozenset(p) for members in clusters.groups().values() for p in combinations(members, 2)}
    return Outcome(true_pairs=len(truth), predicted_pairs=len(predicted), correct_pairs=len(truth & predicted),
                   missed=sorted(_pair(p) for p in truth - predicted),
                   merged=sorted(_pair(p) for p in predicted - truth),
                   seconds_per_article=seconds / max(len(items), 1), candidates=len(pairs))


def _pair(pair: frozenset[str]) -> tuple[str, str]:
    first, second = sorted(pair)
    return first, second


def report(shared: Path) -> Report:
    """The reprint set → pairwise precision and recall of story detection, and its cost."""
    items = build_set(shared)
    outcome = evaluate(items)
    kinds = {item.name: item.kind for item in items}
    by_kind = {kind: per_kind(outcome, kinds, kind) for kind in (*COPIES, *LOOK_ALIKES, "template_mirror", "brief")}
    failures = [f"missed {a} ~ {b}" for a, b in outcome.missed[:20]]
    failures += [f"merged {a} ~ {b}" for a, b in outcome.merged[:20]]
    return Report("reprints", {
        "pages": len(items),
        "stories": len({item.story for item in items}),
        "true pairs": outcome.true_pairs,
        "candidate pairs (LSH)": outcome.candidates,
        "pairwise precision": round(outcome.precision, 4),
        "pairwise recall": round(outcome.recall, 4),
        "ms per article": round(outcome.seconds_per_article * 1000, 3),
    }, failures, table=[f"{kind}: missed {missed}, merged {merged} pairs" for kind, (missed, merged) in by_kind.items()])


def per_kind(outcome: Outcome, kinds: dict[str, str], kind: str) -> tuple[int, int]:
    """One run's outcome → how many of its missed and its merged pairs hold a page of ``kind``."""
    def holds(pair: tuple[str, str]) -> bool:
        return kinds.get(pair[0]) == kind or kinds.get(pair[1]) == kind

    return sum(map(holds, outcome.missed)), sum(map(holds, outcome.merged))
