"""kibana/news.ndjson is importable by construction and agrees with mappings/ and the vocabulary."""

from __future__ import annotations

import copy
import json

import pytest

from archive.io.elastic import article_mapping, load_mapping_file
from archive.kibana import generate_ndjson, ndjson_file
from archive.vocabulary import load_vocabulary
from tests.conftest import REPO
from tests.kibana import checks

NDJSON = REPO / "kibana" / "news.ndjson"


@pytest.fixture(scope="module")
def objects() -> list[dict]:
    return checks.parse_ndjson(NDJSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mapping() -> dict[str, dict]:
    return checks.mapping_fields(article_mapping()["properties"])


@pytest.fixture(scope="module")
def mappings(mapping) -> dict[str, dict[str, dict]]:
    """Data view id → the mapping of the indices it reads (articles; one document per figure)."""
    figures = load_mapping_file("figures-template.json")["template"]["mappings"]["properties"]
    return {"news": mapping, "news-figures": checks.mapping_fields(figures)}


def by_id(objects: list[dict], id_: str) -> dict:
    return next(o for o in objects if o["id"] == id_)


def test_the_committed_ndjson_is_exactly_what_the_generator_makes_now():
    assert NDJSON.read_text(encoding="utf-8") == generate_ndjson(), "run: .venv/bin/python -m archive.kibana"


def test_the_import_command_finds_the_committed_file():
    assert ndjson_file() == NDJSON


def test_the_file_holds_two_data_views_four_searches_six_charts_and_the_dashboard(objects):
    assert [(o["type"], o["id"], o["attributes"]["title"]) for o in objects] == [
        ("index-pattern", "news", "news"),
        ("index-pattern", "news-figures", "news-figures"),
        ("search", "news-recent-articles", "最新文章"),
        ("search", "news-new-employment-forms", "新就业形态劳动者服务项目"),
        ("search", "news-condolence-visits", "送温暖：走访慰问"),
        ("search", "news-text-gaps", "待编辑：正文缺字"),
        ("lens", "news-articles-by-city", "各城市文章数"),
        ("lens", "news-articles-by-programme", "各项目类型文章数"),
        ("lens", "news-articles-by-group", "各服务对象文章数"),
        ("lens", "news-money-by-city", "各城市金额(元)"),
        ("lens", "news-money-by-programme", "各项目类型金额(元)"),
        ("lens", "news-articles-over-time", "文章数随时间"),
        ("dashboard", "union-services-dashboard", "工会服务档案"),
    ]


def test_every_object_passes_the_offline_import_checks(objects, mappings):
    assert checks.all_problems(objects, mappings) == []


def test_every_object_is_at_most_the_lowest_type_version_of_its_shape(objects):
    assert {(o["type"], o["typeMigrationVersion"]) for o in objects} == {
        ("index-pattern", "8.0.0"), ("search", "8.0.0"), ("lens", "8.9.0"), ("dashboard", "8.9.0")}


@pytest.mark.parametrize("breakage, expected", [
    (lambda objs: objs[6]["references"][0].update(name="indexpattern-datasource-layer-other"), "layer references"),
    (lambda objs: objs[6]["references"][0].update(id="no-such-view"), "missing index-pattern:no-such-view"),
    (lambda objs: objs[9]["attributes"]["state"]["visualization"]["layers"][0].update(accessors=["x"]),
     "accessor x not a column"),
    (lambda objs: objs[-1]["references"].pop(0), "no lens reference named"),
    (lambda objs: objs[-1]["references"].pop(), "no data view reference"),
    (lambda objs: objs[2]["attributes"].update(columns=["title", "venue"]), "venue is not in the mapping"),
    (lambda objs: objs[6]["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].update(
        {k: {**v, "columns": {c: {**col, "sourceField": "title"} if col["sourceField"] == "venue_city" else col
                              for c, col in v["columns"].items()}}
         for k, v in objs[6]["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].items()}),
     "title (text) cannot be aggregated"),
    (lambda objs: objs[9]["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].update(
        {k: {**v, "columns": {c: {**col, "sourceField": "money_total"} if col["sourceField"] == "value" else col
                              for c, col in v["columns"].items()}}
         for k, v in objs[9]["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].items()}),
     "money_total is not in the mapping"),
    (lambda objs: objs[3]["attributes"]["kibanaSavedObjectMeta"].update(
        searchSourceJSON=json.dumps({"query": {"query": 'group : "police"', "language": "kuery"},
                                     "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"})),
     "query: group is not in the mapping"),
    (lambda objs: objs[-1].update(typeMigrationVersion="10.3.0"), "typeMigrationVersion 10.3.0 too new"),
])
def test_the_checks_catch_a_broken_copy(objects, mappings, breakage, expected):
    broken = copy.deepcopy(objects)
    breakage(broken)
    problems = checks.all_problems(broken, mappings)
    assert any(expected in problem for problem in problems), problems


def test_a_multi_field_and_a_nested_field_are_known_but_only_the_keyword_aggregates(mapping):
    assert checks.is_aggregatable(mapping["title.keyword"]) and not checks.is_aggregatable(mapping["title"])
    nested = checks.mapping_fields({"items": {"type": "nested", "properties": {"value": {"type": "double"}}}})
    assert nested["items.value"] == {"type": "double", "nested": True, "doc_values": True}
    assert not checks.is_aggregatable(nested["items.value"])


def test_a_field_without_doc_values_does_not_aggregate_and_an_unindexed_object_has_no_fields(mapping):
    assert not checks.is_aggregatable(checks.mapping_fields({"text": {"type": "keyword", "doc_values": False}})["text"])
    assert not [field for field in mapping if field.startswith("figures.")]  # summed from the figures index


def test_the_data_view_reads_the_alias_by_the_always_set_timeline_date_with_chinese_labels(objects):
    attrs = by_id(objects, "news")["attributes"]
    assert (attrs["title"], attrs["timeFieldName"]) == ("news", "timeline_date")
    labels = {field: spec["customLabel"] for field, spec in json.loads(attrs["fieldAttrs"]).items()}
    assert {f: labels[f] for f in ("venue_city", "venue_county", "groups_served_labels",
                                   "programme_types_labels", "money_total")} == {
        "venue_city": "城市", "venue_county": "区县", "groups_served_labels": "服务对象",
        "programme_types_labels": "项目类型", "money_total": "金额(元)"}


def test_money_has_a_plain_number_format_and_facet_ids_show_the_vocabulary_labels(objects):
    formats = json.loads(by_id(objects, "news")["attributes"]["fieldFormatMap"])
    assert formats["money_total"] == {"id": "number", "params": {"pattern": "0,0.[00]"}}
    vocabulary = load_vocabulary()
    for field in ("groups_served", "programme_types"):
        assert formats[field]["id"] == "static_lookup"
        entries = {e["key"]: e["value"] for e in formats[field]["params"]["lookupEntries"]}
        assert entries == vocabulary.labels(field)
    assert dict(e.values() for e in formats["groups_served"]["params"]["lookupEntries"])[
        "new_employment_forms"] == "新就业形态劳动者"


def test_each_saved_search_asks_its_question_newest_first(objects):
    searches = {o["id"]: (o["attributes"]["columns"], checks.search_source(o)["query"]["query"],
                          o["attributes"]["sort"]) for o in objects if o["type"] == "search"}
    recent = ["title", "venue_city", "groups_served_labels", "programme_types_labels", "money_total"]
    newest = [["timeline_date", "desc"]]
    assert searches == {
        "news-recent-articles": (recent, "", newest),
        "news-new-employment-forms": (recent, 'groups_served : "new_employment_forms"', newest),
        "news-condolence-visits": (recent, 'programme_types : "condolence_visits"', newest),
        "news-text-gaps": (["title", "timeline_date", "quality_flags", "source.location"], 'quality_flags : "text_gap"',
                           newest),
    }


def chart_summary(lens: dict) -> tuple:
    (layer,) = checks.lens_layers(lens).values()
    columns = [layer["columns"][c] for c in layer["columnOrder"]]
    return tuple((c["operationType"], c["sourceField"]) for c in columns)


def test_the_dashboard_shows_the_charts_by_reference_and_the_recent_articles_table(objects):
    dashboard = by_id(objects, "union-services-dashboard")
    refs = {r["name"]: r for r in dashboard["references"]}
    shown = [refs[f"{p['panelIndex']}:{p['panelRefName']}"] for p in checks.dashboard_panels(dashboard)]
    charts = {r["id"]: chart_summary(by_id(objects, r["id"])) for r in shown if r["type"] == "lens"}
    assert charts == {
        "news-articles-by-city": (("terms", "venue_city"), ("count", "___records___")),
        "news-money-by-city": (("terms", "city"), ("sum", "value")),
        "news-articles-by-programme": (("terms", "programme_types_labels"), ("count", "___records___")),
        "news-money-by-programme": (("terms", "programme_label"), ("sum", "value")),
        "news-articles-by-group": (("terms", "groups_served_labels"), ("count", "___records___")),
        "news-articles-over-time": (("date_histogram", "timeline_date"), ("count", "___records___")),
    }
    assert [(r["type"], r["id"]) for r in shown if r["type"] != "lens"] == [("search", "news-recent-articles")]
    assert all("attributes" not in p["embeddableConfig"] for p in checks.dashboard_panels(dashboard))


def test_the_dashboard_filters_by_place_group_and_programme_over_a_restored_time_range(objects):
    dashboard = by_id(objects, "union-services-dashboard")
    controls = sorted(checks.dashboard_controls(dashboard).values(), key=lambda c: c["order"])
    assert [(c["type"], c["explicitInput"]["fieldName"], c["explicitInput"]["title"]) for c in controls] == [
        ("optionsListControl", "venue_province", "省份"), ("optionsListControl", "venue_city", "城市"),
        ("optionsListControl", "groups_served_labels", "服务对象"),
        ("optionsListControl", "programme_types_labels", "项目类型")]
    attrs = dashboard["attributes"]
    assert (attrs["timeRestore"], attrs["timeFrom"], attrs["timeTo"]) == (True, "now-10y", "now")


def test_money_charts_read_the_figures_data_view_and_only_money(objects):
    for chart_id in ("news-money-by-city", "news-money-by-programme"):
        chart = by_id(objects, chart_id)
        assert checks.data_view_of(chart) == "news-figures"
        assert chart["attributes"]["state"]["query"] == {
            "query": 'kind : "money" and not story_primary : false and not quality_flags : '
                     '("no_title" or "spam_removed" or "no_body" or "navigation")', "language": "kuery"}
    figures = by_id(objects, "news-figures")["attributes"]
    assert (figures["title"], figures["timeFieldName"]) == ("news-figures", "timeline_date")
