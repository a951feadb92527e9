"""Quality gate: a sixth held-out set, written blind to session 8's enrichment rule changes.

tests/data/enrich/heldout6.jsonl holds 30 articles (14 provinces and the 兵团; county and city
papers, county portals, WeChat and 学习强国-style reposts, news apps, TV station sites, provincial
papers; three in traditional script, one in full-width digits; venues named only by a township,
one in a city without counties, only by the paper or portal, by a district name several cities
share, only in the headline, a province-wide programme and a county-level city under the region;
every group and programme id; a meeting with a year summary, a forum with a speech, a fund's list
of uses, course topics and plans left unlabelled), labelled before any enrichment ran on them and
scored through the real text stage. Keep it blind: fix what it shows with general rules measured
on the other sets, and do not tune rules on these articles.
"""

from archive.evaluate import format_table
from tests.enrich.corpus import DATA, read_jsonl
from tests.enrich.test_dev_corpus import assert_floors, text_stage_scores_for

# First run (blind), at main 3d0fc87 (start of session 8), compiled and pure alike: venue city
# 0.968/1.000, full 0.935/0.967, places 0.727/1.000, groups 0.814/0.897, programmes 0.800/0.889,
# figures 0.900/0.952. Misses: a verb read as a place (新建工会 → 新建区, 一线职工和县级 → 和县), a tea
# brand read as a city (都勻毛尖 → 都匀市), a worker's 湖南籍 beside 湖南永州 (borderline), a county
# named only in the headline (江山市 → 衢州市 only); labels from a fund's list of uses, course
# topics, a forum's speakers and speech, an employer described as 新就业形态企业, 茶艺/春联 in a
# gift pack read as culture, a 重点项目 site read as construction; missed 困难农民工, 外来拾花工,
# 困难外来务工人员, 托育 (and its subsidy read as cash), 新建工会组织/发展会员, 御寒物品 and 消暑食品
# handed out, 工资集体协商; figures for providers (志愿者, 保育员, 退休教师), places (托位), sites (个),
# classes (两个), both ends of a range, contract wage floors (borderline), 上千 read as exact, and
# missed 120名 before 单身青年职工, 30名 before an age range, 110餘名 and full-width １８．６万元.
# Second run, at main 4fec28c (after session 8's rule changes), compiled and pure alike: venue city
# 0.968/1.000, full 0.968/1.000, places 0.727/1.000, groups 0.875/0.897, programmes 0.851/0.889,
# figures 0.901/0.962 (fixed: the headline's 江山市, course topics (a 职工书屋 visit still read as
# culture), a 重点项目 site read as construction, both ends of a range, 110餘名; new miss: 5名
# counsellors counted). Still wrong: the other kinds above.
# Third run, at the end of session 9, after rules written from the kinds above (the set itself unread
# by the rule engineers; no longer blind as to its kinds): venue city 1.000/1.000, full 1.000/1.000,
# places 0.889/1.000, groups 0.975/1.000, programmes 0.918/1.000, figures 0.971/0.971. Left: 春联 in a
# gift pack is culture by vocabulary.md (春联/福字 is a culture_recreation cue, and heldout labels it so),
# so this set's label is the one at odds.
# Fourth run, at the end of session 10: the same but figures 0.971/0.981 (a subset by 其中 now counted).
# Floors just under the fourth run.
HELDOUT6_FLOORS = {  # facet: (precision, recall)
    "venue_city": (0.99, 0.99),
    "venue_full": (0.99, 0.99),
    "places_mentioned": (0.88, 0.99),
    "groups_served": (0.97, 0.99),
    "programme_types": (0.91, 0.99),
    "figures": (0.96, 0.97),
}


def test_sixth_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout6.jsonl"))
    print("\nheld-out 6 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT6_FLOORS)
