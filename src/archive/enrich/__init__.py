"""Enrich stage: a cleaned, split Article → the same Article with its facets filled.

Pure functions over the article's text and one ``Vocabulary`` (data files, loaded once):
places (venue and mentioned), organisations, people, groups served, programme types with
evidence, figures (with the summing rule in ``archive.enrich.figures``) and programme dates.
No I/O besides the packaged vocabulary; no prefect, elasticsearch or requests.

The modules below this one are compiled with mypyc when installed (setup.py); this file is not,
so it can choose, before importing them, which build runs (archive.compiled).
"""

# The build is chosen before the package's modules are imported, hence imports below code:
# ruff: noqa: E402
from __future__ import annotations

from archive.compiled import choose_build

COMPILED = choose_build(__path__[0])

from archive.enrich.attribution import attribute_figures
from archive.enrich.context import ArticleContext
from archive.enrich.dates import article_year, estimated_date, programme_dates
from archive.enrich.figures import extract_figures
from archive.enrich.labels import find_labels
from archive.enrich.organisations import find_organisations
from archive.enrich.people import find_people
from archive.enrich.places import find_places
from archive.model import Article
from archive.text.dates import year_from_text
from archive.text.script import to_simplified
from archive.vocabulary import Vocabulary, load_vocabulary


def enrich_article(article: Article, vocabulary: Vocabulary | None = None) -> Article:
    """Article (title, paragraphs) → the same Article with the enrichment fields filled."""
    context = ArticleContext.of(article, vocabulary or load_vocabulary())
    newspaper = article.newspaper
    if newspaper and article.script == "traditional":
        newspaper = to_simplified(newspaper)  # 臺州日報 is read as the register and the gazetteer write it
    article.venue_places, article.places_mentioned = find_places(
        context.headline, context.paragraphs, context.vocabulary, newspaper, article.source_location, context)
    article.organisations = find_organisations(context)
    article.people = find_people(article.reporters, article.correspondents, context.paragraphs, context.vocabulary, context)
    labels = find_labels(context)
    article.groups_served, article.programme_types, article.evidence = labels.groups_served, labels.programme_types, labels.evidence
    article.figures = extract_figures(context)
    attribute_figures(article, context)
    year = article_year(article.published, getattr(article, "year_hint", None))
    article.programme_dates = programme_dates(context.paragraphs, year, article.published)
    if not article.published:  # the year the text talks about places an undated page (2023年春节前夕)
        year = year or year_from_text("\n".join([context.headline, *context.paragraphs]))
        # (keeps a date it already has, e.g. its page's, when its own text gives none)
        article.date_estimated = (estimated_date(context.headline, context.paragraphs, year, article.programme_dates,
                                                 context.blocks) or article.date_estimated)
    return article


__all__ = ["COMPILED", "Vocabulary", "enrich_article", "load_vocabulary"]
