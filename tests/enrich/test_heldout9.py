"""Ninth held-out set (blind): 30 articles no rule of the archive was written from.

tests/data/enrich/heldout9.jsonl, m01–m30, labelled by hand before any archive code ran on them.
Venues in 27 provinces, weighted to regions earlier sets had little of: the north-east (东宁,
延吉, 鞍山), Inner Mongolia (准格尔旗), Xinjiang (昌吉, 库车), Tibet (林芝), Ningxia (吴忠),
Qinghai (格尔木), Gansu, Shaanxi, Hainan (三亚, 儋州), Yunnan, Guizhou and Guangxi, plus
Hebei, Shanxi, Tianjin, Hunan, Jiangsu, Fujian, Henan, Anhui, Guangdong, Chongqing, Shandong
and Hubei. Publishers: county media centres, city dailies (e-paper headers, page lines and
footers), provincial and workers' dailies, industry papers (农垦, 铁道), union WeChat posts
(account line, IP region, read counter), union sites, government portals, enterprise news,
a portal repost with platform disclaimers, a Hong Kong and a Macau paper and a traditional mirror
with pinyin glosses (4 traditional). One page of three county briefs; two stories where the
union is one paragraph of a tourism or farm story.

First run (session 11, main at 42fabc1, floors set just under it):
    facet                   P      R     F1   tp/pred/gold
    venue_city          0.933  0.933  0.933   28/30/30
    venue_full          0.938  0.938  0.938   30/32/32
    places_mentioned    0.750  0.882  0.811   30/40/34
    groups_served       0.900  0.818  0.857   45/50/55
    programme_types     0.900  0.885  0.893   54/60/61
    figures             0.930  0.984  0.956   120/129/122

Kinds of failure seen in that run:
- places: a county or city name read out of an ordinary word or an office name (财政和 → a county,
  合作交流办 → a city); a subdistrict that shares a province's name (a 河南 街道); a prefecture
  city that is also a county's name resolved to the county (朝阳, 承德); a university's city;
  a prefecture-level city without counties left at province level; a venue named only through
  a local landmark and a hospital's name on an enterprise page; a municipality entry added
  from a site header; work-site districts inside a municipality-wide programme listed.
- groups: wording not in the trigger lists (返乡务工人员, 留在X(过年), 家住外地, 家属 riding
  along, 群众求职, 家政 in a priority list, 高技能人才, 劳模工匠工作室 funding); a national
  railway project without the words 重点工程 taken as an ordinary building site; groups added
  from an activity's name, from staff who deliver a service or from a team's general remit.
- programmes: a measure only promoted or described as a channel labelled (互助保障 encouraged,
  慰问品 bought as 消费帮扶, 帮扶 inside 消费帮扶); a station that only hosts an event; 成立
  of a working group read as union organising; 培训补贴 read as a cash subsidy; missed: 返岗包,
  gloves and hats handed out, 年夜饭, 就业推荐, 劳动合同咨询, 购票补贴 for going home, and a
  health check in traditional script.
- figures: counts of collectives and studios, speakers, a city's workforce and tourist visits
  taken as programme figures; a vague 几十名 and a rhetorical 数百名 read as numbers; a benefit
  cap (最高可获赔) counted; a largest single payout qualified as at_most; cadres trained missed.

Second run, at the end of session 11 (main c878f87; the rule engineers worked from heldout8's kinds and never saw
these articles, their kinds or the first run): venue city 0.933/0.933 and full 0.938/0.938, unchanged; places
0.750/0.882 → 0.800/0.941 (32/40/34); groups 0.900/0.818 → 0.904/0.855 (47/52/55); programmes 0.900/0.885 →
0.902/0.902 (55/61/61); figures 0.930/0.984, unchanged.

Third run, session 12 (main 556925a), after rules written from the kinds above (the engineers had the kinds, never
the articles): venue city 0.935/0.967 (29/31/30), full 0.939/0.969; places 0.821/0.941 (32/39/34); groups
0.909/0.909 (50/55/55); programmes 0.938/1.000 (61/65/61); figures 0.976/0.992 (121/124/122). No longer blind.
Floors: just under the third run.
"""

from archive.evaluate import format_table
from tests.enrich.corpus import DATA, read_jsonl
from tests.enrich.test_dev_corpus import assert_floors, text_stage_scores_for

HELDOUT9_FLOORS = {  # facet: (precision, recall), just under the third run
    "venue_city": (0.93, 0.96),
    "venue_full": (0.93, 0.96),
    "places_mentioned": (0.82, 0.94),
    "groups_served": (0.90, 0.90),
    "programme_types": (0.93, 0.99),
    "figures": (0.97, 0.99),
}


def test_ninth_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout9.jsonl"))
    print("\nheld-out 9 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT9_FLOORS)
