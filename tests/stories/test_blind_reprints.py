"""Blind reprint gate: story detection over hand-written copies and look-alikes of union news.

tests/data/stories/blind/articles.jsonl holds 70 articles in 23 stories, written in session 9 by
someone who did not read the story rules or the reprint set's copy generator, and labelled before
any run. Each line: ``id``, ``site``, ``published``, ``title``, ``body`` (paragraphs one a line,
with the chrome the copying site adds), ``story`` (the label), ``kind`` (how the page was made)
and sometimes a ``note`` on the label.
Copies (one story each with their original): a portal's reprint under a new headline with the
本报讯 lead rewritten as 据XX日报报道; county versions adding two local paragraphs; WeChat reposts
with an editor's intro and slogans around the text; paragraphs reordered (one also dropping a
paragraph); summaries of about a third of the text; traditional script (OpenCC hk, tw, twp and t,
the hk ones with 「」 quotes, one also without its lead); figures rounded (1860万元 → 近1900万元,
36个 → 30余个, 10万名 → 十万名); a caption line over a rewritten lead; an aggregator's opening
with 阅读全文; two wires picked up by several sites with other chrome and headlines.
Look-alikes that are other stories (README: copies of one report are one story, another report is
another): one union's 送温暖 report of 2022, 2023 and 2024 (same formula, one closing paragraph
word for word); three cities' reports from one provincial template (same sentences, other
places, figures and names); a brief lifted from a round-up (its own story, as README says); one
ceremony reported independently by two papers (same facts, other words: two stories); one union
and reporter's two reports eight days apart; two wires on the same national union in one week.
Borderline, labelled by judgement: a 洗稿 rewrite of a report (same facts, figures, quote and
order, most words changed) is labelled a copy of it (it derives from that one report); the figures
are printed with and without it.
Keep it blind: do not tune story detection on these articles; fix what it shows with general rules
measured on the reprint set, and never change a label to match the output.

First run, at d04cca1 (session 9 start): 84 true pairs, pairwise precision 0.864, recall 0.833
(without the borderline rewrite 0.864/0.854). Failure kinds:
- merged look-alikes: the three cities' reports from one provincial template (S07 潍坊, S08 临沂,
  S09 济宁) joined into one story with their copies, 11 wrong pairs; each pair of city originals (and
  the portal and WeChat copies) is judged a copy on its own, only the county version with two local
  paragraphs joins the others through its own original;
- split copies: every summary of about a third of its report (S02, S04, S15, S17: 34–38% of the
  text, sentences kept word for word) stays apart from its story, 12 missed pairs; the borderline
  洗稿 rewrite (S14) stays apart, 2 missed pairs.
Right at first run: portal reprints with 据XX日报报道 leads and new headlines, county versions with
two local paragraphs, WeChat reposts, reordered paragraphs, a dropped paragraph, traditional script
(hk, tw, twp, t; 「」 quotes; one without its lead), rounded figures, a caption over a rewritten lead,
an aggregator's opening, wires on several sites; and apart, as labelled: one union's 送温暖 of three
years, the brief lifted from a round-up, one ceremony written by two papers, one union's two reports
eight days apart, two wires on one union in one week.
Second run, at the end of session 9. The two failure kinds (not the articles) were given to the story engineer,
who built them as generated kinds in the reprint set and fixed them there (vocabulary/stories.yaml): pairwise
precision 1.000 (the template reports of three cities apart), recall 0.833 unchanged (1.000/0.854 without the
rewrite): the verdict now takes a verbatim summary as an excerpt, but the band keys pair none of these four
summaries with their reports, so the verdict never sees them.
Floors just under the second run.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from archive import stories
from archive.scoring import reprints

BLIND = Path(__file__).resolve().parents[1] / "data" / "stories" / "blind" / "articles.jsonl"
BORDERLINE = {"r043"}  # the 洗稿 rewrite, labelled a copy by judgement

FLOORS = {"precision": 0.99, "recall": 0.83}  # first run 0.864/0.833, second 1.000/0.833


def read_articles() -> list[dict[str, str]]:
    """The blind set's lines → one dict per article."""
    return [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_item(article: dict[str, str]) -> reprints.Item:
    """An article → a text page of the reprint set (headline over body), labelled with its story."""
    page = article["title"] + "\n\n" + article["body"]
    return reprints.Item(name=article["id"], story=article["story"], kind=article["kind"], page=page)


def found_clusters(outcome: reprints.Outcome, gold: dict[str, str]) -> list[list[str]]:
    """The clusters the run made, rebuilt from its pairs (labelled pairs less the missed, plus the merged)."""
    truth = {(a, b) for a in gold for b in gold if a < b and gold[a] == gold[b]}
    clusters = stories.Clusters()
    for name in gold:
        clusters.add(name)
    for a, b in (truth - set(outcome.missed)) | set(outcome.merged):
        clusters.union(a, b)
    return sorted(sorted(members) for members in clusters.groups().values())


def wrong_clusters(clusters: list[list[str]], articles: list[dict[str, str]]) -> list[str]:
    """Found clusters holding two labelled stories, and labelled stories split over clusters → report lines."""
    by_id = {article["id"]: article for article in articles}
    lines = []
    for members in clusters:
        labels = sorted({by_id[m]["story"] for m in members})
        if len(labels) > 1:
            lines.append("merged " + " + ".join(labels) + ": " + ", ".join(f"{m} {by_id[m]['story']} {by_id[m]['kind']}" for m in members))
    parts: dict[str, list[list[str]]] = defaultdict(list)
    for members in clusters:
        for label in sorted({by_id[m]["story"] for m in members}):
            parts[label].append([m for m in members if by_id[m]["story"] == label])
    for label, pieces in sorted(parts.items()):
        if len(pieces) > 1:
            lines.append(f"split {label}: " + " | ".join(", ".join(f"{m} {by_id[m]['kind']}" for m in piece) for piece in pieces))
    return lines


def direct_verdicts(pairs: list[tuple[str, str]], articles: list[dict[str, str]]) -> list[str]:
    """Wrongly merged pairs → the verdict each pair gets on its own (None: joined only through others)."""
    by_id = {article["id"]: article for article in articles}
    texts = {name: stories.story_text(name, reprints.item_body(as_item(by_id[name]))) for pair in pairs for name in pair}
    return [f"{a}~{b} {stories.verdict(texts[a], texts[b])}" for a, b in pairs]


def test_blind_copies_are_found_and_look_alikes_stay_apart():
    articles = read_articles()
    outcome = reprints.evaluate([as_item(article) for article in articles])
    plain = reprints.evaluate([as_item(article) for article in articles if article["id"] not in BORDERLINE])
    gold = {article["id"]: article["story"] for article in articles}
    report = wrong_clusters(found_clusters(outcome, gold), articles)
    print(f"\nblind reprints: {len(articles)} articles, {len(set(gold.values()))} stories, {outcome.true_pairs} true pairs;"
          f" pairwise precision {outcome.precision:.3f}, recall {outcome.recall:.3f}"
          f" (without the borderline rewrite: {plain.precision:.3f}/{plain.recall:.3f})")
    print("\n".join(report) or "no wrong clusters")
    if outcome.merged:
        print("merged pairs' own verdicts: " + "; ".join(direct_verdicts(outcome.merged, articles)))
    assert outcome.precision >= FLOORS["precision"], outcome.merged
    assert outcome.recall >= FLOORS["recall"], outcome.missed


def test_the_blind_set_is_labelled_whole():
    articles = read_articles()
    assert len(articles) == len({a["id"] for a in articles}) == 70
    assert all(set(a) <= {"id", "site", "published", "title", "body", "story", "kind", "note"} for a in articles)
    assert len({a["story"] for a in articles}) == 23
