"""Search and facet questions → Elasticsearch request bodies, and responses → plain rows.

Pure: builds dicts, runs nothing. archive.io.elastic executes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# What analysts ask by → the flat keyword field that answers it.
FACETS = {
    "province": "venue_province",
    "city": "venue_city",
    "county": "venue_county",
    "group": "groups_served",
    "programme": "programme_types",
    "flag": "quality_flags",
    "newspaper": "newspaper",
}
LABEL_FIELDS = {"groups_served": "groups_served_labels", "programme_types": "programme_types_labels"}
SUMS = {"money": "money_total", "people": "people_total", "items": "items_total"}
PLACE_SUFFIXES = ("省", "市", "区", "县", "州", "盟", "旗", "自治区", "地区")


@dataclass
class Filters:
    """Facet filters an analyst can combine; each is a value or None."""

    city: str | None = None
    county: str | None = None
    province: str | None = None
    group: str | None = None
    programme: str | None = None
    date_from: str | None = None
    date_to: str | None = None


def place_values(name: str, level: str) -> list[str]:
    """'宁波' → ['宁波', '宁波市']: an analyst may type a short form of an official name."""
    if name.endswith(PLACE_SUFFIXES):
        return [name]
    suffix = {"province": "省", "city": "市", "county": "区"}[level]
    extra = [name + "县", name + "市"] if level == "county" else []
    return [name, name + suffix, *extra]


def filter_clauses(filters: Filters) -> list[dict[str, Any]]:
    """Filters → bool ``filter`` clauses (labels or ids both work for groups/programmes)."""
    clauses: list[dict[str, Any]] = []
    for level in ("province", "city", "county"):
        value = getattr(filters, level)
        if value:
            clauses.append({"terms": {FACETS[level]: place_values(value, level)}})
    for name, field in (("group", "groups_served"), ("programme", "programme_types")):
        value = getattr(filters, name)
        if value:
            clauses.append({"bool": {"should": [{"term": {field: value}}, {"term": {LABEL_FIELDS[field]: value}}],
                                     "minimum_should_match": 1}})
    if filters.date_from or filters.date_to:
        bounds = {k: v for k, v in (("gte", filters.date_from), ("lte", filters.date_to)) if v}
        clauses.append({"range": {"published": bounds}})
    return clauses


def search_body(text: str | None, words: list[str], filters: Filters, size: int = 10) -> dict[str, Any]:
    """Free text (+ its jieba words) and filters → a search request body.

    Text matches either as a character phrase (standard analyzer: exact substring search,
    also in the simplified twin of traditional articles) or as segmented words.
    """
    must: list[dict[str, Any]] = []
    if text and text.strip():
        phrase = text.strip()
        should = [
            {"match_phrase": {"title": {"query": phrase, "boost": 3}}},
            {"match_phrase": {"body": phrase}},
            {"match_phrase": {"body_simplified": phrase}},
        ]
        if words:
            joined = " ".join(words)
            should += [
                {"match": {"title_words": {"query": joined, "operator": "and", "boost": 3}}},
                {"match": {"body_words": {"query": joined, "operator": "and"}}},
            ]
        must.append({"bool": {"should": should, "minimum_should_match": 1}})
    query: dict[str, Any] = {"bool": {"must": must or [{"match_all": {}}], "filter": filter_clauses(filters)}}
    return {
        "query": query,
        "size": size,
        "sort": ["_score", {"published": {"order": "desc", "missing": "_last"}}],
        "_source": ["id", "title", "published", "venue_city", "venue_county", "groups_served",
                    "programme_types", "money_total", "source", "quality_flags"],
        "track_total_hits": True,
    }


def stats_body(by: str, filters: Filters, sum_of: str | None = None, size: int = 100) -> dict[str, Any]:
    """Facet (and optional sum) → an aggregation request body."""
    if by not in FACETS:
        raise ValueError(f"unknown facet {by!r}; choose from {', '.join(FACETS)}")
    terms: dict[str, Any] = {"terms": {"field": FACETS[by], "size": size, "order": [{"_count": "desc"}, {"_key": "asc"}]}}
    aggs: dict[str, Any] = {}
    if sum_of:
        if sum_of not in SUMS:
            raise ValueError(f"unknown sum {sum_of!r}; choose from {', '.join(SUMS)}")
        aggs["total"] = {"sum": {"field": SUMS[sum_of]}}
        terms["aggs"] = aggs
    body: dict[str, Any] = {
        "size": 0,
        "query": {"bool": {"filter": filter_clauses(filters)}},
        "aggs": {"facet": terms, **({"all_total": aggs["total"]} if aggs else {})},
        "track_total_hits": True,
    }
    return body


def stats_rows(response: dict[str, Any], sum_of: str | None = None) -> list[dict[str, Any]]:
    """Aggregation response → rows of {key, articles[, sum]}."""
    rows = []
    for bucket in response["aggregations"]["facet"]["buckets"]:
        row: dict[str, Any] = {"key": bucket["key"], "articles": bucket["doc_count"]}
        if sum_of:
            row[sum_of] = bucket["total"]["value"]
        rows.append(row)
    return rows
