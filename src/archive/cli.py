"""The `archive` command: a thin layer that parses options and calls one function each."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any
from collections.abc import Callable

from archive.config import ElasticSettings
from archive.query import FilterError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}
REPO = Path(__file__).resolve().parents[2]
SAMPLE_DIR = REPO / "samples"


def command(name: str) -> Callable:
    def register(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = func
        return func
    return register


def _client():
    from archive.io import elastic

    settings = ElasticSettings.from_env()
    return elastic.connect(settings), settings


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# -- local node -------------------------------------------------------------------------


@command("es")
def es_command(args: argparse.Namespace) -> int:
    """Start, stop or show the local Elasticsearch node."""
    from archive.io.es_node import LocalNode, NodeError

    node = LocalNode()
    try:
        print({"start": node.start, "stop": node.stop, "status": node.status}[args.action]())
    except NodeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


@command("setup")
def setup_command(args: argparse.Namespace) -> int:
    """Create the index template, the first index behind the alias and the dead-letter index."""
    from archive.io import elastic

    es, settings = _client()
    target = elastic.ensure_archive(es, settings)
    print(f"alias {settings.alias} → {target}; dead letters in {settings.dead_letter_index}")
    return 0


# -- pipeline ---------------------------------------------------------------------------


@command("extract")
def extract_command(args: argparse.Namespace) -> int:
    """Print the articles of each source as JSON lines, without touching Elasticsearch."""
    from archive.ingest import read_sources
    from archive.pipeline import default_pipeline
    from archive.text.errors import SourceError

    pipeline = default_pipeline()
    sources, letters, skipped = read_sources(args.sources, allow_hosts=args.allow_host)
    for path in skipped:
        print(f"skipped: {path} (not a news file type)", file=sys.stderr)
    status = 0
    for letter in letters:
        print(f"error: {letter.location}: {letter.reason}", file=sys.stderr)
        status = 2
    for source in sources:
        try:
            result = pipeline.process(source)
        except SourceError as error:
            print(f"error: {source.location}: {error.reason}", file=sys.stderr)
            status = 2
            continue
        for failure in result.failures:
            print(f"error: {source.location}: article {failure.article.title!r}: {failure.error}", file=sys.stderr)
            status = 2
        for article in result.articles:
            data = article.to_dict()
            print(json.dumps(data, ensure_ascii=False, indent=2 if args.format == "json" else None, default=str))
    return status


@command("ingest")
def ingest_command(args: argparse.Namespace) -> int:
    """Read, process and index files, folders and URLs; failures go to the dead-letter store."""
    from archive.ingest import ingest
    from archive.io.deadletters import needs_fix
    from archive.pipeline import default_pipeline

    es, settings = _client()
    from archive.versions import ArchiveMismatch

    try:
        report = ingest(args.sources, pipeline=default_pipeline(), es=es, settings=settings,
                        allow_hosts=args.allow_host, workers=args.workers,
                        allow_vocabulary_change=getattr(args, "allow_vocabulary_change", False),
                        published=getattr(args, "published", None))
    except ArchiveMismatch as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    counts = report.counts()
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    if report.skipped:
        print(f"skipped {len(report.skipped)} file(s) that are not news file types (ARCHIVE_INGEST_SUFFIXES): "
              + ", ".join(report.skipped[:20]) + (" …" if len(report.skipped) > 20 else ""))
    for letter in report.failures:
        print(f"failed: {letter.id} {letter.location} [{letter.stage}] {letter.reason}", file=sys.stderr)
        fix = needs_fix(letter.error_type, letter.location)
        if fix:
            print(f"    needs a fix: {fix}", file=sys.stderr)
    return 0 if not report.failures else 2


@command("search")
def search_command(args: argparse.Namespace) -> int:
    """Search the archive by text and facets; print hits (or JSON / CSV)."""
    from archive.io import elastic
    from archive.pipeline import default_pipeline
    from archive.query import search_body
    from archive.text.script import to_simplified

    pipeline = default_pipeline()
    filters, notes = _filters(args, pipeline.vocabulary)
    simplified = to_simplified(args.text) if args.text else None
    words = pipeline.segmenter.cut(simplified) if simplified else []
    es, settings = _client()
    collapse = getattr(args, "stories", False)
    body = search_body(args.text, words, filters, size=args.size, simplified=simplified, stories=collapse)
    if collapse:
        return _print_stories(elastic.search_stories(es, settings.alias, body), args.json)
    total, hits = elastic.search_articles(es, settings.alias, body)
    if args.json:
        _print_json({"total": total, "matched": notes, "hits": hits})
        return 0
    if args.csv:
        write_hits_csv(hits)
        return 0
    for note in notes:
        print(f"matched {note}")
    more = ", --size N for more" if total > len(hits) else ""
    print(f"showing {len(hits)} of {total} article(s){more}")
    for hit in hits:
        _print_hit(hit)
    return 0


def _print_hit(hit: dict[str, Any], indent: str = "  ") -> None:
    city = "/".join(hit.get("venue_city") or []) or "-"
    money = f"  ¥{hit['money_total']:,.0f}" if hit.get("money_total") else ""
    day = hit.get("timeline_date") or hit.get("published") or "----------"
    estimated = "~" if hit.get("date_source") in ("estimated", "ingested") else " "
    print(f"{indent}{day}{estimated} {pad(city, 12)}{hit['title']}{money}")
    print(f"{indent}    {hit['source']['location']}")


def _print_stories(found: dict[str, Any], as_json: bool) -> int:
    """Collapsed hits → one line per story and its copies (or JSON)."""
    if as_json:
        _print_json(found)
        return 0
    print(f"{found['stories']} story(ies) in {found['total']} article(s)  (~ = estimated date)")
    for hit in found["hits"]:
        copies = hit.get("copies") or []
        _print_hit(hit)
        if len(copies) > 1:
            print(f"      {len(copies)} copies:")
            for copy in copies:
                mark = "*" if copy.get("story_primary") else " "
                print(f"       {mark} {copy.get('title') or '(no title)'}  {copy['source']['location']}")
    return 0


HIT_COLUMNS = ("id", "published", "title", "venue_city", "venue_county", "groups_served", "programme_types",
               "money_total", "source")


def write_hits_csv(hits: list[dict[str, Any]]) -> None:
    """Search hits → CSV on stdout, one row a hit (lists joined with |, the source by its location)."""
    writer = csv.DictWriter(sys.stdout, fieldnames=HIT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for hit in hits:
        row = {key: "|".join(value) if isinstance(value, list) else value for key, value in hit.items()}
        row["source"] = (hit.get("source") or {}).get("location")
        writer.writerow(row)


@command("stats")
def stats_command(args: argparse.Namespace) -> int:
    """Articles (and summed figures) per city, county, province, group or programme."""
    from archive.io import elastic
    from archive.query import FIGURE_FACETS, figure_sums_body, merge_figure_sums, stats_body, stats_rows, stats_summary

    from archive.pipeline import default_pipeline

    pipeline = default_pipeline()
    filters, notes = _filters(args, pipeline.vocabulary)
    es, settings = _client()
    body = stats_body(args.by, filters, sum_of=args.sum, count=getattr(args, "count", None) or "articles")
    response = elastic.facet_stats(es, settings.alias, body)
    rows = stats_rows(response, args.sum)
    summary = stats_summary(response, args.sum)
    if args.sum and args.by in FIGURE_FACETS:  # figures summed where each belongs (README "Money where it belongs")
        figures = elastic.figures_index(settings.alias)
        rows = merge_figure_sums(rows, elastic.facet_stats(es, figures, figure_sums_body(args.by, filters, args.sum)), args.sum)
        notes.append(f"{args.sum}: each figure summed once, under the {args.by} it is attributed to")
    if not (args.json or args.csv):
        for note in notes:
            print(f"matched {note}")
    if args.by in ("group", "programme") and not (args.json or args.csv):
        rows = [{**row, "label": pipeline.labels.get(row["key"])} for row in rows]
    write_rows(rows, args.by, args.sum, "json" if args.json else "csv" if args.csv else "table")
    if not (args.json or args.csv):
        totals = [f"{summary['left_out_not_news']} article(s) flagged not news left out (no title, spam, navigation)"]
        if args.sum:
            totals.append(f"{args.sum} summed once per story, from its primary copy "
                          f"({summary['copies_not_summed']} copy(ies) not summed)")
        print("; ".join(totals))
    return 0


def write_rows(rows: list[dict[str, Any]], by: str, sum_of: str | None, fmt: str) -> None:
    """Rows → stdout as a table, CSV or JSON."""
    if fmt == "json":
        _print_json(rows)
        return
    columns = ["key", "articles"] + (["stories"] if rows and "stories" in rows[0] else []) + ([sum_of] if sum_of else [])
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        return
    with_stories = "stories" in columns
    header = pad(by, 34) + f"{'articles':>9}" + (f"{'stories':>9}" if with_stories else "") + (f"{sum_of:>16}" if sum_of else "")
    print(header)
    for row in rows:
        key = f"{row['key']} {row['label']}" if row.get("label") else str(row["key"])
        line = pad(key, 34) + f"{row['articles']:>9}" + (f"{row['stories']:>9}" if with_stories else "")
        if sum_of:
            line += f"{row[sum_of]:>16,.0f}"
        print(line)


def pad(text: str, width: int) -> str:
    """Left-align text in a terminal column; CJK characters take two cells."""
    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - cells)


def _filters(args: argparse.Namespace, vocabulary):
    """The facet options → filters on indexed values, and what each typed value matched."""
    from archive.query import Filters, resolve_filters

    typed = Filters(city=args.city, county=args.county, province=args.province, group=args.group,
                    programme=args.programme, date_from=getattr(args, "date_from", None),
                    date_to=getattr(args, "date_to", None))
    return resolve_filters(typed, vocabulary)


@command("demo")
def demo_command(args: argparse.Namespace) -> int:
    """Ingest the bundled sample pages and show what analysts can now find."""
    if not SAMPLE_DIR.is_dir():  # the samples ship with the repository, not with the package
        print(f"archive demo: no sample pages at {SAMPLE_DIR}; run it from a checkout (make demo)", file=sys.stderr)
        return 2
    samples = sorted(str(p) for p in SAMPLE_DIR.iterdir() if p.is_file() and not p.name.startswith("."))
    print(f"$ archive ingest {' '.join(samples)}")
    ingest_command(argparse.Namespace(sources=samples, allow_host=[], workers=os.cpu_count() or 1, published=None))
    base = {"city": None, "county": None, "province": None, "group": None, "programme": None,
            "date_from": None, "date_to": None, "json": False, "csv": False, "size": 5}
    for title, text, extra in [
        ("Articles whose programmes happen in 宁波 (typed as the paper's short name 甬)", None, {"city": "甬"}),
        ("A word search: 快递", "快递", {}),
        ("Simplified text finds a traditional-script page: 新就业形态劳动者", "新就业形态劳动者", {}),
        ("宁波市 programmes for couriers (typed 快递员, a trigger word)", None, {"city": "宁波市", "group": "快递员"}),
        ("Articles cut from the bundled newspaper PDF page, found by city: 温州市", None, {"city": "温州市"}),
    ]:
        print(f"\n== {title}")
        search_command(argparse.Namespace(text=text, **{**base, **extra}))
    for by, sum_of in (("city", "money"), ("programme", None)):
        print(f"\n== Articles{' and money' if sum_of else ''} per {by}")
        stats_command(argparse.Namespace(by=by, sum=sum_of, count="articles", **base))
    return 0


# -- operations -------------------------------------------------------------------------


@command("dead-letters")
def dead_letters_command(args: argparse.Namespace) -> int:
    """List the documents that failed; retry or discard them by id (or --all)."""
    from archive.io.deadletters import DeadLetterStore, needs_fix

    es, settings = _client()
    store = DeadLetterStore(es, settings.dead_letter_index)
    if args.action == "list":
        records = list(store.open_letters())
        for record in records:
            fix = needs_fix(record.get("error_type", ""), record["location"])
            print(f"{record['id']}  {record['failed_at']}  [{record['stage']}] {record['location']}: "
                  f"{record['reason'][:200]}  (attempts {record['attempts']})" + (f"\n    needs a fix: {fix}" if fix else ""))
        print(f"{len(records)} open dead letter(s)")
        return 0
    if bool(args.ids) == args.all:
        print("error: name the dead letter ids (from `archive dead-letters list`) or --all", file=sys.stderr)
        return 1
    if args.action == "discard":
        ids = args.ids or [letter["id"] for letter in store.open_letters()]
        unknown = [letter_id for letter_id in ids if not store.discard(letter_id)]
        for letter_id in unknown:
            print(f"error: no dead letter {letter_id}", file=sys.stderr)
        print(f"discarded {len(ids) - len(unknown)} dead letter(s)")
        return 2 if unknown else 0
    from archive.ingest import direct_steps
    from archive.operations import retry_dead_letters
    from archive.pipeline import default_pipeline

    steps = direct_steps(pipeline=default_pipeline(), es=es, settings=settings, allow_hosts=args.allow_host)
    retried = retry_dead_letters(steps, store, args.ids or None)
    print(" ".join(f"{k}={v}" for k, v in retried.report.counts().items()))
    for letter in retried.report.failures:
        print(f"failed: {letter.id} {letter.location} [{letter.stage}] {letter.reason}", file=sys.stderr)
        fix = needs_fix(letter.error_type, letter.location)
        if fix:
            print(f"    needs a fix: {fix}", file=sys.stderr)
    for record, fix in retried.needs_fix:
        print(f"left alone: {record['id']} {record['location']}: {fix}")
    for letter_id in retried.unknown:
        print(f"error: no dead letter {letter_id}", file=sys.stderr)
    for moved in retried.moved:
        print(f"moved to {moved}")
    return 2 if retried.failed else 0


@command("delete")
def delete_command(args: argparse.Namespace) -> int:
    """Take a source's articles (or one article) out of the archive and close its dead letters."""
    from archive.operations import delete_source

    es, settings = _client()
    if bool(args.source) == bool(args.id):
        print("error: name a SOURCE (key, URL or path) or --id ARTICLE_ID", file=sys.stderr)
        return 1
    report = delete_source(es, settings, source=args.source, article_id=args.id, dry_run=args.dry_run)
    for title in report.titles:
        print(f"  {title}")
    if args.dry_run:
        print(f"would delete {report.matched} article(s) from {settings.alias} (dry run)")
    else:
        print(f"deleted {report.deleted} article(s) from {settings.alias}; closed {report.letters_closed} dead letter(s)")
    return 0 if report.matched else 2


@command("status")
def status_command(args: argparse.Namespace) -> int:
    """Show the alias, its index version, the vocabulary it was built with, documents and dead letters."""
    from archive.pipeline import folder_fingerprint
    from archive.config import vocabulary_dir
    from archive.versions import archive_status

    es, settings = _client()
    status = archive_status(es, settings)
    mine = folder_fingerprint(vocabulary_dir())
    recorded = status.vocabulary
    if args.json:
        _print_json({"alias": status.alias, "index": status.index, "version": status.version,
                     "vocabulary_fingerprint": recorded.fingerprint, "vocabulary_dir": recorded.folder or None,
                     "vocabulary_mixed": list(recorded.mixed), "documents": status.documents,
                     "open_dead_letters": status.open_dead_letters, "versions": status.versions,
                     "this_process_vocabulary": mine})
        return 0
    print(f"alias       {status.alias} → {status.index or '(none: run archive setup)'} (version {status.version})")
    print(f"vocabulary  {(recorded.fingerprint or '(not recorded yet)')[:12]} from "
          f"{recorded.folder or 'the packaged vocabulary'}"
          + (f"; also mixed in: {', '.join(f[:12] for f in recorded.mixed)}" if recorded.mixed else ""))
    same = recorded.fingerprint in (None, mine)
    print(f"this process {mine[:12]} from {vocabulary_dir() or 'the packaged vocabulary'}"
          + ("" if same else "  ← differs: ingests refuse until ARCHIVE_VOCABULARY_DIR matches"))
    print(f"documents   {status.documents}")
    print(f"dead letters {status.open_dead_letters} open")
    print(f"versions    {', '.join(status.versions) or '-'}")
    return 0


@command("vocabulary-updated")
def vocabulary_updated_command(args: argparse.Namespace) -> int:
    """Send archive.vocabulary.updated with where the new vocabulary is: the served reprocess uses exactly it."""
    from archive.events import emit_vocabulary_updated

    folder = args.folder and str(Path(args.folder).resolve())
    if folder and not Path(folder).is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 1
    event = emit_vocabulary_updated(note=args.note, vocabulary_dir=folder, date_from=args.date_from,
                                    date_to=args.date_to, source=args.source)
    print(f"vocabulary {folder or '(the packaged one)'} → event {event}")
    return 0


@command("kibana")
def kibana_command(args: argparse.Namespace) -> int:
    """Import the data view, saved searches and dashboard (kibana/news.ndjson) into Kibana."""
    from archive.io.kibana_client import KibanaError, KibanaSettings, import_saved_objects
    from archive.kibana import for_alias, ndjson_file

    settings = KibanaSettings.from_env(url=args.url)
    path = Path(args.file) if args.file else ndjson_file()
    try:
        ndjson = for_alias(path.read_text(encoding="utf-8"), ElasticSettings.from_env().alias)
        report = import_saved_objects(ndjson.encode("utf-8"), settings, timeout=args.timeout,
                                      report=lambda line: print(line, file=sys.stderr, flush=True))
    except (KibanaError, OSError) as error:  # OSError: the NDJSON file is missing or unreadable
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"imported {path} into {settings.url}: {report.success_count} object(s), "
          f"{len(report.created)} created, {len(report.replaced)} replaced, {len(report.errors)} error(s)")
    for label, items in (("created", report.created), ("replaced", report.replaced), ("error", report.errors)):
        for item in items:
            print(f"  {label}: {item}", file=sys.stderr if label == "error" else sys.stdout)
    return 0 if report.success and not report.errors else 1


@command("reprocess")
def reprocess_command(args: argparse.Namespace) -> int:
    """Re-enrich stored articles into a new index version and move the alias (no refetch)."""
    from archive.operations import direct_reprocess_steps, reprocess
    from archive.pipeline import default_pipeline

    from archive.pipeline import pipeline_for
    from archive.versions import vocabulary_of

    es, settings = _client()
    pipeline = pipeline_for(str(Path(args.vocabulary).resolve())) if args.vocabulary else default_pipeline()
    report = reprocess(es, settings, direct_reprocess_steps(es, settings, pipeline), vocabulary=vocabulary_of(pipeline),
                       date_from=args.date_from, date_to=args.date_to,
                       source=args.source)
    print(f"alias {settings.alias}: {report.old_index} → {report.new_index}; "
          + " ".join(f"{k}={v}" for k, v in report.counts().items()))
    return 2 if report.failures else 0


# -- orchestration (Prefect) ------------------------------------------------------------


@command("serve")
def serve_command(args: argparse.Namespace) -> int:
    """Serve the Prefect deployments (flows/deployments.py); starts a local server unless PREFECT_API_URL is set."""
    from flows.server import serve_with_local_server

    return serve_with_local_server()


@command("submit")
def submit_command(args: argparse.Namespace) -> int:
    """Send an archive.source.received event per file or URL: the served ingest deployment takes it."""
    from archive.events import emit_source_received

    for location in args.sources:
        print(f"{location} → event {emit_source_received(location)}")
    return 0


@command("watch")
def watch_command(args: argparse.Namespace) -> int:
    """Poll the inbox folder and send an archive.source.received event for each new file."""
    from archive.events import watch_inbox

    watch_inbox(args.folder, interval=args.interval)
    return 0


def iso_day(text: str) -> str:
    """A YYYY-MM-DD option value → itself, or an argparse error."""
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="archive", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    es = sub.add_parser("es", help=es_command.__doc__)
    es.add_argument("action", choices=["start", "stop", "status"])
    sub.add_parser("setup", help=setup_command.__doc__)

    for name, func in (("extract", extract_command), ("ingest", ingest_command)):
        p = sub.add_parser(name, help=func.__doc__)
        p.add_argument("sources", nargs="+", help="files, folders or http(s) URLs")
        p.add_argument("--allow-host", action="append", default=[],
                       help="fetch from this private/loopback host anyway (repeatable)")
        if name == "extract":
            p.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
        else:  # jieba and enrichment are CPU-bound Python: one worker process per core
            p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                           help="processes for the CPU stages (default: one per core)")
            p.add_argument("--allow-vocabulary-change", action="store_true",
                           help="ingest even though the index was built with another vocabulary (recorded)")
            p.add_argument("--published", type=iso_day, metavar="YYYY-MM-DD",
                           help="the date of these pages when you know it (used where none is printed)")

    def facet_options(p: argparse.ArgumentParser) -> None:
        for facet in ("city", "county", "province", "group", "programme"):
            p.add_argument(f"--{facet}")
        p.add_argument("--from", dest="date_from", help="published on or after (2023-01-01, 2023/01/01, 2023年1月, 2023)")
        p.add_argument("--to", dest="date_to", help="published on or before (same forms; a month means its last day)")

    search = sub.add_parser("search", help=search_command.__doc__)
    search.add_argument("text", nargs="?")
    facet_options(search)
    search.add_argument("--size", type=int, default=10)
    hit_format = search.add_mutually_exclusive_group()
    hit_format.add_argument("--json", action="store_true")
    hit_format.add_argument("--csv", action="store_true")
    search.add_argument("--stories", action="store_true", help="one hit per story, with its copies")

    stats = sub.add_parser("stats", help=stats_command.__doc__)
    stats.add_argument("--by", required=True, choices=["city", "county", "province", "group", "programme",
                                                       "flag", "newspaper"])
    stats.add_argument("--sum", choices=["money", "people", "items"])
    stats.add_argument("--count", choices=["articles", "stories"], default="articles",
                       help="stories: also count distinct stories (copies of one report once)")
    facet_options(stats)
    fmt = stats.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    sub.add_parser("demo", help=demo_command.__doc__)
    dl = sub.add_parser("dead-letters", help=dead_letters_command.__doc__)
    dl.add_argument("action", choices=["list", "retry", "discard"])
    dl.add_argument("ids", nargs="*", help="dead letter ids (the first column of `list`)")
    dl.add_argument("--all", action="store_true", help="every open dead letter (retry leaves those that need a fix)")
    dl.add_argument("--allow-host", action="append", default=[],
                    help="retry: fetch from this private/loopback host anyway (repeatable)")
    delete = sub.add_parser("delete", help=delete_command.__doc__)
    delete.add_argument("source", nargs="?", help="a source key (sha256:…), URL or the path it was read from")
    delete.add_argument("--id", help="one article id instead of a whole source")
    delete.add_argument("--dry-run", action="store_true", help="show what would be deleted, delete nothing")
    status = sub.add_parser("status", help=status_command.__doc__)
    status.add_argument("--json", action="store_true")
    vocab = sub.add_parser("vocabulary-updated", help=vocabulary_updated_command.__doc__)
    vocab.add_argument("folder", nargs="?", help="the new vocabulary folder (default: the packaged one)")
    vocab.add_argument("--note", default="", help="why (shown as the reprocess run's reason)")
    vocab.add_argument("--from", dest="date_from", help="re-enrich only articles published on or after")
    vocab.add_argument("--to", dest="date_to", help="… on or before")
    vocab.add_argument("--source", help="re-enrich only this source")
    kibana = sub.add_parser("kibana", help=kibana_command.__doc__)
    kibana_actions = kibana.add_subparsers(dest="action", required=True)
    kibana_import = kibana_actions.add_parser("import", help=kibana_command.__doc__)
    kibana_import.add_argument("--url", help="Kibana URL (default: $KIBANA_URL or http://127.0.0.1:5601)")
    kibana_import.add_argument("--file", help="NDJSON to import (default: kibana/news.ndjson)")
    kibana_import.add_argument("--timeout", type=float, help="seconds to wait for Kibana's core "
                                                             "(default: $KIBANA_WAIT_SECONDS or 60)")

    rp = sub.add_parser("reprocess", help=reprocess_command.__doc__)
    rp.add_argument("--from", dest="date_from", help="articles published on or after (YYYY-MM-DD)")
    rp.add_argument("--to", dest="date_to", help="articles published on or before (YYYY-MM-DD)")
    rp.add_argument("--source", help="a source key (sha256:…, URL) or the location it was read from")
    rp.add_argument("--vocabulary", help="enrich with this vocabulary folder (default: ARCHIVE_VOCABULARY_DIR or "
                                         "the packaged one); the new version records it")
    sub.add_parser("serve", help=serve_command.__doc__)
    submit = sub.add_parser("submit", help=submit_command.__doc__)
    submit.add_argument("sources", nargs="+", help="files or http(s) URLs")
    watch = sub.add_parser("watch", help=watch_command.__doc__)
    watch.add_argument("--folder", help="the inbox folder (default $ARCHIVE_INBOX or <cache>/inbox)")
    watch.add_argument("--interval", type=float, default=0.5, help="seconds between looks")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `archive extract … | head`
        sys.stderr.close()
        return 0
    except FilterError as error:  # a date in no known form: one line, not a traceback
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        from archive.io.elastic import ElasticError, explain

        if type(error).__module__.startswith(("elasticsearch", "elastic_transport")):
            error = explain(error, ElasticSettings.from_env())  # any command: a message, not a traceback
        if isinstance(error, ElasticError):
            print(f"error: {error}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
