"""Article → the document stored in Elasticsearch, and back. The one place the stored shape is made."""

from __future__ import annotations

import hashlib
from typing import Any

from archive import stories
from archive.enrich.dates import timeline
from archive.model import Article, Figure, Place

# Flat per-article totals for Kibana (the article index keeps figures in _source only).
TOTALS = {"money_total": "money", "people_total": "people", "items_total": "items"}


def content_hash(article: Article) -> str:
    """The cleaned text that enrichment depends on → a stable hash (unchanged text is skipped)."""
    parts = [article.kicker or "", article.title, article.subtitle or "", article.byline or "",
             article.published or "", *article.paragraphs]
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def article_id(source_key: str, title: str, occurrence: int) -> str:
    """A deterministic id: the same source and headline give the same document on every run.

    ``occurrence`` tells apart articles of one page that share a headline (or have none).
    """
    digest = hashlib.sha256(f"{source_key}\x1f{title}\x1f{occurrence}".encode()).hexdigest()
    return digest[:24]


def _distinct(values: list[str | None]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _totals(figures: list[Figure]) -> dict[str, float | None]:
    totals: dict[str, float | None] = {}
    for field_name, kind in TOTALS.items():
        values = [f.value for f in figures if f.kind == kind and f.summable]
        totals[field_name] = float(sum(values)) if values else None
    return totals


def _attribution(figure: Figure) -> dict[str, Any]:
    """A figure's attribution as flat keyword fields (what its figure document is summed under)."""
    place = figure.place or Place(None)
    return {"province": place.province, "city": place.city, "county": place.county,
            "groups": figure.groups, "programme": figure.programme, "attributed_by": figure.attributed_by}


def _place(place: Place) -> dict[str, Any]:
    return {"province": place.province, "city": place.city, "county": place.county,
            "code": place.code, "name": place.name}


def build_document(article: Article, *, labels: dict[str, str], pipeline_version: str,
                   ingested_at: str, title_words: str = "", body_words: str = "") -> dict[str, Any]:
    """An enriched article → the stored document (matches mappings/news-template.json)."""
    venues = article.venue_places
    bands = stories.bands_of(article.id, article.body_simplified or article.body)
    timeline_date, date_source = timeline(article.published, article.date_estimated, ingested_at, article.quality_flags)
    return {
        "id": article.id,
        "source": {"key": article.source_key, "kind": article.source_kind, "location": article.source_location},
        "ordinal": article.ordinal,
        "newspaper": article.newspaper,
        "page": article.page,
        "published": article.published,
        "timeline_date": timeline_date,
        "date_source": date_source,
        "ingested_at": ingested_at,
        "title": article.title,
        "title_words": title_words,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "reporters": article.reporters,
        "correspondents": article.correspondents,
        "headings": article.headings,
        "body": article.body,
        "body_simplified": article.body_simplified,
        "body_words": body_words,
        "script": article.script,
        "quality_flags": article.quality_flags,
        "venue_places": [_place(p) for p in venues],
        "places_mentioned": [_place(p) for p in article.places_mentioned],
        "venue_province": _distinct([p.province for p in venues]),
        "venue_city": _distinct([p.city for p in venues]),
        "venue_county": _distinct([p.county for p in venues]),
        "organisations": [{"name": o.name, "short_name": o.short_name, "kind": o.kind} for o in article.organisations],
        "people": [{"name": p.name, "role": p.role} for p in article.people],
        "groups_served": article.groups_served,
        "groups_served_labels": [labels.get(g, g) for g in article.groups_served],
        "programme_types": article.programme_types,
        "programme_types_labels": [labels.get(p, p) for p in article.programme_types],
        "evidence": [{"label": label, "text": text} for label, texts in article.evidence.items() for text in texts],
        "figures": [
            {"kind": f.kind, "value": f.value, "value_max": f.value_max, "unit": f.unit, "qualifier": f.qualifier,
             "per_unit": f.per_unit, "text": f.text, "counts": f.counts, "summable": f.summable,
             **_attribution(f)}
            for f in article.figures
        ],
        **_totals(article.figures),
        "programme_dates": article.programme_dates,
        # a story of its own until archive.io.stories finds its copies in the index
        "story_id": article.id,
        "story_size": 1,
        "story_primary": True,
        "story_bands": bands,
        "story_signature": stories.packed_signature(bands.values),
        "content_hash": content_hash(article),
        "pipeline_version": pipeline_version,
    }


def article_from_document(doc: dict[str, Any]) -> Article:
    """A stored document → the cleaned article it was made from (enrichment fields empty),
    so it can be re-enriched without refetching the source."""
    source = doc.get("source") or {}
    body = doc.get("body") or ""
    return Article(
        source_key=source.get("key", ""),
        source_kind=source.get("kind", ""),
        source_location=source.get("location", ""),
        id=doc["id"],
        ordinal=doc.get("ordinal") or 0,
        title=doc.get("title") or "",
        kicker=doc.get("kicker"),
        subtitle=doc.get("subtitle"),
        byline=doc.get("byline"),
        reporters=list(doc.get("reporters") or []),
        correspondents=list(doc.get("correspondents") or []),
        newspaper=doc.get("newspaper"),
        page=doc.get("page"),
        published=doc.get("published"),
        date_estimated=doc.get("timeline_date") if doc.get("date_source") == "estimated" else None,
        headings=list(doc.get("headings") or []),
        paragraphs=body.split("\n") if body else [],
        script=doc.get("script") or "simplified",
        body_simplified=doc.get("body_simplified"),
        quality_flags=list(doc.get("quality_flags") or []),
    )


# The article's fields each figure document carries, so article filters work on figures too.
FIGURE_ARTICLE_FIELDS = ("title", "source", "newspaper", "published", "timeline_date", "date_source",
                         "quality_flags", "venue_province", "venue_city", "venue_county", "groups_served",
                         "groups_served_labels", "programme_types", "programme_types_labels", "story_id",
                         "story_primary")


def figure_documents(document: dict[str, Any]) -> list[dict[str, Any]]:
    """A stored article document → one document per summable figure (mappings/figures-template.json):
    the figure, where it belongs (its attribution) and the article's facets."""
    article, figures = figure_parts(document)
    return [{**article, **figure} for figure in figures]


def figure_parts(document: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A stored article document → (the article's fields each of its figure documents carries, each
    summable figure's own fields); a figure document is the two together (``figure_documents``), so
    the bulk writer serialises the article's part once, not once per figure. A figure's groups and
    programme are among its article's, so their labels come from the article's label fields."""
    article = {name: document.get(name) for name in FIGURE_ARTICLE_FIELDS}
    summable = [figure for figure in document.get("figures") or () if figure.get("summable")]
    if not summable:
        return article, []
    labels = {**dict(zip(document.get("groups_served") or [], document.get("groups_served_labels") or [], strict=False)),
              **dict(zip(document.get("programme_types") or [], document.get("programme_types_labels") or [], strict=False))}
    article_id = document["id"]
    out = []
    # each member spelt out, not a merged comprehension per figure: 52k figure documents of the 10k
    # bench articles, 0.32-0.35 -> 0.27 CPU s in the pool workers, the same documents
    for ordinal, figure in enumerate(summable):
        get = figure.get
        groups = get("groups") or []
        programme = get("programme")
        out.append({
            "id": f"{article_id}-f{ordinal}", "article_id": article_id, "ordinal": ordinal,
            "kind": get("kind"), "value": get("value"), "unit": get("unit"), "qualifier": get("qualifier"),
            "text": get("text"), "counts": get("counts"), "province": get("province"), "city": get("city"),
            "county": get("county"), "programme": programme, "attributed_by": get("attributed_by"),
            "groups": groups,
            "groups_labels": [labels.get(g, g) for g in groups],
            "programme_label": labels.get(programme, programme) if programme else None,
        })
    return article, out
