"""Enrich stage: a cleaned, split Article → the same Article with its facets filled.

Pure functions over the article's text and one ``Vocabulary`` (data files, loaded once):
places (venue and mentioned), organisations, people, groups served, programme types with
evidence, figures (with the summing rule in ``archive.enrich.figures``) and programme dates.
No I/O besides the packaged vocabulary; no prefect, elasticsearch or requests.
"""

from __future__ import annotations

from archive.enrich.dates import article_year, programme_dates
from archive.enrich.figures import extract_figures
from archive.enrich.labels import find_labels
from archive.enrich.organisations import find_organisations
from archive.enrich.people import find_people
from archive.enrich.places import find_places
from archive.model import Article
from archive.vocabulary import Vocabulary, load_vocabulary


def enrich_article(article: Article, vocabulary: Vocabulary | None = None) -> Article:
    """Article (title, paragraphs) → the same Article with the enrichment fields filled."""
    vocabulary = vocabulary or load_vocabulary()
    title, paragraphs = article_text(article)
    headings = [h for h in (article.kicker, title, article.subtitle) if h]
    headline = " ".join(headings)
    article.venue_places, article.places_mentioned = find_places(headline, paragraphs, vocabulary)
    article.organisations = find_organisations(headline, paragraphs, vocabulary)
    article.people = find_people(article.reporters, article.correspondents, paragraphs, vocabulary)
    labels = find_labels(headline, paragraphs, vocabulary)
    article.groups_served, article.programme_types, article.evidence = labels.groups_served, labels.programme_types, labels.evidence
    article.figures = extract_figures(paragraphs, vocabulary, headings)
    year = article_year(article.published, getattr(article, "year_hint", None))
    article.programme_dates = programme_dates(paragraphs, year, article.published)
    return article


def article_text(article: Article) -> tuple[str, list[str]]:
    """Article → (title, paragraphs) in simplified script when the text stage provided it."""
    title = getattr(article, "title_simplified", None) or article.title
    if article.body_simplified:
        return title, [p for p in article.body_simplified.split("\n") if p.strip()]
    return title, [p for p in article.paragraphs if p.strip()]


__all__ = ["Vocabulary", "enrich_article", "load_vocabulary"]
