"""The data shapes that flow through the pipeline: plain dataclasses, no behaviour beyond conversion."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    """Raw input as it arrived: bytes plus what we know about where they came from.

    ``key`` identifies the source for document ids: the canonical URL for a fetched page,
    ``sha256:<hex>`` of the bytes for a file (so a file moved from inbox/ to processed/
    keeps its identity).
    """

    key: str
    kind: str  # "file" | "url"
    location: str  # path or URL as given
    data: bytes
    content_type: str | None = None  # from HTTP headers, when fetched
    charset: str | None = None  # declared charset (HTTP header), when known
    fetched_at: str | None = None
    published: str | None = None  # ISO date the operator gives for the page (archive ingest --published)


@dataclass
class Place:
    province: str | None
    city: str | None = None
    county: str | None = None
    code: str | None = None  # GB/T 2260 code of the most specific level known
    name: str | None = None  # the surface form found in the text


@dataclass
class Figure:
    kind: str  # money | people | items | ...
    value: float
    unit: str
    qualifier: str = "exact"  # exact | over | approx | at_least | at_most
    per_unit: str | None = None  # "person", "household", ... when the amount is per unit
    text: str = ""
    counts: str | None = None  # the noun the figure measures
    summable: bool = False  # counted in money_total / people_total / items_total
    value_max: float | None = None  # upper bound when the text gives a range (3000-5000元)
    # where a summable figure belongs (archive.enrich.attribution): its own place, groups, programme
    place: Place | None = None
    groups: list[str] = field(default_factory=list)
    programme: str | None = None
    attributed_by: str | None = None  # the scope that named its place: sentence | paragraph | article


@dataclass
class Organisation:
    name: str
    short_name: str | None = None
    kind: str = "other"  # union | enterprise | government | other


@dataclass
class Person:
    name: str
    role: str | None = None  # reporter | correspondent | a title found in the text


@dataclass
class Article:
    """One news article, filled in stage by stage."""

    source_key: str
    source_kind: str
    source_location: str
    id: str = ""  # deterministic: see archive.pipeline.article_id
    ordinal: int = 0  # position of the article in its page
    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    newspaper: str | None = None
    page: str | None = None
    published: str | None = None  # ISO date
    date_estimated: str | None = None  # ISO date read from the page when none is printed (archive.enrich.dates)
    date_source: str | None = None  # printed | operator | estimated | ingested (None: not yet decided)
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    script: str = "simplified"  # script of the original text
    body_simplified: str | None = None  # set when the original is traditional
    title_simplified: str | None = None  # set when the original is traditional (for search)
    year_hint: int | None = None  # year the text is about (published, URL or "2023年…"): resolves "1月21日"
    tokens: list[str] = field(default_factory=list)
    quality_flags: list[str] = field(default_factory=list)
    # enrichment
    venue_places: list[Place] = field(default_factory=list)
    places_mentioned: list[Place] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    groups_served: list[str] = field(default_factory=list)
    programme_types: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    programme_dates: dict[str, str] | None = None  # {"gte": iso, "lte": iso}

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["source"] = {"key": data.pop("source_key"), "kind": data.pop("source_kind"),
                          "location": data.pop("source_location")}
        data["body"] = self.body
        return data
