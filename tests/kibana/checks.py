"""Offline checks of hand-built Kibana saved objects: each returns a list of problems (empty = fine).

Written independently of archive.kibana (they read only the NDJSON and the mapping), so a
generator bug cannot hide from them. The rules are those of shared/kibana-examples/README.md.
"""

from __future__ import annotations

import json
import re
from typing import Any
from collections.abc import Iterator

# The newest type version each object may declare (Kibana migrates older objects up on import).
MAX_TYPE_VERSIONS = {"index-pattern": (8, 0, 0), "search": (8, 0, 0), "lens": (8, 9, 0), "dashboard": (8, 9, 0)}
CORE_MIGRATION_VERSION = "8.8.0"
SERVER_WRITTEN = {"version", "created_at", "updated_at", "created_by", "updated_by", "namespaces", "accessControl"}
AGGREGATABLE_TYPES = {"keyword", "long", "integer", "short", "byte", "double", "float", "half_float",
                      "scaled_float", "date", "boolean", "ip"}
RECORDS = "___records___"
KQL_FIELD = re.compile(r"(?<![\w.\"])([A-Za-z_][\w.]*)\s*:")


def parse_ndjson(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# -- the mapping ----------------------------------------------------------------------------


def mapping_fields(properties: dict[str, Any], prefix: str = "", nested: bool = False) -> dict[str, dict[str, Any]]:
    """Mapping properties → {dotted field: {"type", "nested", "doc_values"}} including multi-fields
    (an object with ``"enabled": false`` is kept in _source only: it has no fields)."""
    fields: dict[str, dict[str, Any]] = {}
    for name, spec in properties.items():
        path = prefix + name
        inside_nested = nested or spec.get("type") == "nested"
        if "type" in spec and spec["type"] not in ("object", "nested"):
            fields[path] = {"type": spec["type"], "nested": nested, "doc_values": spec.get("doc_values", True)}
        for sub, sub_spec in (spec.get("fields") or {}).items():
            fields[f"{path}.{sub}"] = {"type": sub_spec["type"], "nested": nested,
                                       "doc_values": sub_spec.get("doc_values", True)}
        if "properties" in spec:
            fields.update(mapping_fields(spec["properties"], path + ".", inside_nested))
    return fields


def is_aggregatable(field: dict[str, Any] | None) -> bool:
    return bool(field) and field["type"] in AGGREGATABLE_TYPES and not field["nested"] and field["doc_values"]


# -- envelopes and references ---------------------------------------------------------------


def envelope_problems(objects: list[dict[str, Any]]) -> list[str]:
    problems = []
    ids = [(o.get("type"), o.get("id")) for o in objects]
    if len(ids) != len(set(ids)):
        problems.append("duplicate type:id")
    for obj in objects:
        where = f"{obj.get('type')}:{obj.get('id')}"
        missing = {"type", "id", "attributes", "references"} - set(obj)
        if missing:
            problems.append(f"{where} lacks {sorted(missing)}")
            continue
        if obj["type"] not in MAX_TYPE_VERSIONS:
            problems.append(f"{where}: unexpected type")
            continue
        if version_tuple(obj.get("typeMigrationVersion", "99.0.0")) > MAX_TYPE_VERSIONS[obj["type"]]:
            problems.append(f"{where}: typeMigrationVersion {obj.get('typeMigrationVersion')} too new")
        if obj.get("coreMigrationVersion") != CORE_MIGRATION_VERSION:
            problems.append(f"{where}: coreMigrationVersion {obj.get('coreMigrationVersion')}")
        if SERVER_WRITTEN & set(obj) or obj.get("managed"):
            problems.append(f"{where}: carries server-written or managed fields")
    return problems


def reference_problems(objects: list[dict[str, Any]]) -> list[str]:
    present = {(o["type"], o["id"]) for o in objects}
    problems = []
    for obj in objects:
        names = [ref["name"] for ref in obj["references"]]
        if len(names) != len(set(names)):
            problems.append(f"{obj['type']}:{obj['id']}: duplicate reference names")
        for ref in obj["references"]:
            if (ref["type"], ref["id"]) not in present:
                problems.append(f"{obj['type']}:{obj['id']}: reference {ref['name']} → missing {ref['type']}:{ref['id']}")
    return problems


def reference_names(obj: dict[str, Any]) -> set[str]:
    return {ref["name"] for ref in obj["references"]}


# -- per type -------------------------------------------------------------------------------


def search_source(obj: dict[str, Any]) -> dict[str, Any]:
    return json.loads(obj["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])


def search_problems(obj: dict[str, Any]) -> list[str]:
    source = search_source(obj)
    problems = []
    if source.get("indexRefName") not in reference_names(obj):
        problems.append(f"search {obj['id']}: indexRefName has no reference")
    if "index" in source:
        problems.append(f"search {obj['id']}: data view id inside searchSourceJSON")
    for n, flt in enumerate(source.get("filter", [])):
        if flt.get("meta", {}).get("indexRefName") not in reference_names(obj):
            problems.append(f"search {obj['id']}: filter[{n}] indexRefName has no reference")
    if not isinstance(obj["attributes"].get("columns"), list) or not isinstance(obj["attributes"].get("sort"), list):
        problems.append(f"search {obj['id']}: columns/sort must be real arrays")
    return problems


def lens_layers(obj: dict[str, Any]) -> dict[str, Any]:
    return obj["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]


def visualization_layers(obj: dict[str, Any]) -> list[dict[str, Any]]:
    vis = obj["attributes"]["state"]["visualization"]
    return vis["layers"] if "layers" in vis else [vis]


def lens_problems(obj: dict[str, Any]) -> list[str]:
    where = f"lens {obj['id']}"
    layers = lens_layers(obj)
    problems = []
    layer_refs = {name[len("indexpattern-datasource-layer-"):] for name in reference_names(obj)
                  if name.startswith("indexpattern-datasource-layer-")}
    if layer_refs != set(layers):
        problems.append(f"{where}: layer references {sorted(layer_refs)} ≠ layers {sorted(layers)}")
    vis_layers = visualization_layers(obj)
    if {v["layerId"] for v in vis_layers} != set(layers):
        problems.append(f"{where}: visualization layer ids ≠ datasource layer ids")
    for layer_id, layer in layers.items():
        columns = layer["columns"]
        if set(layer["columnOrder"]) != set(columns):
            problems.append(f"{where}: columnOrder ≠ columns in {layer_id}")
        for column in columns.values():
            order_by = column.get("params", {}).get("orderBy", {})
            if order_by.get("type") == "column" and order_by.get("columnId") not in columns:
                problems.append(f"{where}: orderBy column {order_by.get('columnId')} missing")
        for vis in (v for v in vis_layers if v["layerId"] == layer_id):
            used = list(vis.get("accessors", [])) + [vis[k] for k in ("xAccessor", "splitAccessor", "metricAccessor")
                                                    if vis.get(k)]
            problems += [f"{where}: accessor {c} not a column" for c in used if c not in columns]
    return problems


def dashboard_panels(obj: dict[str, Any]) -> list[dict[str, Any]]:
    return json.loads(obj["attributes"]["panelsJSON"])


def dashboard_controls(obj: dict[str, Any]) -> dict[str, Any]:
    return json.loads(obj["attributes"]["controlGroupInput"]["panelsJSON"])


def dashboard_problems(obj: dict[str, Any]) -> list[str]:
    problems = []
    names = reference_names(obj)
    expected = set()
    for panel in dashboard_panels(obj):
        if panel["gridData"]["i"] != panel["panelIndex"]:
            problems.append(f"panel {panel['panelIndex']}: gridData.i ≠ panelIndex")
        if panel["gridData"]["x"] + panel["gridData"]["w"] > 48:
            problems.append(f"panel {panel['panelIndex']}: wider than the 48-column grid")
        name = f"{panel['panelIndex']}:{panel.get('panelRefName')}"
        expected.add(name)
        ref = next((r for r in obj["references"] if r["name"] == name), None)
        if ref is None or ref["type"] != panel["type"]:
            problems.append(f"panel {panel['panelIndex']}: no {panel['type']} reference named {name}")
    for control_id, control in dashboard_controls(obj).items():
        if control["explicitInput"].get("id") != control_id:
            problems.append(f"control {control_id}: explicitInput.id differs")
        name = f"controlGroup_{control_id}:optionsListDataView"
        expected.add(name)
        if name not in names:
            problems.append(f"control {control_id}: no data view reference {name}")
    problems += [f"dashboard reference {n} used by no panel or control" for n in sorted(names - expected)]
    json.loads(obj["attributes"]["optionsJSON"])
    json.loads(obj["attributes"]["controlGroupInput"]["ignoreParentSettingsJSON"])
    return problems


# -- fields ---------------------------------------------------------------------------------


def kql_fields(query: dict[str, Any]) -> set[str]:
    return set(KQL_FIELD.findall(query.get("query", ""))) if query.get("language") == "kuery" else set()


def fields_used(obj: dict[str, Any]) -> Iterator[tuple[str, bool, str]]:
    """(field, must be aggregatable, where) for every field name an object uses."""
    attrs, where = obj["attributes"], f"{obj['type']}:{obj['id']}"
    if obj["type"] == "index-pattern":
        yield attrs["timeFieldName"], True, f"{where} timeFieldName"
        for name in (*json.loads(attrs["fieldAttrs"]), *json.loads(attrs["fieldFormatMap"])):
            yield name, False, f"{where} field settings"
    elif obj["type"] == "search":
        for column in attrs["columns"]:
            yield column, False, f"{where} column"
        for field, _direction in attrs["sort"]:
            yield field, True, f"{where} sort"
        for field in kql_fields(search_source(obj)["query"]):
            yield field, False, f"{where} query"
    elif obj["type"] == "lens":
        for layer in lens_layers(obj).values():
            for column in layer["columns"].values():
                if column.get("sourceField") != RECORDS:
                    yield column["sourceField"], True, f"{where} column {column['label']}"
        for field in kql_fields(obj["attributes"]["state"]["query"]):
            yield field, False, f"{where} query"
    elif obj["type"] == "dashboard":
        for control in dashboard_controls(obj).values():
            yield control["explicitInput"]["fieldName"], True, f"{where} control"
        query = json.loads(attrs["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]
        for field in kql_fields(query):
            yield field, False, f"{where} query"


def data_view_of(obj: dict[str, Any]) -> str | None:
    """The data view an object reads: itself for a data view, else its first data view reference."""
    if obj["type"] == "index-pattern":
        return obj["id"]
    return next((ref["id"] for ref in obj.get("references", []) if ref["type"] == "index-pattern"), None)


def field_problems(objects: list[dict[str, Any]], mappings: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """Every field an object uses, checked against the mapping of the data view it reads
    (``mappings``: data view id → mapping fields)."""
    problems = []
    for obj in objects:
        view = data_view_of(obj)
        mapping = mappings.get(view or "")
        if mapping is None:
            problems.append(f"{obj['type']}:{obj['id']}: no mapping for data view {view}")
            continue
        for field, aggregated, where in fields_used(obj):
            if field not in mapping:
                problems.append(f"{where}: {field} is not in the mapping")
            elif aggregated and not is_aggregatable(mapping[field]):
                problems.append(f"{where}: {field} ({mapping[field]['type']}) cannot be aggregated")
    return problems


def all_problems(objects: list[dict[str, Any]], mappings: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    problems = envelope_problems(objects) + reference_problems(objects) + field_problems(objects, mappings)
    checks = {"search": search_problems, "lens": lens_problems, "dashboard": dashboard_problems}
    for obj in objects:
        problems += checks.get(obj["type"], lambda _: [])(obj)
    return problems
