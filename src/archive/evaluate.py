"""System outputs and labelled records (dev-corpus schema) → precision and recall per facet.

Scoring follows the dev-corpus README "Scoring suggestions": venues as sets on
(province, city) and on the full triple (a municipality district may leave city null),
places mentioned as sets of triples, groups and programmes as sets, figures as a multiset on
(kind, value, qualifier) after removing duplicates from the system output. Scores are
micro-averaged over records. Pure: no file or network access.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from archive.model import Article

FACETS = ("venue_city", "venue_full", "places_mentioned", "groups_served", "programme_types", "figures")
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
FIGURE_KINDS = frozenset({"money", "people", "items"})


@dataclass(frozen=True)
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.true_positives + other.true_positives, self.predicted + other.predicted, self.expected + other.expected)


def article_output(article: Article) -> dict:
    """Enriched Article → a dict in the labelled-record schema (for scoring)."""
    def places(items):
        return [{"province": p.province, "city": p.city, "county": p.county} for p in items]

    return {
        "venue_places": places(article.venue_places),
        "places_mentioned": places(article.places_mentioned),
        "groups_served": list(article.groups_served),
        "programme_types": list(article.programme_types),
        "figures": [{"kind": f.kind, "value": f.value, "qualifier": f.qualifier, "text": f.text} for f in article.figures],
    }


def score_records(outputs: Iterable[dict], records: Iterable[dict]) -> dict[str, Score]:
    """Outputs and records, in the same order → {facet: Score} summed over all records."""
    totals = {facet: Score() for facet in FACETS}
    for output, record in zip(outputs, records, strict=True):
        for facet, score in score_record(output, record).items():
            totals[facet] = totals[facet] + score
    return totals


def score_record(output: dict, record: dict) -> dict[str, Score]:
    """One output and its labelled record → {facet: Score}."""
    return {
        "venue_city": _set_score({_city_key(p) for p in output["venue_places"]}, {_city_key(p) for p in record["venue_places"]}),
        "venue_full": _set_score({_triple(p) for p in output["venue_places"]}, {_triple(p) for p in record["venue_places"]}),
        "places_mentioned": _set_score({_triple(p) for p in output["places_mentioned"]}, {_triple(p) for p in record["places_mentioned"]}),
        "groups_served": _set_score(set(output["groups_served"]), set(record["groups_served"])),
        "programme_types": _set_score(set(output["programme_types"]), set(record["programme_types"])),
        "figures": _multiset_score(
            Counter({_figure_key(f) for f in output["figures"] if f["kind"] in FIGURE_KINDS}),
            Counter(_figure_key(f) for f in record["figures"]),
        ),
    }


def format_table(scores: dict[str, Score]) -> str:
    """{facet: Score} → a plain-text table (facet, P, R, F1, tp/predicted/expected)."""
    lines = [f"{'facet':<18}{'P':>7}{'R':>7}{'F1':>7}   tp/pred/gold"]
    for facet, s in scores.items():
        lines.append(f"{facet:<18}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}   {s.true_positives}/{s.predicted}/{s.expected}")
    return "\n".join(lines)


def _triple(place: dict) -> tuple:
    province, city, county = place.get("province"), place.get("city"), place.get("county")
    if province in MUNICIPALITIES and county:
        city = province  # 北京市/北京市/顺义区 and 北京市/null/顺义区 are the same place
    return (province, city, county)


def _city_key(place: dict) -> tuple:
    return _triple(place)[:2]


def _figure_key(figure: dict) -> tuple:
    return (figure["kind"], round(float(figure["value"]), 2), figure.get("qualifier") or "exact")


def _set_score(predicted: set, expected: set) -> Score:
    return Score(len(predicted & expected), len(predicted), len(expected))


def _multiset_score(predicted: Counter, expected: Counter) -> Score:
    hits = sum(min(n, expected[key]) for key, n in predicted.items())
    return Score(hits, sum(predicted.values()), sum(expected.values()))
