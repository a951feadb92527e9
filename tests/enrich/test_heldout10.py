"""Held-out set 10: 30 unseen articles, labelled before any code ran on them, scored through the text stage.

The set (tests/data/enrich/heldout10.jsonl, n01..n30) is blind: do not read its content or tune
rules to its articles. It has one venue province per article, 30 in all, from every region:
the north-east (黑龙江, 辽宁), the north (北京, 天津, 河北, 山西, 内蒙古), the east (上海, 江苏,
浙江, 安徽, 福建, 江西, 山东), the centre (河南, 湖北, 湖南), the south (广东, 广西, 海南), the
south-west (重庆, 四川, 贵州, 云南, 西藏) and the north-west (陕西, 甘肃, 青海, 宁夏, 新疆).
Publishers: county and district media centres, city dailies and evening papers, provincial
workers' dailies, an industry paper and enterprise news, union WeChat and Weibo posts,
government and union portals, news-app and portal reposts, a mirror site, a Hong Kong paper and
a Taiwan portal (3 articles in traditional script). Pages keep their chrome as a reader copies
it: mastheads, page lines, kickers above headlines, source and editor lines, view counters,
IP-location lines, hashtags, related-news links, footers with addresses and licence numbers.
Programmes span the whole year: winter relief, job fairs, trips home and back to work, union
building among couriers and in a Taiwanese-owned firm, summer heat relief and rest stations,
skills contests, craftsman awards, legal aid and wage recovery, collective wage bargaining,
mutual insurance, women's screening, summer and winter childcare, student aid, mixers, night
school, model workers' rest, consumption aid, volunteer days, and a production story where the
union is incidental. 114 figures: 61 people, 39 money, 14 items.

First run, once, on main 103fd2c (`.venv/bin/python -m pytest -q -s tests/enrich/test_heldout10.py`):

    facet                   P      R     F1   tp/pred/gold
    venue_city          0.900  0.900  0.900   27/30/30
    venue_full          0.812  0.867  0.839   26/32/30
    places_mentioned    0.944  0.680  0.791   17/18/25
    groups_served       0.915  0.871  0.893   54/59/62
    programme_types     0.871  0.931  0.900   54/62/58
    figures             0.888  0.974  0.929   111/125/114

Kinds of failure seen on that run (general habits, not single articles):
- a district union holding a rest trip in another district of the same municipality takes the
  rest destination as the venue and loses its own district;
- a city union's programme that buys produce from a distant partner region takes the partner
  region as the venue;
- an enterprise union whose city appears only in a dateline or inside a facility's name gets
  the province alone, or no venue;
- a Taiwan portal's repost gets a bare province venue beside the county;
- a prefecture union's event held in the prefecture seat adds the seat as a county venue; the
  opening scene of a city-wide event adds that district;
- home counties of awardees or trainees inside the venue prefecture, a county renamed since the
  article, and production areas of an enterprise are not taken as mentioned places;
- a Hong Kong paper's own dateline mark becomes a mentioned place;
- counts of facilities, units, mines and photos (个, 张) become item figures; a background
  statistic of a place and a number inside an event name become people figures;
- a fee parents pay, a wage-allowance floor and one family's saving become money figures;
  attendees of a mobilisation meeting who run a scheme become a people figure;
- a count or amount after 达到 ("reached") is missed; the second of two counts in one clause
  ("N of M staff joined") is missed;
- benefits a union lists as what membership offers become delivered programmes; a company's
  own training and contest in a production story become union programmes;
- groups named in priority lists or compounds (困难职工子女, 困难员工家庭, workers from outside
  the region or returning to work, 医疗 among trades, helping firms recruit) are missed; an
  insurance type for women, a woman worker quoted, union cadres doing the visits and craftsmen
  also read as skilled talent become served groups;
- cash for the trip home misses cash_subsidies; a bus service back to work misses travel_home; a
  worker's remark about not going home becomes travel_home; announced rest trips for awardees
  miss health_services; a fee subsidy for course places becomes cash_subsidies; holiday
  welfare bought for workers becomes condolence_visits.

Second run (session 12's end, main 4f9a674, after rules written from heldout9's, blind pages 5's
and blind PDF pages 3's kinds; this set unread by any engineer): venue city 0.900/0.900, venue
full 0.812/0.867, places 0.944/0.680 and groups 0.915/0.871 unchanged; programmes 0.871/0.931 →
0.857/0.931 (54/63/58: one more label, a 年夜饭 given to workers read as culture_recreation, as
heldout5 labels it, where this set's writer left it unlabelled as a vocabulary gap: the two sets'
labels disagree); figures 0.888/0.974 → 0.895/0.974 (111/124/114). Floors are just under the
second run.
"""

from archive.evaluate import format_table

from tests.enrich.corpus import DATA, read_jsonl
from tests.enrich.test_dev_corpus import assert_floors, text_stage_scores_for

# Just under the second run's figures (see above).
HELDOUT10_FLOORS = {
    "venue_city": (0.89, 0.89),
    "venue_full": (0.80, 0.86),
    "places_mentioned": (0.93, 0.67),
    "groups_served": (0.90, 0.86),
    "programme_types": (0.85, 0.92),
    "figures": (0.89, 0.97),
}


def test_tenth_heldout_articles_score_above_their_floors_through_the_text_stage():
    scores = text_stage_scores_for(read_jsonl(DATA / "heldout10.jsonl"))
    print("\nheld-out 10 (text stage)\n" + format_table(scores))
    assert_floors(scores, HELDOUT10_FLOORS)
