"""The dashboard and the CLI answer the same questions alike on the same index.

Each Lens chart of kibana/news.ndjson is turned into the Elasticsearch aggregation it stands
for (on its data view's alias: the articles, or one document per figure; terms on its
sourceField, count or sum, its KQL query, the time picker as a range on the data view's time
field) and run on a real node; `archive stats` must return the same rows.
"""

from __future__ import annotations

import json

import pytest

from archive import cli
from archive.document import build_document
from archive.io.elastic import BulkIndexer, figures_index
from archive.model import Article, Figure, Place
from archive.vocabulary import load_vocabulary
from tests.conftest import REPO
from tests.kibana import checks

pytestmark = pytest.mark.es

OBJECTS = {o["id"]: o for o in checks.parse_ndjson((REPO / "kibana" / "news.ndjson").read_text(encoding="utf-8"))}
TIME_FIELD = OBJECTS["news"]["attributes"]["timeFieldName"]
# A chart's bucket field → the `archive stats --by` that answers the same question, and the
# vocabulary facet whose labels the chart shows (None: the CLI keys are the chart's keys).
CLI_QUESTION = {
    "venue_city": ("city", None),
    "city": ("city", None),  # the figures' attributed city
    "programme_label": ("programme", "programme_types"),
    "programme_types_labels": ("programme", "programme_types"),
    "groups_served_labels": ("group", "groups_served"),
}
TERMS_CHARTS = sorted(i for i, o in OBJECTS.items() if o["type"] == "lens"
                      and any(c["operationType"] == "terms" for c in next(iter(checks.lens_layers(o).values()))["columns"].values()))
NINGBO = Place("浙江省", "宁波市", "海曙区", "330203")
YUYAO = Place("浙江省", "宁波市", "余姚市", "330281")
YUECHENG = Place("浙江省", "绍兴市", "越城区", "330602")
HANGZHOU = Place("浙江省", "杭州市", None, "330100")
WENZHOU = Place("浙江省", "温州市", None, "330300")


def money(value: float, place: Place, programme: str | None, summable: bool = True) -> Figure:
    """A money figure as attribution leaves it: credited to one place and programme."""
    return Figure("money", value, "元", summable=summable, text=f"{value}元", place=place, programme=programme,
                  attributed_by="sentence")


def article(n: int, published: str, venues: list[Place], groups: list[str], programmes: list[str],
            figures: list[Figure], flags: list[str] | None = None) -> Article:
    return Article(source_key=f"sha256:{n}", source_kind="file", source_location=f"/in/{n}.txt", id=f"a{n}",
                   title=f"第{n}篇", paragraphs=["正文。"], published=published, venue_places=venues,
                   groups_served=groups, programme_types=programmes, figures=figures, quality_flags=flags or [])


ARTICLES = [
    article(1, "2023-01-10", [NINGBO], ["new_employment_forms"], ["condolence_visits"],
            [money(300000, NINGBO, "condolence_visits")]),
    article(2, "2023-01-15", [YUYAO], ["new_employment_forms", "outdoor_workers"],
            ["condolence_visits", "cash_subsidies"],
            [money(50000, YUYAO, "cash_subsidies"), money(200, YUYAO, None, summable=False)]),
    # two venue cities: the article counts in both; its money only where the figure belongs
    article(3, "2023-02-03", [YUECHENG, NINGBO], ["migrant_workers"], ["travel_home"],
            [money(20000, YUECHENG, "travel_home")]),
    article(4, "2022-12-20", [HANGZHOU], [], ["skills_training"], [], ["text_gap"]),
    article(5, "2023-03-01", [WENZHOU], ["workers_in_difficulty"], ["hardship_relief", "condolence_visits"],
            [money(1000.5, WENZHOU, "condolence_visits")]),
]


def facet_labels(facet: str) -> dict[str, str]:
    return load_vocabulary().labels(facet)


@pytest.fixture(scope="module")
def all_labels() -> dict[str, str]:
    return {**facet_labels("groups_served"), **facet_labels("programme_types")}


@pytest.fixture
def indexed(es, fresh_archive, all_labels):
    docs = [build_document(a, labels=all_labels, pipeline_version="test", ingested_at="2026-01-01T00:00:00Z")
            for a in ARTICLES]
    result = BulkIndexer(es, fresh_archive.alias, refresh=True).index_documents(docs)
    assert (result.created, result.failed) == (len(ARTICLES), [])
    return fresh_archive


def chart_columns(chart_id: str) -> tuple[dict, dict]:
    """A one-layer chart → (bucket column, metric column)."""
    (layer,) = checks.lens_layers(OBJECTS[chart_id]).values()
    columns = [layer["columns"][c] for c in layer["columnOrder"]]
    return next(c for c in columns if c["isBucketed"]), next(c for c in columns if not c["isBucketed"])


def time_range(date_from: str | None, date_to: str | None) -> dict:
    """What the time picker adds: a range on the data view's time field (whole days)."""
    if not (date_from or date_to):
        return {"match_all": {}}
    bounds = {"format": "strict_date_optional_time"}
    if date_from:
        bounds["gte"] = f"{date_from}T00:00:00.000Z"
    if date_to:
        bounds["lte"] = f"{date_to}T23:59:59.999Z"
    return {"range": {TIME_FIELD: bounds}}


def chart_alias(alias: str, chart_id: str) -> str:
    """The index the chart's data view reads (the test archive's prefixed aliases)."""
    view = next(r["id"] for r in OBJECTS[chart_id]["references"] if r["type"] == "index-pattern")
    return {"news": alias, "news-figures": figures_index(alias)}[view]


def chart_query(chart_id: str) -> dict:
    """The chart's KQL (clauses joined by and: `f : "v"`, `not f : v`, `f : ("a" or "b")`) as a bool query."""
    kql = OBJECTS[chart_id]["attributes"]["state"]["query"]["query"]
    query: dict = {"filter": [], "must_not": []}
    for clause in filter(None, kql.split(" and ")):
        negated, clause = clause.startswith("not "), clause.removeprefix("not ")
        field, value = (part.strip() for part in clause.split(" : ", 1))
        values = [v.strip('"') for v in value.strip("()").split(" or ")]
        term = {"terms": {field: [v == "true" if v in ("true", "false") else v for v in values]}}
        query["must_not" if negated else "filter"].append(term)
    return query


def chart_rows(es, alias: str, chart_id: str, date_from=None, date_to=None) -> dict[str, float]:
    """The terms chart's aggregation on the real node → {bucket key: metric value}."""
    bucket, metric = chart_columns(chart_id)
    terms = {"field": bucket["sourceField"], "size": bucket["params"]["size"]}
    aggs = {}
    if metric["operationType"] == "sum":
        aggs = {"metric": {"sum": {"field": metric["sourceField"]}}}
        terms["order"] = {"metric": bucket["params"]["orderDirection"]}
    query = chart_query(chart_id)
    query = {"bool": {"filter": [time_range(date_from, date_to), *query["filter"]], "must_not": query["must_not"]}}
    response = es.search(index=chart_alias(alias, chart_id), size=0, query=query,
                         aggs={"bucket": {"terms": terms, "aggs": aggs}})
    return {b["key"]: b["metric"]["value"] if aggs else b["doc_count"]
            for b in response["aggregations"]["bucket"]["buckets"]}


def cli_rows(capsys, by: str, sum_money: bool, date_from=None, date_to=None) -> list[dict]:
    argv = ["stats", "--by", by, "--json"] + (["--sum", "money"] if sum_money else [])
    argv += (["--from", date_from] if date_from else []) + (["--to", date_to] if date_to else [])
    capsys.readouterr()
    assert cli.main(argv) == 0
    return json.loads(capsys.readouterr().out)


def cli_answer(capsys, chart_id: str, date_from=None, date_to=None) -> dict[str, float]:
    """`archive stats` for the chart's question → {key the chart shows: articles or money}."""
    bucket, metric = chart_columns(chart_id)
    by, facet = CLI_QUESTION[bucket["sourceField"]]
    sum_money = metric["operationType"] == "sum"
    labels = facet_labels(facet) if facet else {}
    # a money chart has a bar where money is attributed; the CLI also lists places with articles only
    return {labels.get(row["key"], row["key"]): row["money"] if sum_money else row["articles"]
            for row in cli_rows(capsys, by, sum_money, date_from, date_to) if not sum_money or row["money"]}


def test_the_five_terms_charts_are_the_ones_compared():
    assert TERMS_CHARTS == ["news-articles-by-city", "news-articles-by-group", "news-articles-by-programme",
                            "news-money-by-city", "news-money-by-programme"]


@pytest.mark.parametrize("chart_id", TERMS_CHARTS)
def test_each_chart_and_archive_stats_give_the_same_rows(es, indexed, capsys, chart_id):
    chart = chart_rows(es, indexed.alias, chart_id)
    assert chart == cli_answer(capsys, chart_id)
    assert len(chart) >= 3  # several buckets: the comparison is not vacuous


@pytest.mark.parametrize("chart_id", TERMS_CHARTS)
def test_a_january_time_range_narrows_the_chart_and_the_cli_alike(es, indexed, capsys, chart_id):
    chart = chart_rows(es, indexed.alias, chart_id, "2023-01-01", "2023-01-31")
    assert chart == cli_answer(capsys, chart_id, "2023-01-01", "2023-01-31")
    assert chart != chart_rows(es, indexed.alias, chart_id)


def test_the_charts_answer_the_analysts_questions_in_chinese(es, indexed):
    alias = indexed.alias
    assert chart_rows(es, alias, "news-articles-by-city") == {"宁波市": 3, "绍兴市": 1, "杭州市": 1, "温州市": 1}
    # article 3 is held in 宁波 and 绍兴; its 20,000 belongs to 绍兴 only
    assert chart_rows(es, alias, "news-money-by-city") == {"宁波市": 350000.0, "绍兴市": 20000.0, "温州市": 1000.5}
    assert chart_rows(es, alias, "news-articles-by-group") == {
        "新就业形态劳动者": 2, "户外劳动者": 1, "外来务工人员": 1, "困难职工": 1}
    assert chart_rows(es, alias, "news-money-by-programme") == {"走访慰问": 301000.5, "红包补贴": 50000.0,
                                                                 "返乡返岗出行": 20000.0}


def test_articles_over_time_per_month_match_the_cli_for_each_month(es, indexed, capsys):
    bucket, _ = chart_columns("news-articles-over-time")
    response = es.search(index=indexed.alias, size=0, aggs={"month": {"date_histogram": {
        "field": bucket["sourceField"], "calendar_interval": "month", "format": "yyyy-MM"}}})
    per_month = {b["key_as_string"]: b["doc_count"] for b in response["aggregations"]["month"]["buckets"]}
    assert per_month == {"2022-12": 1, "2023-01": 2, "2023-02": 1, "2023-03": 1}
    last_day = {"2022-12": "31", "2023-01": "31", "2023-02": "28", "2023-03": "31"}
    from_cli = {month: sum(row["articles"] for row in cli_rows(capsys, "province", False, f"{month}-01",
                                                               f"{month}-{last_day[month]}"))
                for month in per_month}
    assert from_cli == per_month
