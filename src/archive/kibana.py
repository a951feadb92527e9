"""Facet labels (from the vocabulary) → the Kibana saved objects analysts use, as NDJSON.

Builds the data views ``news`` (articles) and ``news-figures`` (one document per summable
figure, attributed to its own place, groups and programme), the saved searches, one Lens object
per dashboard chart and the dashboard 工会服务档案. Money charts read the figures data view:
the article index keeps figures in _source only (not indexed), and an article's total credited
to each of its cities or programmes would count the same money several times. Pure: no network;
``python -m archive.kibana`` rewrites kibana/news.ndjson, which ``archive kibana import`` posts to Kibana.

Shapes follow Kibana's own exports at the lowest type versions whose shape they copy
(index-pattern 8.0.0, search 8.0.0, lens 8.9.0, dashboard 8.9.0): Kibana 9.x migrates
older objects up on import but rejects objects newer than it knows.
"""

from __future__ import annotations

import json
import sys
import uuid
from importlib.resources import files
from pathlib import Path
from typing import Any

from archive.query import NOT_NEWS_FLAGS

DATA_VIEW_ID = "news"
ALIAS = "news"
FIGURES_DATA_VIEW_ID = "news-figures"
FIGURES_ALIAS = "news-figures"
TIME_FIELD = "timeline_date"  # always set: printed, else estimated, else ingested (see date_source)
DASHBOARD_ID = "union-services-dashboard"
DASHBOARD_TITLE = "工会服务档案"
# The repository's kibana/ folder, installed as the package archive.kibana_objects (setup.py).
NDJSON_PATH = Path(str(files("archive.kibana_objects") / "news.ndjson"))

CORE_MIGRATION_VERSION = "8.8.0"
TYPE_MIGRATION_VERSIONS = {"index-pattern": "8.0.0", "search": "8.0.0", "lens": "8.9.0", "dashboard": "8.9.0"}

# The Chinese column names analysts see for stored fields (Discover, Lens, controls).
FIELD_LABELS = {
    "title": "标题",
    "published": "发布日期",
    "timeline_date": "日期",
    "date_source": "日期来源",
    "story_id": "报道",
    "story_size": "转载数",
    "story_primary": "原稿",
    "newspaper": "报纸",
    "page": "版面",
    "source.location": "来源",
    "body": "正文",
    "reporters": "记者",
    "venue_province": "省份",
    "venue_city": "城市",
    "venue_county": "区县",
    "groups_served": "服务对象代码",
    "groups_served_labels": "服务对象",
    "programme_types": "项目类型代码",
    "programme_types_labels": "项目类型",
    "money_total": "金额(元)",
    "people_total": "人数",
    "items_total": "物品数",
    "quality_flags": "质量标记",
}
# The figures data view's own fields (its article facets keep the labels above).
FIGURE_FIELD_LABELS = {
    "value": "数值",
    "kind": "类别",
    "text": "原文",
    "province": "归属省份",
    "city": "归属城市",
    "county": "归属区县",
    "groups_labels": "归属服务对象",
    "programme_label": "归属项目类型",
    "attributed_by": "归属依据",
    "title": "文章标题",
}
# Labels carried by the facet id fields; the vocabulary supplies id → label.
LABELLED_ID_FIELDS = ("groups_served", "programme_types")
# Plain numeral patterns: a currency pattern ($) would follow the locale setting, which
# defaults to `en` and would print "$"; the unit lives in the label instead.
NUMBER_PATTERNS = {"money_total": "0,0.[00]", "people_total": "0,0", "items_total": "0,0"}
# The jieba-segmented twins are for search only; they clutter Discover.
HIDDEN_SOURCE_FIELDS = ("title_words", "body_words")

RECENT_COLUMNS = ["title", "venue_city", "groups_served_labels", "programme_types_labels", "money_total"]
SEARCH_SORT = [[TIME_FIELD, "desc"]]

_ID_NAMESPACE = uuid.UUID("5b0e8a52-4f0f-4c55-9b0c-6b1f3a1c2d7e")


def stable_uuid(name: str) -> str:
    """A name → the same uuid on every run (layer, column and panel ids must not churn)."""
    return str(uuid.uuid5(_ID_NAMESPACE, name))


def compact_json(value: Any) -> str:
    """Kibana stores several attributes as JSON strings: encode them the same way every time."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def saved_object(type_: str, id_: str, attributes: dict[str, Any], references: list[dict[str, str]]) -> dict[str, Any]:
    """The envelope every saved object shares (no server-written fields such as version)."""
    return {
        "type": type_,
        "id": id_,
        "attributes": attributes,
        "references": references,
        "managed": False,
        "coreMigrationVersion": CORE_MIGRATION_VERSION,
        "typeMigrationVersion": TYPE_MIGRATION_VERSIONS[type_],
    }


def data_view_reference(name: str, data_view_id: str = DATA_VIEW_ID) -> dict[str, str]:
    return {"type": "index-pattern", "id": data_view_id, "name": name}


# -- data view ----------------------------------------------------------------------------


def field_formats(facet_labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    """Number patterns for the totals, and id → Chinese label lookups for the facet ids."""
    formats: dict[str, Any] = {
        field: {"id": "number", "params": {"pattern": pattern}} for field, pattern in NUMBER_PATTERNS.items()
    }
    for field in LABELLED_ID_FIELDS:
        entries = [{"key": key, "value": label} for key, label in facet_labels[field].items()]
        formats[field] = {"id": "static_lookup", "params": {"lookupEntries": entries, "unknownKeyValue": None}}
    return formats


def data_view(facet_labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The data view over the alias, with Chinese field labels and formats."""
    attributes = {
        "title": ALIAS,
        "name": "工会新闻档案 (news)",
        "timeFieldName": TIME_FIELD,
        "allowHidden": False,
        "fields": "[]",
        "fieldAttrs": compact_json({field: {"customLabel": label} for field, label in FIELD_LABELS.items()}),
        "fieldFormatMap": compact_json(field_formats(facet_labels)),
        "runtimeFieldMap": "{}",
        "sourceFilters": compact_json([{"value": field} for field in HIDDEN_SOURCE_FIELDS]),
    }
    return saved_object("index-pattern", DATA_VIEW_ID, attributes, [])


def figures_data_view() -> dict[str, Any]:
    """The data view over the figures alias: one row per summable figure, where it belongs."""
    labels = {**{f: FIELD_LABELS[f] for f in ("published", "newspaper", "venue_province", "venue_city",
                                               "venue_county", "groups_served_labels", "programme_types_labels",
                                               "quality_flags")}, **FIGURE_FIELD_LABELS}
    attributes = {
        "title": FIGURES_ALIAS,
        "name": "工会新闻数字 (news-figures)",
        "timeFieldName": TIME_FIELD,
        "allowHidden": False,
        "fields": "[]",
        "fieldAttrs": compact_json({field: {"customLabel": label} for field, label in labels.items()}),
        "fieldFormatMap": compact_json({"value": {"id": "number", "params": {"pattern": NUMBER_PATTERNS["money_total"]}}}),
        "runtimeFieldMap": "{}",
        "sourceFilters": "[]",
    }
    return saved_object("index-pattern", FIGURES_DATA_VIEW_ID, attributes, [])


# -- saved searches -----------------------------------------------------------------------


def saved_search(id_: str, title: str, description: str, kql: str, columns: list[str]) -> dict[str, Any]:
    """A Discover session on the data view: a KQL query, columns, newest first."""
    index_ref = "kibanaSavedObjectMeta.searchSourceJSON.index"
    source = {"query": {"query": kql, "language": "kuery"}, "filter": [], "indexRefName": index_ref}
    attributes = {
        "title": title,
        "description": description,
        "columns": columns,
        "sort": SEARCH_SORT,
        "grid": {},
        "hideChart": False,
        "isTextBasedQuery": False,
        "usesAdHocDataView": False,
        "timeRestore": False,
        "kibanaSavedObjectMeta": {"searchSourceJSON": compact_json(source)},
    }
    return saved_object("search", id_, attributes, [data_view_reference(index_ref)])


def saved_searches(facet_labels: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    """The recent-articles list and one search per facet question."""
    group = facet_labels["groups_served"]["new_employment_forms"]
    programme = facet_labels["programme_types"]["condolence_visits"]
    return [
        saved_search("news-recent-articles", "最新文章", "全部文章，按发布日期倒序。", "", RECENT_COLUMNS),
        saved_search("news-new-employment-forms", f"{group}服务项目",
                     f"服务对象为{group}（groups_served: new_employment_forms）的文章。",
                     'groups_served : "new_employment_forms"', RECENT_COLUMNS),
        saved_search("news-condolence-visits", f"送温暖：{programme}",
                     f"项目类型为{programme}（programme_types: condolence_visits）的文章，含送温暖、送清凉。",
                     'programme_types : "condolence_visits"', RECENT_COLUMNS),
        saved_search("news-text-gaps", "待编辑：正文缺字",
                     "原文有缺字或缺段（quality_flags: text_gap）的文章，供编辑核对来源。",
                     'quality_flags : "text_gap"', ["title", TIME_FIELD, "quality_flags", "source.location"]),
    ]


# -- lens charts --------------------------------------------------------------------------


def count_column(label: str) -> dict[str, Any]:
    return {"dataType": "number", "isBucketed": False, "operationType": "count", "sourceField": "___records___",
            "scale": "ratio", "label": label, "customLabel": True, "params": {"emptyAsNull": True}}


def sum_column(field: str, label: str) -> dict[str, Any]:
    return {"dataType": "number", "isBucketed": False, "operationType": "sum", "sourceField": field,
            "scale": "ratio", "label": label, "customLabel": True, "params": {}}


def terms_column(field: str, label: str, order_by: str, size: int) -> dict[str, Any]:
    params = {"size": size, "orderBy": {"type": "column", "columnId": order_by}, "orderDirection": "desc",
              "otherBucket": False, "missingBucket": False, "parentFormat": {"id": "terms"}}
    return {"dataType": "string", "isBucketed": True, "operationType": "terms", "sourceField": field,
            "scale": "ordinal", "label": label, "customLabel": True, "params": params}


def date_histogram_column(field: str, label: str) -> dict[str, Any]:
    return {"dataType": "date", "isBucketed": True, "operationType": "date_histogram", "sourceField": field,
            "scale": "interval", "label": label, "customLabel": True,
            "params": {"interval": "auto", "includeEmptyRows": True, "dropPartials": False}}


def xy_visualization(layer_id: str, series_type: str, x_column: str, y_column: str) -> dict[str, Any]:
    layer = {"layerId": layer_id, "layerType": "data", "seriesType": series_type, "xAccessor": x_column,
             "accessors": [y_column], "position": "top", "showGridlines": False}
    return {"preferredSeriesType": series_type, "legend": {"isVisible": False, "position": "right"},
            "valueLabels": "show" if series_type == "bar_horizontal" else "hide", "fittingFunction": "None",
            "layers": [layer]}


def layer_id(chart_id: str) -> str:
    return stable_uuid(f"{chart_id}:layer")


def column_id(chart_id: str, role: str) -> str:
    """The id of a chart's bucket column (role "x") or metric column (role "y")."""
    return stable_uuid(f"{chart_id}:{role}")


def lens_chart(id_: str, title: str, series_type: str, x_column: dict[str, Any],
               y_column: dict[str, Any], data_view_id: str = DATA_VIEW_ID, kql: str = "") -> dict[str, Any]:
    """One XY chart with one layer: a bucket column (x) and a metric column (y), over a data view
    (the articles by default), optionally narrowed by a KQL query."""
    layer, x_id, y_id = layer_id(id_), column_id(id_, "x"), column_id(id_, "y")
    form_layer = {"columnOrder": [x_id, y_id], "columns": {x_id: x_column, y_id: y_column},
                  "incompleteColumns": {}, "sampling": 1, "ignoreGlobalFilters": False}
    state = {
        "datasourceStates": {"formBased": {"layers": {layer: form_layer}}, "textBased": {"layers": {}}},
        "visualization": xy_visualization(layer, series_type, x_id, y_id),
        "query": {"query": kql, "language": "kuery"},
        "filters": [],
        "internalReferences": [],
        "adHocDataViews": {},
    }
    attributes = {"title": title, "description": "", "visualizationType": "lnsXY", "state": state}
    return saved_object("lens", id_, attributes,
                        [data_view_reference(f"indexpattern-datasource-layer-{layer}", data_view_id)])


def terms_chart(id_: str, title: str, field: str, metric: dict[str, Any], size: int = 20) -> dict[str, Any]:
    """A horizontal bar per facet value, largest metric first."""
    bucket = terms_column(field, FIELD_LABELS[field], order_by=column_id(id_, "y"), size=size)
    return lens_chart(id_, title, "bar_horizontal", bucket, metric)


# Money as `archive stats --sum money` adds it: each story once (its primary copy), not-news left out.
MONEY_KQL = ('kind : "money" and not story_primary : false and not quality_flags : ('
             + " or ".join(f'"{flag}"' for flag in NOT_NEWS_FLAGS) + ")")


def money_chart(id_: str, title: str, field: str, size: int = 20) -> dict[str, Any]:
    """Money per place or programme from the figures data view: each figure once, where it belongs."""
    bucket = terms_column(field, FIGURE_FIELD_LABELS[field], order_by=column_id(id_, "y"), size=size)
    return lens_chart(id_, title, "bar_horizontal", bucket, sum_column("value", FIELD_LABELS["money_total"]),
                      data_view_id=FIGURES_DATA_VIEW_ID, kql=MONEY_KQL)


def lens_charts() -> list[dict[str, Any]]:
    """The dashboard's charts; each answers one question `archive stats` also answers."""
    articles = "文章数"
    return [
        terms_chart("news-articles-by-city", "各城市文章数", "venue_city", count_column(articles)),
        terms_chart("news-articles-by-programme", "各项目类型文章数", "programme_types_labels", count_column(articles)),
        terms_chart("news-articles-by-group", "各服务对象文章数", "groups_served_labels", count_column(articles)),
        money_chart("news-money-by-city", "各城市金额(元)", "city"),
        money_chart("news-money-by-programme", "各项目类型金额(元)", "programme_label"),
        lens_chart("news-articles-over-time", "文章数随时间", "bar_stacked",
                   date_histogram_column(TIME_FIELD, FIELD_LABELS[TIME_FIELD]), count_column(articles)),
    ]


# -- dashboard ----------------------------------------------------------------------------

# Facet controls: (control name, field, title). Province before city, chained, so the
# city list narrows to the chosen province.
CONTROLS = [
    ("province", "venue_province", FIELD_LABELS["venue_province"]),
    ("city", "venue_city", FIELD_LABELS["venue_city"]),
    ("group", "groups_served_labels", FIELD_LABELS["groups_served_labels"]),
    ("programme", "programme_types_labels", FIELD_LABELS["programme_types_labels"]),
]
# (object id, x, y, w, h) on the 48-column grid.
LAYOUT = [
    ("news-articles-by-city", 0, 0, 24, 15),
    ("news-money-by-city", 24, 0, 24, 15),
    ("news-articles-by-programme", 0, 15, 24, 15),
    ("news-money-by-programme", 24, 15, 24, 15),
    ("news-articles-by-group", 0, 30, 24, 15),
    ("news-articles-over-time", 24, 30, 24, 15),
    ("news-recent-articles", 0, 45, 48, 20),
]


def control_group(references: list[dict[str, str]]) -> dict[str, Any]:
    """Options-list controls on keyword facets; each control's data view is a reference."""
    panels = {}
    for order, (name, field, title) in enumerate(CONTROLS):
        control_id = stable_uuid(f"control:{name}")
        panels[control_id] = {"order": order, "width": "medium", "grow": True, "type": "optionsListControl",
                              "explicitInput": {"id": control_id, "fieldName": field, "title": title,
                                                "enhancements": {}}}
        references.append(data_view_reference(f"controlGroup_{control_id}:optionsListDataView"))
    ignore_parent = {"ignoreFilters": False, "ignoreQuery": False, "ignoreTimerange": False,
                     "ignoreValidations": False}
    # No showApplySelections: it arrived with dashboard model version 2, after the 8.9.0 shape.
    return {"controlStyle": "oneLine", "chainingSystem": "HIERARCHICAL",
            "panelsJSON": compact_json(panels), "ignoreParentSettingsJSON": compact_json(ignore_parent)}


def dashboard_panels(objects_by_id: dict[str, dict[str, Any]], references: list[dict[str, str]]) -> list[dict[str, Any]]:
    """By-reference panels: the chart or search lives in its own object, the panel points at it."""
    panels = []
    for object_id, x, y, w, h in LAYOUT:
        panel_id = stable_uuid(f"panel:{object_id}")
        panels.append({"type": objects_by_id[object_id]["type"], "panelIndex": panel_id,
                       "gridData": {"x": x, "y": y, "w": w, "h": h, "i": panel_id},
                       "embeddableConfig": {"enhancements": {}}, "panelRefName": f"panel_{panel_id}"})
        references.append({"type": objects_by_id[object_id]["type"], "id": object_id,
                           "name": f"{panel_id}:panel_{panel_id}"})
    return panels


def dashboard(objects_by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The analysts' dashboard: facet controls, the charts, the recent-articles table."""
    references: list[dict[str, str]] = []
    panels = dashboard_panels(objects_by_id, references)
    controls = control_group(references)
    options = {"useMargins": True, "syncColors": False, "syncCursor": True, "syncTooltips": False,
               "hidePanelTitles": False}
    attributes = {
        "title": DASHBOARD_TITLE,
        "description": "按地区、服务对象、项目类型查看工会服务报道的数量与金额。金额逐笔归属到"
                       "所在句子（或段落）提到的地区和项目，每笔只计一次。",
        "panelsJSON": compact_json(panels),
        "optionsJSON": compact_json(options),
        "controlGroupInput": controls,
        # The archive is historical news: Kibana's default "last 15 minutes" would show nothing.
        "timeRestore": True,
        "timeFrom": "now-10y",
        "timeTo": "now",
        "refreshInterval": {"pause": True, "value": 0},
        "kibanaSavedObjectMeta": {"searchSourceJSON": compact_json({"query": {"query": "", "language": "kuery"},
                                                                    "filter": []})},
        "version": 1,
    }
    return saved_object("dashboard", DASHBOARD_ID, attributes, references)


# -- the file -----------------------------------------------------------------------------


def saved_objects(facet_labels: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    """Facet labels → every saved object, referenced objects before those that use them."""
    parts = [data_view(facet_labels), figures_data_view(), *saved_searches(facet_labels), *lens_charts()]
    return [*parts, dashboard({obj["id"]: obj for obj in parts})]


def for_alias(ndjson: str, alias: str) -> str:
    """The import file → the same objects over another alias (``ARCHIVE_INDEX_PREFIX`` + news): the
    data view's pattern is the alias, and every object id (and reference to it) gets the prefix, so
    archives under different prefixes can share one Kibana. Unchanged for the plain ``news``."""
    if alias == ALIAS:
        return ndjson
    prefix = alias[:-len(ALIAS)] if alias.endswith(ALIAS) else f"{alias}-"
    objects = [json.loads(line) for line in ndjson.splitlines() if line.strip()]
    for obj in objects:
        obj["id"] = prefix + obj["id"]
        for reference in obj.get("references", []):
            reference["id"] = prefix + reference["id"]
        if obj["type"] == "index-pattern":  # news → the alias, news-figures → the alias's figures alias
            title = obj["attributes"]["title"]
            obj["attributes"]["title"] = alias + title[len(ALIAS):]
            obj["attributes"]["name"] = obj["attributes"]["name"].replace(f"({title})", f"({obj['attributes']['title']})")
    return to_ndjson(objects)


def to_ndjson(objects: list[dict[str, Any]]) -> str:
    """Saved objects → the import file: one object per line, stable key order."""
    return "".join(json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
                   for obj in objects)


def vocabulary_facet_labels() -> dict[str, dict[str, str]]:
    """The vocabulary package → {facet field: {id: Chinese label}}."""
    from archive.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    return {field: vocabulary.labels(field) for field in LABELLED_ID_FIELDS}


def ndjson_file() -> Path:
    """Where the committed NDJSON is: $ARCHIVE_KIBANA_FILE, else the one installed with the package."""
    from archive.config import env_path

    given = env_path("ARCHIVE_KIBANA_FILE")
    return Path(given) if given else NDJSON_PATH


def generate_ndjson() -> str:
    """The NDJSON as the code and the vocabulary make it now."""
    return to_ndjson(saved_objects(vocabulary_facet_labels()))


def main(argv: list[str] | None = None) -> int:
    """Rewrite kibana/news.ndjson (or the path given)."""
    path = Path(argv[0]) if argv else NDJSON_PATH
    path.write_text(generate_ndjson(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
