"""Quality gate: enrichment scored against ../shared/dev-corpus (skipped when absent).

Floors are pinned a little under the measured scores; raising or lowering one is a deliberate act.
"""

import pytest

from archive.enrich import enrich_article
from archive.evaluate import article_output, format_table, score_records
from tests.enrich.corpus import DATA, DEV_CORPUS, read_jsonl, record_article

DEV_FLOORS = {  # facet: (precision, recall)
    # venues: 0.900/0.918 (city) and 0.855/0.870 (full) before townships and the publisher
    # register; 0.980/1.000 and 0.982/1.000 after
    "venue_city": (0.97, 0.99),
    "venue_full": (0.97, 0.99),
    "places_mentioned": (0.88, 0.88),
    "groups_served": (0.96, 0.92),
    "programme_types": (0.94, 0.98),
    "figures": (0.95, 0.96),
}
HELDOUT_FLOORS = {
    "venue_city": (0.95, 0.95),
    "venue_full": (0.95, 0.95),
    "places_mentioned": (0.85, 0.95),
    "groups_served": (0.96, 0.96),
    "programme_types": (0.93, 0.99),
    "figures": (0.99, 0.99),
}
# heldout2: 20 articles labelled before the enrichment first ran on them, scored through the real
# text stage. First run: venue 1.000/1.000, places 1.000/0.857,
# groups 0.931/0.964, programmes 0.853/0.935, figures 0.924/0.961;
# floors raised to just under the scores after the general fixes that followed.
HELDOUT2_FLOORS = {
    "venue_city": (0.99, 0.99),
    "venue_full": (0.99, 0.99),
    "places_mentioned": (0.99, 0.99),
    "groups_served": (0.95, 0.95),
    "programme_types": (0.90, 0.99),
    "figures": (0.99, 0.99),
}


def scores_for(records):
    outputs = [article_output(enrich_article(record_article(r))) for r in records]
    return score_records(outputs, records)


def text_stage_scores_for(records):
    """Records → scores, each text run through the real text stage (split) before enrichment."""
    from archive.io.sources import source_from_bytes
    from archive.pipeline import default_pipeline

    pipeline = default_pipeline()
    outputs = []
    for record in records:
        articles = pipeline.split(source_from_bytes(record["text"].encode("utf-8"), record["id"] + ".txt"))
        outputs.append(_merged([article_output(pipeline.enrich(a)) for a in articles]))
    return score_records(outputs, records)


def _merged(outputs):
    """Outputs of the articles one page was split into → one output (a record is one page)."""
    merged = {key: [] for key in ("venue_places", "places_mentioned", "groups_served", "programme_types", "figures")}
    for output in outputs:
        for key, values in output.items():
            merged[key] += [v for v in values if v not in merged[key]]
    return merged


def assert_floors(scores, floors):
    low = {f: (round(s.precision, 3), round(s.recall, 3)) for f, s in scores.items()
           if s.precision < floors[f][0] or s.recall < floors[f][1]}
    assert low == {}


@pytest.mark.corpus
@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="shared/dev-corpus is not beside the repository")
def test_dev_corpus_scores_stay_above_their_floors():
    scores = scores_for(read_jsonl(DEV_CORPUS))
    print("\ndev corpus\n" + format_table(scores))
    assert_floors(scores, DEV_FLOORS)


def test_heldout_articles_score_above_their_floors():
    scores = scores_for(read_jsonl(DATA / "heldout.jsonl"))
    print("\nheld-out\n" + format_table(scores))
    assert_floors(scores, HELDOUT_FLOORS)


def test_second_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout2.jsonl"))
    print("\nheld-out 2 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT2_FLOORS)
