"""Quality gate: enrichment scored against ../shared/dev-corpus (skipped when absent).

Floors are pinned a little under the measured scores; raising or lowering one is a deliberate act.
"""

import pytest

from archive.enrich import enrich_article
from archive.evaluate import article_output, format_table, score_records
from tests.enrich.corpus import DATA, DEV_CORPUS, read_jsonl, record_article

DEV_FLOORS = {  # facet: (precision, recall)
    # venues: 0.900/0.918 (city) and 0.855/0.870 (full) before townships and the publisher
    # register; 0.980/1.000 and 0.982/1.000 after. places_mentioned 0.857/0.889 → 0.960/0.889;
    # session 12 → 1.000/0.889 (a short form only where the segmenter cuts at its ends)
    "venue_city": (0.97, 0.99),
    "venue_full": (0.97, 0.99),
    "places_mentioned": (0.99, 0.88),
    "groups_served": (0.98, 0.93),  # labels from what is delivered: 0.969 → 0.984, 0.945 → 0.958
    # session 6: 0.984/0.926 and 0.958/0.986 → 0.985/0.941 and 0.959/1.000 (job-matching words)
    # session 7 (senses, slogans, course subjects, duties lists): programmes 0.959 → 0.986
    "programme_types": (0.98, 0.99),
    # session 7: figures 0.963/0.972 → 1.000/0.972 (list items of cases, serviced items; the
    # three gold repeats of one string count once in the output, so recall stays under 1)
    "figures": (0.99, 0.96),
}
HELDOUT_FLOORS = {  # session 7: places_mentioned 0.875/1.000 → 1.000/1.000 (a headline's shorthand)
    "venue_city": (0.95, 0.95),
    "venue_full": (0.95, 0.95),
    "places_mentioned": (0.99, 0.99),
    "groups_served": (0.99, 0.96),
    "programme_types": (0.99, 0.99),  # session 7: 0.935 → 1.000
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
    "groups_served": (0.99, 0.99),  # session 7: 0.966 → 1.000
    "programme_types": (0.99, 0.99),  # session 7: 0.912 → 1.000
    "figures": (0.99, 0.99),
}
# heldout3: 28 articles from the provinces, programme kinds and venue wordings the sets above
# cover least (townships, the publisher's place only, traditional script, passing mentions),
# labelled before the enrichment first ran on them, scored through the real text stage.
# First run (the generalisation figure): venue city 0.962/0.893, full 0.962/0.893,
# places 0.500/0.667 (0.500/0.500 against the labels after t09's correction), groups
# 0.810/1.000, programmes 0.746/0.936, figures 0.899/1.000. After the general fixes that
# followed (publisher mastheads, plans/topic lists, contest words, figure cues, providers,
# trades described as 一线, jobs on offer, indirect speech of a beneficiary, a worker's quote):
# venue 1.000/1.000, places 1.000/1.000, groups 0.959/1.000, programmes 0.959/1.000,
# figures 1.000/1.000; floors just under those.
HELDOUT3_FLOORS = {
    "venue_city": (0.99, 0.99),
    "venue_full": (0.99, 0.99),
    "places_mentioned": (0.99, 0.99),
    "groups_served": (0.99, 0.99),  # session 8: 0.959 → 1.000 (a refund's list of uses, a key project's site)
    "programme_types": (0.99, 0.99),  # session 7: 0.959 → 1.000
    "figures": (0.99, 0.99),
}


def scores_for(records):
    outputs = [article_output(enrich_article(record_article(r))) for r in records]
    print("\n" + label_table(outputs, records))
    return score_records(outputs, records)


def label_scores(outputs, records) -> dict[str, tuple[int, int, int]]:
    """Outputs and their records → {label id: (true positives, predicted, expected)}."""
    counts: dict[str, list[int]] = {}
    for output, record in zip(outputs, records, strict=True):
        for facet in ("groups_served", "programme_types"):
            predicted, expected = set(output[facet]), set(record[facet])
            for label in predicted | expected:
                row = counts.setdefault(label, [0, 0, 0])
                row[0] += label in predicted and label in expected
                row[1] += label in predicted
                row[2] += label in expected
    return {label: (tp, p, e) for label, (tp, p, e) in sorted(counts.items())}


def label_table(outputs, records) -> str:
    """Per-label precision and recall, one line per label (printed by the corpus tests)."""
    lines = [f"{'label':<24}{'P':>7}{'R':>7}   tp/pred/gold"]
    for label, (tp, p, e) in label_scores(outputs, records).items():
        lines.append(f"{label:<24}{tp / p if p else 1:>7.3f}{tp / e if e else 1:>7.3f}   {tp}/{p}/{e}")
    return "\n".join(lines)


def test_label_scores_count_each_label_per_article():
    outputs = [{"groups_served": ["police"], "programme_types": ["condolence_visits"]},
               {"groups_served": ["police", "women_workers"], "programme_types": []}]
    records = [{"groups_served": ["police"], "programme_types": []},
               {"groups_served": ["women_workers"], "programme_types": ["condolence_visits"]}]
    assert label_scores(outputs, records) == {"condolence_visits": (0, 1, 1), "police": (1, 2, 1), "women_workers": (1, 1, 1)}


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


def test_third_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout3.jsonl"))
    print("\nheld-out 3 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT3_FLOORS)
