"""Search and facet questions become the Elasticsearch bodies we expect."""

from archive.query import Filters, place_values, search_body, stats_body, stats_rows


def test_a_short_city_name_also_matches_its_official_name():
    assert place_values("宁波", "city") == ["宁波", "宁波市"]
    assert place_values("宁波市", "city") == ["宁波市"]
    assert place_values("海曙", "county") == ["海曙", "海曙区", "海曙县", "海曙市"]


def test_filters_become_filter_clauses_on_the_flat_facet_fields():
    body = search_body(None, [], Filters(city="宁波市", group="new_employment_forms"))
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["query"]["bool"]["filter"] == [
        {"terms": {"venue_city": ["宁波市"]}},
        {"bool": {"should": [{"term": {"groups_served": "new_employment_forms"}},
                             {"term": {"groups_served_labels": "new_employment_forms"}}],
                  "minimum_should_match": 1}},
    ]


def test_text_matches_as_a_character_phrase_or_as_all_its_words():
    should = search_body("快递小哥", ["快递", "小哥"], Filters())["query"]["bool"]["must"][0]["bool"]["should"]
    assert {"match_phrase": {"body": "快递小哥"}} in should
    assert {"match": {"body_words": {"query": "快递 小哥", "operator": "and"}}} in should


def test_stats_sum_money_per_city_and_read_back_as_rows():
    body = stats_body("city", Filters(date_from="2023-01-01"), sum_of="money")
    assert body["aggs"]["facet"]["terms"]["field"] == "venue_city"
    assert body["aggs"]["facet"]["aggs"] == {"total": {"sum": {"field": "money_total"}}}
    assert body["query"]["bool"]["filter"] == [{"range": {"published": {"gte": "2023-01-01"}}}]
    response = {"aggregations": {"facet": {"buckets": [
        {"key": "宁波市", "doc_count": 3, "total": {"value": 100.0}}]}}}
    assert stats_rows(response, "money") == [{"key": "宁波市", "articles": 3, "money": 100.0}]
