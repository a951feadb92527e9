"""The union news archive: Chinese trade-union news → clean, enriched, searchable articles.

Stages (pure, no I/O): ``archive.text`` (decode, clean, split, segment) and
``archive.enrich`` (places, organisations, people, labels, figures), joined by
``archive.pipeline``. Adapters for files, HTTP and Elasticsearch live in ``archive.io``.
"""

__version__ = "0.1.0"

# Bumped whenever a change to the stages changes what a document contains; documents
# indexed by an older pipeline version are re-processed on the next run.
PIPELINE_VERSION = "1"
