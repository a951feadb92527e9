"""Quality gate: a seventh held-out set, written blind to session 9's enrichment rule changes.

tests/data/enrich/heldout7.jsonl holds 30 articles (22 provinces and regions, most of them thin in
the earlier sets; county and city papers, union WeChat accounts, county and district portals, a
local TV news site, a news site, a provincial paper; two in traditional script, one in full-width
digits; venues named only by a township (one township name two counties share), only by the
county paper (本报讯, 我县), by a district name several cities share (铁西区, 新华区, 江北区, 青山区,
向阳区, 城中区, 海城区 beside 海城市), only in the headline, a county-level city directly under the
province and a province-wide programme; every group and programme id; a meeting with a speech's
duties and a budget's uses, a fund's list of uses, course topics, advice to employers and plans left
unlabelled; figures as ranges, caps (最高), 余/近, decimal 万元, Chinese numerals, per-person and
per-household amounts, items in 份/箱/盒/册, recipients beside providers), labelled before any
enrichment ran on them and scored through the real text stage. Keep it blind: fix what it shows
with general rules measured on the other sets, and do not tune rules on these articles.
"""

from archive.evaluate import format_table
from tests.enrich.corpus import DATA, read_jsonl
from tests.enrich.test_dev_corpus import assert_floors, text_stage_scores_for

# First run (blind), at main d04cca1 (start of session 9), compiled and pure alike: venue city
# 1.000/1.000, full 1.000/1.000, places 0.778/0.875, groups 0.811/0.968, programmes 0.867/0.907,
# figures 0.935/0.956. Failure kinds: a person's name read as a place (a given name that is a city's
# short name); a street name that another county also has read as a place mentioned, though the
# venue district is known; a bare county-level city's short name in a destination list missed;
# labels taken from plans (还将/下一步/将…) and from a problem described (维权难); a frontline group
# read from 一线 describing the recipients' trade or from 一线技术工人 among awardees, skilled talent
# from awardees named 工匠; the providers of a service (医生, 大学生志愿者) read as the group served
# or counted as figures; indoor cleaners (保洁员) read as outdoor workers; a mask in a gift pack read
# as a health service; a red-packet event named 慰问活动 read as a visit (borderline); missed labels
# for a year-to-date union drive stated in a summary (建立工会, 发展会员), a night school on a site,
# certificates for 工匠 presented at a meeting, and a summer gift handed to stations for the workers;
# a cap (单人最高, 最高可获) read as exact; counts of programmes (节目), of planned sites (个) taken
# as items; a consultation count after a list of topics (问题60余人次) and a subset of awardees
# (28人) missed. Labels unchanged since they were written.
# Second run, at the end of session 9 (after its label, place and figure rules, written from heldout6's
# kinds and generated cases; the set sat on a branch of its own until then), compiled and pure alike:
# venue city 1.000/1.000, full 1.000/1.000, places 0.778/0.875, groups 0.811/0.968, programmes
# 0.851/0.930 (one more found, two more given wrongly), figures 0.946/0.956. The session's rules
# carried little to these articles.
# Third run, at the end of session 10, after rules written from the failure kinds above (the set itself
# unread by the rule engineers; no longer blind as to its kinds): venue city and full 1.000/1.000, places
# 0.889/1.000, groups 0.857/0.968, programmes 0.896/1.000, figures 0.978/0.989.
# Fourth run, session 11 (main c878f87; rules from heldout8's kinds): programmes 0.896/1.000 → 0.935/1.000, the rest
# unchanged. Floors just under the fourth run.
# Fifth run, session 12 (main 556925a; rules from heldout9's kinds): figures 0.978/0.989 → 0.978/1.000, the rest
# unchanged; the figures recall floor raised to 0.99.
HELDOUT7_FLOORS = {  # facet: (precision, recall)
    "venue_city": (0.99, 0.99),
    "venue_full": (0.99, 0.99),
    "places_mentioned": (0.88, 0.99),
    "groups_served": (0.85, 0.96),
    "programme_types": (0.93, 0.99),
    "figures": (0.97, 0.99),
}


def test_seventh_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout7.jsonl"))
    print("\nheld-out 7 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT7_FLOORS)
