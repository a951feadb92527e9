"""Search and facet questions become the Elasticsearch bodies we expect."""

import pytest

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
    # money once per story (its primary copy); not-news articles left out of the counts and sums
    assert body["aggs"]["facet"]["aggs"] == {"primary": {
        "filter": {"bool": {"must_not": [{"term": {"story_primary": False}}]}},
        "aggs": {"total": {"sum": {"field": "money_total"}}}}}
    assert body["query"]["bool"]["filter"] == [{"range": {"timeline_date": {"gte": "2023-01-01"}}}]
    assert body["query"]["bool"]["must_not"] == [{"terms": {"quality_flags": ["no_title", "spam_removed", "no_body",
                                                                              "navigation"]}}]
    response = {"aggregations": {"facet": {"buckets": [
        {"key": "宁波市", "doc_count": 3, "primary": {"doc_count": 2, "total": {"value": 100.0}}}]}}}
    assert stats_rows(response, "money") == [{"key": "宁波市", "articles": 3, "money": 100.0}]


def test_typed_dates_become_iso_bounds_and_a_month_spans_its_days():
    from archive.query import parse_date_bound

    assert parse_date_bound("2023/1/5", end=False) == "2023-01-05"
    assert parse_date_bound("2023年2月", end=False) == "2023-02-01"
    assert parse_date_bound("2023年2月", end=True) == "2023-02-28"
    assert parse_date_bound("2024", end=True) == "2024-12-31"
    assert parse_date_bound("2023年1月21日", end=False) == "2023-01-21"


def test_an_unreadable_date_is_a_one_line_error_from_the_command(capsys):
    from archive.cli import main

    assert main(["search", "--from", "2023-13-45"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read '2023-13-45' as a date") and err.count("\n") == 1


def test_typed_places_resolve_to_official_names():
    from archive.query import FilterError, resolve_place
    from archive.vocabulary import load_vocabulary

    gazetteer = load_vocabulary().gazetteer
    assert resolve_place("杭州", "city", gazetteer)[0] == ("杭州市",)
    assert resolve_place("温州", "city", gazetteer)[0] == ("温州市",)
    assert resolve_place("甬", "city", gazetteer)[0] == ("宁波市",)
    assert resolve_place("寧波", "city", gazetteer)[0] == ("宁波市",)
    assert resolve_place("330200", "city", gazetteer)[0] == ("宁波市",)
    assert resolve_place("海曙", "county", gazetteer)[0] == ("海曙区",)
    assert resolve_place("海曙区", "city", gazetteer)[0] == ("宁波市",)  # a county filters by its city
    with pytest.raises(FilterError, match="贵州 is a province"):
        resolve_place("贵州", "city", gazetteer)


def test_typed_groups_and_programmes_resolve_to_ids_and_say_how():
    from archive.query import resolve_label
    from archive.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert resolve_label("new_employment_forms", vocabulary.groups_served)[0] == ("new_employment_forms",)
    assert resolve_label("外来务工人员", vocabulary.groups_served)[0] == ("migrant_workers",)
    ids, note = resolve_label("快递员", vocabulary.groups_served)
    assert ids == ("new_employment_forms",) and note.endswith("by trigger word")
    assert resolve_label("送温暖", vocabulary.programme_types)[0] == ("condolence_visits",)
    assert "travel_home" in resolve_label("返乡", vocabulary.programme_types)[0]
    assert resolve_label("无此类别", vocabulary.groups_served)[0] == ("无此类别",)


def test_stats_count_stories_reads_the_distinct_story_ids_per_bucket():
    body = stats_body("city", Filters(), count="stories")
    assert body["aggs"]["facet"]["aggs"]["stories"] == {"cardinality": {"field": "story_id", "precision_threshold": 40000}}
    response = {"aggregations": {"facet": {"buckets": [{"key": "宁波市", "doc_count": 3, "stories": {"value": 1}}]}}}
    assert stats_rows(response) == [{"key": "宁波市", "articles": 3, "stories": 1}]


def test_search_by_story_collapses_on_the_story_id():
    body = search_body(None, [], Filters(), stories=True)
    assert body["collapse"]["field"] == "story_id"
    assert body["collapse"]["inner_hits"]["name"] == "copies"
