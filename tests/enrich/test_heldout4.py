"""Quality gate: a fourth held-out set, written blind to this session's enrichment rule changes.

tests/data/enrich/heldout4.jsonl holds 30 articles (24 provinces; county papers, district union
sites, provincial workers' dailies, WeChat reposts, e-paper text, traditional script; venues named
by a township only, by the paper only, or by an ambiguous district name; plans, duties lists and
slogans left unlabelled), labelled before any enrichment ran on them and scored through the real
text stage. Keep it blind: fix what it shows with general rules measured on the other sets, and do
not tune rules on these articles.
"""

from archive.evaluate import format_table
from tests.enrich.corpus import DATA, read_jsonl
from tests.enrich.test_dev_corpus import assert_floors, text_stage_scores_for

# First runs (blind): at dd70fdf (start of session 6) venue city 1.000/0.935, full 1.000/0.935,
# places 0.923/0.923, groups 0.855/1.000, programmes 0.774/0.941, figures 0.964/0.988;
# at main 1ed0f4a venue 1.000/0.968, places 0.923/0.923, groups 0.940/1.000,
# programmes 0.860/0.961, figures 0.976/0.988. Floors just under the latter. Session 7 (general
# figure rules measured on every set: a list of level modifiers, serviced items, a headline's
# rounded repeat; the event's place in the lead, a list's shared away role): venue 1.000/1.000,
# places 1.000/1.000, figures 1.000/1.000. Session 7's label rules (senses, slogans, course
# subjects, duties lists, 将进一步 plans; written from the failure kinds, measured on all sets):
# groups 0.940 → 1.000, programmes 0.860/0.961 → 0.981/1.000.
HELDOUT4_FLOORS = {  # facet: (precision, recall)
    "venue_city": (0.99, 0.99),
    "venue_full": (0.99, 0.99),
    "places_mentioned": (0.99, 0.99),
    "groups_served": (0.99, 0.99),
    "programme_types": (0.97, 0.99),
    "figures": (0.99, 0.99),
}


def test_fourth_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout4.jsonl"))
    print("\nheld-out 4 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT4_FLOORS)
