"""What the node spends indexing the same documents: a bulk replay with its CPU measured.

``python -m bench.node_cost dump FOLDER DOCS.jsonl`` builds the stored documents of a corpus
folder once (the pipeline in this process, story fields as a fresh ingest writes them).
``python -m bench.node_cost replay DOCS.jsonl [--rounds N] [--articles T.json] [--figures T.json]``
writes them into fresh indices (``<alias>-v9xx`` and its figures index, from the templates, or from
the given template files) and prints the node's CPU seconds for the articles and for their figure
documents, each round. Point ELASTICSEARCH_URL at a node of your own (``LocalNode(port=…).start()``):
on a shared node every other client's work is counted too. Mapping changes are compared by it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
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


def replay(docs_path: str, rounds: int, articles: str | None, figures: str | None) -> list[dict[str, Any]]:
    import orjson

    from archive.config import ElasticSettings
    from archive.io import elastic

    settings = ElasticSettings.from_env()
    es = elastic.connect(settings, request_timeout=120)
    documents = [orjson.loads(line) for line in Path(docs_path).read_bytes().splitlines()]
    alias = settings.alias
    article_template = elastic.article_template(alias)
    figure_template = elastic.figures_template(alias)
    if articles:
        article_template["template"] = json.loads(Path(articles).read_text())["template"]
    if figures:
        figure_template["template"] = json.loads(Path(figures).read_text())["template"]
    results = []
    for number in range(rounds):
        index = f"{alias}-v{900 + number}"
        elastic.delete_index_pair(es, index)
        es.indices.create(index=index, **article_template["template"])
        es.indices.create(index=elastic.figures_index(index), **figure_template["template"])
        start = _settled_cpu()
        indexer = elastic.BulkIndexer(es, index)
        indexer._has_figures = False  # articles alone first
        result = indexer._bulk(documents)
        es.indices.refresh(index=index)
        after_articles = _settled_cpu()
        figure_docs = [figure for doc in documents for figure in elastic.figure_sources(doc)]
        elastic.BulkIndexer(es, elastic.figures_index(index))._bulk(figure_docs)
        es.indices.refresh(index=elastic.figures_index(index))
        after_figures = _settled_cpu()
        stats = es.indices.stats(index=f"{index},{elastic.figures_index(index)}", metric="store")["indices"]
        results.append({"articles": len(documents), "indexed": result.indexed, "figures": len(figure_docs),
                        "articles_cpu": round(after_articles - start - 1.0 * 0, 2),
                        "figures_cpu": round(after_figures - after_articles, 2),
                        "store_mb": {name: round(s["primaries"]["store"]["size_in_bytes"] / 1e6, 1) for name, s in stats.items()}})
        print(json.dumps(results[-1]), flush=True)
        elastic.delete_index_pair(es, index)
    return results


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
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(dump(args.folder, args.out), "documents")
    else:
        replay(args.docs, args.rounds, args.articles, args.figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
