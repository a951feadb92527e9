"""Search and facet questions → Elasticsearch request bodies, and responses → plain rows.

Pure: builds dicts, runs nothing. archive.io.elastic executes them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the query stage reads vocabulary data but never loads it
    from archive.vocabulary import Label, Vocabulary
    from archive.vocabulary.gazetteer import Gazetteer

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
# Articles that are not news (no headline, a spam page, navigation): kept and searchable, but
# left out of counts and sums, and the number left out is reported.
NOT_NEWS_FLAGS = ("no_title", "spam_removed", "no_body", "navigation")
# Money (people, items) is summed once per story: from its primary copy. Documents stored before
# stories existed have no story_primary and count as primary.
PRIMARY = {"bool": {"must_not": [{"term": {"story_primary": False}}]}}
NOT_NEWS = {"terms": {"quality_flags": list(NOT_NEWS_FLAGS)}}
COUNTS = ("articles", "stories")


@dataclass
class Filters:
    """Facet filters an analyst can combine; each is a value or None.

    A value is what the analyst typed (a str) or, after ``resolve_filters``, the tuple of
    indexed values it stands for (``杭州`` → ``("杭州市",)``, ``快递员`` → ``("new_employment_forms",)``).
    """

    city: str | tuple[str, ...] | None = None
    county: str | tuple[str, ...] | None = None
    province: str | tuple[str, ...] | None = None
    group: str | tuple[str, ...] | None = None
    programme: str | tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None


class FilterError(ValueError):
    """A filter value that cannot be read (a date in no known form); the message is one line."""


PLACE_LEVELS = ("province", "city", "county")
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"),
    re.compile(r"(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})|年(?P<m2>\d{1,2})月)"),
    re.compile(r"(?P<y>\d{4})年?"),
)


def parse_date_bound(text: str, *, end: bool) -> str:
    """'2023-01-01', '2023/1/1', '2023年1月' or '2023' → an ISO date; a month or year stands for
    its first day as a lower bound and its last day as an upper bound (``end=True``)."""
    value = text.strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(value)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["y"])
        month_text = parts.get("m") or parts.get("m2")
        month = int(month_text) if month_text else (12 if end else 1)
        day_text = parts.get("d")
        try:
            last = calendar.monthrange(year, month)[1]
            day = int(day_text) if day_text else (last if end else 1)
            if not 1 <= day <= last:
                raise ValueError
        except (ValueError, calendar.IllegalMonthError):
            break
        return f"{year:04d}-{month:02d}-{day:02d}"
    raise FilterError(f"cannot read {text!r} as a date: use 2023-01-01, 2023/01/01, 2023年1月 or 2023")


def resolve_place(typed: str, level: str, gazetteer: Gazetteer) -> tuple[tuple[str, ...], str]:
    """What an analyst typed for a place → (official names at ``level``, how it was read).

    Takes official names (杭州市), short forms (杭州, 温州: a name ending in 州 is not always
    a full name), one-character abbreviations (甬, 榕), GB/T 2260 codes (330200) and
    traditional spellings (寧波)."""
    from archive.text.script import to_simplified

    text = to_simplified(typed.strip())
    units: tuple = ()
    if text.isdigit() and len(text) == 6 and text in gazetteer.units:
        units = (gazetteer.units[text],)
    elif text in gazetteer.surfaces:
        units = gazetteer.surfaces[text].units
    elif len(text) == 1 and text in gazetteer.abbreviations:
        units = (gazetteer.abbreviations[text],)
    names = tuple(dict.fromkeys(name for unit in units if (name := _name_at(unit, level))))
    if units and not names:
        levels = "/".join(sorted({unit.level for unit in units}))
        raise FilterError(f"{typed} is a {levels}, not a {level}: use --{levels.split('/')[0]} {typed}")
    if not names:
        return tuple(place_values(text, level)), f"{typed} (not in the gazetteer: matched as written)"
    return names, f"{typed} → {'/'.join(names)}"


def _name_at(unit, level: str) -> str | None:
    """A unit → its official name at ``level`` (a county's city for a city filter; None above it)."""
    if level == "county":
        return unit.county if unit.level == "county" else None
    if level == "city":
        return unit.city if unit.level in ("city", "county") else None
    return unit.province


def resolve_label(typed: str, labels: Sequence[Label]) -> tuple[tuple[str, ...], str]:
    """What an analyst typed for a group or programme → (vocabulary ids, how it was read).

    Tried in order, the first step that finds anything wins: an id (new_employment_forms),
    a label (外来务工人员), a trigger word (快递员, 送温暖), then parts: a label or trigger
    containing the text (返乡 in 返乡专列) or a trigger the text contains (快递 in 快递小哥们)."""
    from archive.text.script import to_simplified

    text = to_simplified(typed.strip())
    steps = (
        ("id", lambda item: text == item.id),
        ("label", lambda item: text == item.label),
        ("trigger word", lambda item: text in item.triggers),
        ("part of a label or trigger", lambda item: len(text) >= 2 and (
            text in item.label or any(text in word or (len(word) >= 2 and word in text) for word in item.triggers))),
    )
    for how, matches in steps:
        found = [item for item in labels if matches(item)]
        if found:
            shown = ", ".join(f"{item.id} ({item.label})" for item in found)
            return tuple(item.id for item in found), f"{typed} → {shown} by {how}"
    return (typed,), f"{typed} (no id, label or trigger word: matched as written)"


def resolve_filters(filters: Filters, vocabulary: Vocabulary) -> tuple[Filters, list[str]]:
    """Typed filters → filters on indexed values, and one line per filter saying what it matched.

    Raises FilterError for a date in no known form."""
    notes: list[str] = []
    changes: dict[str, Any] = {}
    for level in PLACE_LEVELS:
        value = getattr(filters, level)
        if isinstance(value, str) and value.strip():
            changes[level], note = resolve_place(value, level, vocabulary.gazetteer)
            notes.append(f"{level}: {note}")
    for name, facet in (("group", "groups_served"), ("programme", "programme_types")):
        value = getattr(filters, name)
        if isinstance(value, str) and value.strip():
            changes[name], note = resolve_label(value, getattr(vocabulary, facet))
            notes.append(f"{name}: {note}")
    if filters.date_from:
        changes["date_from"] = parse_date_bound(filters.date_from, end=False)
    if filters.date_to:
        changes["date_to"] = parse_date_bound(filters.date_to, end=True)
    return replace(filters, **changes), notes


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
    for level in PLACE_LEVELS:
        value = getattr(filters, level)
        if value:
            names = list(value) if isinstance(value, tuple) else place_values(value, level)
            clauses.append({"terms": {FACETS[level]: names}})
    for name, field in (("group", "groups_served"), ("programme", "programme_types")):
        value = getattr(filters, name)
        if isinstance(value, tuple):
            clauses.append({"terms": {field: list(value)}})
        elif value:
            clauses.append({"bool": {"should": [{"term": {field: value}}, {"term": {LABEL_FIELDS[field]: value}}],
                                     "minimum_should_match": 1}})
    if filters.date_from or filters.date_to:
        bounds = {k: v for k, v in (("gte", filters.date_from), ("lte", filters.date_to)) if v}
        clauses.append({"range": {"timeline_date": bounds}})  # printed, else estimated, else ingested
    return clauses


def search_body(text: str | None, words: list[str], filters: Filters, size: int = 10,
                simplified: str | None = None, stories: bool = False) -> dict[str, Any]:
    """Free text (+ its jieba words) and filters → a search request body.

    Text matches either as a character phrase (standard analyzer: exact substring search,
    also in the simplified twin of traditional articles) or as segmented words. ``simplified``
    is the text in simplified script when it differs (慰問 → 慰问): it is searched too, so a
    traditional query finds simplified articles. ``words`` are cut from the simplified form.
    With ``stories`` the hits are collapsed by story (one hit each, its copies as inner hits)
    and the stories are counted.
    """
    must: list[dict[str, Any]] = []
    if text and text.strip():
        phrase = text.strip()
        should = [
            {"match_phrase": {"title": {"query": phrase, "boost": 3}}},
            {"match_phrase": {"body": phrase}},
            {"match_phrase": {"body_simplified": phrase}},
        ]
        if simplified and simplified.strip() != phrase:
            should += [
                {"match_phrase": {"title": {"query": simplified.strip(), "boost": 3}}},
                {"match_phrase": {"body": simplified.strip()}},
                {"match_phrase": {"body_simplified": simplified.strip()}},
            ]
        if words:
            joined = " ".join(words)
            should += [
                {"match": {"title_words": {"query": joined, "operator": "and", "boost": 3}}},
                {"match": {"body_words": {"query": joined, "operator": "and"}}},
            ]
        must.append({"bool": {"should": should, "minimum_should_match": 1}})
    query: dict[str, Any] = {"bool": {"must": must or [{"match_all": {}}], "filter": filter_clauses(filters)}}
    body: dict[str, Any] = {
        "query": query,
        "size": size,
        "sort": ["_score", {"timeline_date": {"order": "desc", "missing": "_last"}}],
        "_source": ["id", "title", "published", "timeline_date", "date_source", "venue_city", "venue_county",
                    "groups_served", "programme_types", "money_total", "source", "quality_flags",
                    "story_id", "story_size", "story_primary"],
        "track_total_hits": True,
    }
    if stories:
        body["collapse"] = {"field": "story_id", "inner_hits": {
            "name": "copies", "size": 10, "_source": ["id", "title", "timeline_date", "source", "story_primary"],
            "sort": [{"story_primary": "desc"}, {"id": "asc"}]}}
        body["aggs"] = {"stories": {"cardinality": {"field": "story_id", "precision_threshold": 40000}}}
    return body


def stats_body(by: str, filters: Filters, sum_of: str | None = None, size: int = 100,
               count: str = "articles") -> dict[str, Any]:
    """Facet (and optional sum) → an aggregation request body.

    Articles flagged not news are left out (and counted in ``left_out``); sums take each story's
    primary copy only; ``count="stories"`` adds the number of distinct stories per bucket.
    """
    if by not in FACETS:
        raise ValueError(f"unknown facet {by!r}; choose from {', '.join(FACETS)}")
    if count not in COUNTS:
        raise ValueError(f"unknown count {count!r}; choose from {', '.join(COUNTS)}")
    terms: dict[str, Any] = {"terms": {"field": FACETS[by], "size": size, "order": [{"_count": "desc"}, {"_key": "asc"}]}}
    aggs: dict[str, Any] = {}
    if sum_of:
        if sum_of not in SUMS:
            raise ValueError(f"unknown sum {sum_of!r}; choose from {', '.join(SUMS)}")
        aggs["primary"] = {"filter": PRIMARY, "aggs": {"total": {"sum": {"field": SUMS[sum_of]}}}}
    if count == "stories":
        aggs["stories"] = {"cardinality": {"field": "story_id", "precision_threshold": 40000}}
    if aggs:
        terms["aggs"] = aggs
    clauses = filter_clauses(filters)
    body: dict[str, Any] = {
        "size": 0,
        "query": {"bool": {"filter": clauses, "must_not": [NOT_NEWS]}},
        "aggs": {"facet": terms, **aggs,
                 "left_out": {"global": {}, "aggs": {"not_news": {"filter": {"bool": {"filter": [*clauses, NOT_NEWS]}}}}}},
        "track_total_hits": True,
    }
    return body


# Facets a figure is attributed to (archive.enrich.attribution) → its field in the figures index.
FIGURE_FACETS = {"province": "province", "city": "city", "county": "county", "group": "groups", "programme": "programme"}


def figure_sums_body(by: str, filters: Filters, sum_of: str, size: int = 100) -> dict[str, Any]:
    """Facet and kind (money|people|items) → an aggregation over the figures index: each figure
    summed once, under the place, group or programme it is attributed to. Article filters, the
    story's primary copy and the not-news flags apply through the article fields each figure
    document carries."""
    return {
        "size": 0,
        "query": {"bool": {"filter": [{"term": {"kind": sum_of}}, PRIMARY, *filter_clauses(filters)],
                           "must_not": [NOT_NEWS]}},
        "aggs": {"facet": {"terms": {"field": FIGURE_FACETS[by], "size": size},
                           "aggs": {"total": {"sum": {"field": "value"}}}}},
    }


def merge_figure_sums(rows: list[dict[str, Any]], response: dict[str, Any], sum_of: str) -> list[dict[str, Any]]:
    """Article-count rows + a figures-index response → the rows with each facet's attributed sum
    (0 where no figure is attributed to it)."""
    sums = {b["key"]: b["total"]["value"] for b in response["aggregations"]["facet"]["buckets"]}
    merged = [{**row, sum_of: sums.pop(row["key"], 0.0)} for row in rows]
    return merged + [{"key": key, "articles": 0, sum_of: value} for key, value in sums.items()]


def stats_rows(response: dict[str, Any], sum_of: str | None = None) -> list[dict[str, Any]]:
    """Aggregation response → rows of {key, articles[, stories][, sum]}."""
    rows = []
    for bucket in response["aggregations"]["facet"]["buckets"]:
        row: dict[str, Any] = {"key": bucket["key"], "articles": bucket["doc_count"]}
        if "stories" in bucket:
            row["stories"] = bucket["stories"]["value"]
        if sum_of:
            row[sum_of] = bucket["primary"]["total"]["value"]
        rows.append(row)
    return rows


def stats_summary(response: dict[str, Any], sum_of: str | None = None) -> dict[str, Any]:
    """Aggregation response → the totals over all buckets and what was left out of them."""
    aggs = response["aggregations"]
    summary: dict[str, Any] = {"articles": response["hits"]["total"]["value"],
                               "left_out_not_news": aggs["left_out"]["not_news"]["doc_count"]}
    if "stories" in aggs:
        summary["stories"] = aggs["stories"]["value"]
    if sum_of:
        summary[sum_of] = aggs["primary"]["total"]["value"]
        summary["copies_not_summed"] = summary["articles"] - aggs["primary"]["doc_count"]
    return summary
