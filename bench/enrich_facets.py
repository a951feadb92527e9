"""CPU time of each enrichment facet on the bench corpus (time.process_time, best of rounds).

Facets run as ``enrich_article`` runs them: article by article (a context lives while its
article is enriched, as in ingest), on one shared context (its scan counted once, in
``context+scan``), each facet's result stored on the article for the next (attribution reads
venues, labels and figures). Each facet's time is summed over the articles of a round.

    .venv/bin/python bench/enrich_facets.py [--articles 600] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from archive.enrich import ArticleContext
    from archive.enrich.attribution import attribute_figures
    from archive.enrich.dates import article_year, estimated_date, programme_dates
    from archive.enrich.figures import extract_figures
    from archive.enrich.labels import find_labels
    from archive.enrich.organisations import find_organisations
    from archive.enrich.people import find_people
    from archive.enrich.places import find_places
    from archive.pipeline import default_pipeline
    from bench.enrich_diff import sources

    pipeline = default_pipeline()
    vocabulary = pipeline.vocabulary
    articles = [a for s in sources(args.articles, pipeline) for a in pipeline.split(s)][: args.articles]

    def places(a, c):
        a.venue_places, a.places_mentioned = find_places(c.headline, c.paragraphs, vocabulary, a.newspaper,
                                                         a.source_location, c)

    def labels(a, c):
        found = find_labels(c)
        a.groups_served, a.programme_types, a.evidence = found.groups_served, found.programme_types, found.evidence

    def figures(a, c):
        a.figures = extract_figures(c)

    def dates(a, c):
        year = article_year(a.published, a.year_hint)
        a.programme_dates = programme_dates(c.paragraphs, year, a.published)
        if not a.published:
            estimated_date(c.headline, c.paragraphs, year, a.programme_dates)

    facets = {
        "context+scan": lambda a, c: [b.spans for b in c.blocks],  # (the context is built in this slot too)
        "places": places,
        "organisations": lambda a, c: find_organisations(c),
        "people": lambda a, c: find_people(a.reporters, a.correspondents, c.paragraphs, vocabulary, c),
        "labels": labels,
        "figures": figures,
        "attribution": attribute_figures,
        "dates": dates,
    }
    for a in articles[:5]:
        c = ArticleContext.of(a, vocabulary)
        for run in facets.values():
            run(a, c)
    best = {name: float("inf") for name in facets}
    clock = time.process_time
    for _ in range(args.rounds):
        spent = dict.fromkeys(facets, 0.0)
        for a in articles:
            started = clock()
            c = ArticleContext.of(a, vocabulary)  # counted in the first slot, context+scan
            for name, run in facets.items():
                run(a, c)
                now = clock()
                spent[name] += now - started
                started = now
        best = {name: min(best[name], spent[name]) for name in facets}
    print(f"{len(articles)} articles, CPU ms (best of {args.rounds} rounds; each facet summed over the articles)")
    for name, seconds in best.items():
        print(f"  {name:<14} {seconds * 1000:7.0f}")
    print(f"  {'total':<14} {sum(best.values()) * 1000:7.0f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
