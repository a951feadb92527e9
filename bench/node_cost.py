"""What the node spends indexing the same documents: a bulk replay with its CPU measured.

``python -m bench.node_cost dump FOLDER DOCS.jsonl`` builds the stored documents of a corpus
folder once (the pipeline in this process, story fields as a fresh ingest writes them).
``python -m bench.node_cost replay DOCS.jsonl [--rounds N] [--articles T.json] [--figures T.json]``
writes them into fresh indices (``<alias>-v9xx`` and its figures index, from the templates, or from
the given template files) and prints the node's CPU seconds for the articles and for their figure
documents, each round. ``python -m bench.node_cost compare DOCS.jsonl --variants base,bands_keyword,…``
replays the mapping variants of ``VARIANTS`` in turn, round after round (on a busy machine one round's
CPU moves by ±15%: compare medians of alternated rounds), and prints each one's medians. Point ELASTICSEARCH_URL at a node of your own (``LocalNode(port=…).start()``):
on a shared node every other client's work is counted too. Mapping changes are compared by it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from collections.abc import Callable
from typing import Any

from bench.e2e import es_cpu_seconds


def dump(folder: str, out: str) -> int:
    from archive.ingest import process_sources, read_sources
    from archive.pipeline import default_pipeline

    pipeline = default_pipeline()
    files = sorted(str(p) for p in Path(folder).iterdir() if p.is_file())
    documents = process_sources(pipeline, read_sources(files).sources).documents
    with open(out, "wb") as handle:
        import orjson

        for doc in documents:
            handle.write(orjson.dumps(doc) + b"\n")
    return len(documents)


def _settled_cpu() -> float:
    """The node's CPU seconds once its background work (merges after a refresh) has died down."""
    before = es_cpu_seconds() or 0.0
    while True:
        time.sleep(1.0)
        now = es_cpu_seconds() or 0.0
        if now - before < 0.05:
            return now
        before = now


def _props(template: dict[str, Any]) -> dict[str, Any]:
    return template["mappings"]["properties"]


def _keyword_bands(doc: dict[str, Any]) -> dict[str, Any]:
    """A document with its band keys as they were stored before mapping version 2 (``"NN:hex"``
    strings, the signature's values in hex; the opening key ``"op:"``/``"ox:"`` and 16 hex digits)
    and no stored signature: what the string keys cost the node."""
    import base64

    keys = doc.get("story_bands") or []
    signature = base64.b64decode(doc["story_signature"]).hex() if doc.get("story_signature") else ""
    bands = [f"{band:02d}:{signature[band * 32:(band + 1) * 32]}" for band in range(len(keys[:32]))]
    opening = [("ox:" if key & 1 else "op:") + (key & (1 << 64) - 1).to_bytes(8, "little").hex() for key in keys[32:]]
    return {**{k: v for k, v in doc.items() if k != "story_signature"}, "story_bands": bands + opening}


def _unindexed(properties: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        for field in properties[name].get("properties", {name: properties[name]}).values():
            field.update(index=False, doc_values=False)


# Mapping variants measured against ``base``: (article template edit, figures template edit, document edit).
Edit = Callable[[dict[str, Any]], Any]


def _NONE(template: dict[str, Any]) -> None:
    """A template as it is."""


VARIANTS: dict[str, tuple[Edit, Edit, Callable[[dict[str, Any]], dict[str, Any]] | None]] = {
    "base": (_NONE, _NONE, None),
    "bands_off": (lambda t: _unindexed(_props(t), ("story_bands",)), _NONE, None),  # what the band keys cost
    # before mapping version 2: band keys as strings in a keyword field
    "bands_keyword": (lambda t: [_props(t).update(story_bands={"type": "keyword", "doc_values": False}),
                                 _props(t).pop("story_signature")], _NONE, _keyword_bands),
    "body_off": (lambda t: _props(t)["body"].update(index=False), _NONE, None),
    "words_off": (lambda t: [_props(t)[name].update(index=False) for name in ("body_words", "title_words")], _NONE, None),
    "objects_off": (lambda t: _unindexed(_props(t), ("venue_places", "places_mentioned", "organisations", "people")),
                    _NONE, None),
    "figures_lean": (_NONE, lambda t: _unindexed(_props(t), ("title", "source", "newspaper", "published", "date_source",
                                                            "text", "counts", "unit", "qualifier", "attributed_by",
                                                            "ordinal")), None),
    "words_freqs": (lambda t: [_props(t)[name].update(index_options="freqs") for name in ("body_words", "title_words")],
                    _NONE, None),
    # figure fields no query, no saved Kibana object and no data-view label reads
    "figures_unread": (_NONE, lambda t: _unindexed(_props(t), ("id", "source", "date_source", "counts", "unit", "qualifier",
                                                              "ordinal")), None),
    "evidence_off": (lambda t: _props(t).update(evidence={"type": "object", "enabled": False}), _NONE, None),
    # what no query, filter, sort or Kibana object reads: the article's content hash (read from _source only)
    "hash_off": (lambda t: _props(t)["content_hash"].update(index=False, doc_values=False), _NONE, None),
    "source_off": (lambda t: t["mappings"].update(_source={"enabled": False}), _NONE, None),  # what storing _source costs (not a candidate)
    "best_compression": (lambda t: t["settings"].update({"index.codec": "best_compression"}),
                         lambda t: t["settings"].update({"index.codec": "best_compression"}), None),
}


def replay_round(es, index: str, article_template: dict[str, Any], figure_template: dict[str, Any],
                 documents: list[dict[str, Any]]) -> dict[str, Any]:
    """The documents and their figure documents written into a fresh index pair → the node's CPU for each."""
    from archive.io import elastic

    elastic.delete_index_pair(es, index)
    es.indices.create(index=index, **article_template)
    es.indices.create(index=elastic.figures_index(index), **figure_template)
    start = _settled_cpu()
    indexer = elastic.BulkIndexer(es, index)
    indexer._has_figures = False  # articles alone first
    result = indexer.write(documents)
    es.indices.refresh(index=index)
    after_articles = _settled_cpu()
    figure_docs = [figure for doc in documents for figure in elastic.figure_sources(doc)]
    elastic.BulkIndexer(es, elastic.figures_index(index)).write(figure_docs)
    es.indices.refresh(index=elastic.figures_index(index))
    after_figures = _settled_cpu()
    stats = es.indices.stats(index=f"{index},{elastic.figures_index(index)}", metric="store")["indices"]
    elastic.delete_index_pair(es, index)
    return {"articles": len(documents), "indexed": result.indexed, "refused": len(result.failed), "figures": len(figure_docs),
            "articles_cpu": round(after_articles - start, 2), "figures_cpu": round(after_figures - after_articles, 2),
            "store_mb": {name: round(s["primaries"]["store"]["size_in_bytes"] / 1e6, 1) for name, s in stats.items()}}


def _setup(docs_path: str):
    import orjson

    from archive.config import ElasticSettings
    from archive.io import elastic

    settings = ElasticSettings.from_env()
    es = elastic.connect(settings, request_timeout=120)
    documents = [orjson.loads(line) for line in Path(docs_path).read_bytes().splitlines()]
    return es, settings.alias, documents


def replay(docs_path: str, rounds: int, articles: str | None, figures: str | None) -> list[dict[str, Any]]:
    from archive.io import elastic

    es, alias, documents = _setup(docs_path)
    article_template = elastic.article_template(alias)["template"]
    figure_template = elastic.figures_template(alias)["template"]
    if articles:
        article_template = json.loads(Path(articles).read_text())["template"]
    if figures:
        figure_template = json.loads(Path(figures).read_text())["template"]
    results = []
    for number in range(rounds):
        results.append(replay_round(es, f"{alias}-v{900 + number}", article_template, figure_template, documents))
        print(json.dumps(results[-1]), flush=True)
    return results


def compare(docs_path: str, rounds: int, names: list[str]) -> dict[str, dict[str, float]]:
    """Mapping variants (``VARIANTS``) replayed in turn, ``rounds`` times → each one's median CPU."""
    import copy
    import statistics

    from archive.io import elastic

    es, alias, documents = _setup(docs_path)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for _ in range(rounds):
        for name in names:
            edit_articles, edit_figures, edit_documents = VARIANTS[name]
            article_template = copy.deepcopy(elastic.article_template(alias)["template"])
            figure_template = copy.deepcopy(elastic.figures_template(alias)["template"])
            edit_articles(article_template)
            edit_figures(figure_template)
            docs = [edit_documents(doc) for doc in documents] if edit_documents else documents
            runs[name].append(replay_round(es, f"{alias}-v950", article_template, figure_template, docs))
            print(name, json.dumps(runs[name][-1]), flush=True)
    medians = {name: {key: round(statistics.median(run[key] for run in results), 2) for key in ("articles_cpu", "figures_cpu")}
               for name, results in runs.items()}
    for name, median in medians.items():
        print(f"{name:18s} median of {rounds}: articles {median['articles_cpu']:.2f} s, figures {median['figures_cpu']:.2f} s")
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("folder")
    dumping.add_argument("out")
    replaying = commands.add_parser("replay")
    replaying.add_argument("docs")
    replaying.add_argument("--rounds", type=int, default=3)
    replaying.add_argument("--articles", help="an article index template file (its `template` part is used)")
    replaying.add_argument("--figures", help="a figures index template file (its `template` part is used)")
    comparing = commands.add_parser("compare")
    comparing.add_argument("docs")
    comparing.add_argument("--variants", default="base,bands_keyword", help=f"from: {', '.join(VARIANTS)}")
    comparing.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(dump(args.folder, args.out), "documents")
    elif args.command == "compare":
        compare(args.docs, args.rounds, args.variants.split(","))
    else:
        replay(args.docs, args.rounds, args.articles, args.figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
