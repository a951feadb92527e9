"""Settings read from the environment, in one place. Nothing here is computed at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# The one place the Elasticsearch version is pinned. The Python client's major must match
# (pyproject: elasticsearch>=9.5,<10); docker-compose.yml uses the same tag (a test checks).
ES_VERSION = "9.5.3"
ES_PORT = 9200


def cache_dir() -> Path:
    """Where downloads and the local node's data live: outside the work tree."""
    base = os.environ.get("ARCHIVE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "union-archive"
    )
    return Path(base)


def env_path(name: str) -> str | None:
    """A path setting (ARCHIVE_INBOX, ARCHIVE_VOCABULARY_DIR …), None when unset or empty."""
    return os.environ.get(name) or None


def inbox_setting() -> str | None:
    """$ARCHIVE_INBOX: the folder the inbox flow and `archive watch` read."""
    return env_path("ARCHIVE_INBOX")


def vocabulary_dir() -> str | None:
    """$ARCHIVE_VOCABULARY_DIR: an edited copy of the vocabulary files (None = the packaged one)."""
    return env_path("ARCHIVE_VOCABULARY_DIR")


def prefect_home() -> Path:
    """$PREFECT_HOME: where the local Prefect server `archive serve` starts keeps its database
    (default: prefect/ under the cache dir)."""
    return Path(os.environ.get("PREFECT_HOME") or cache_dir() / "prefect")


def prefect_server_port() -> int:
    """$PREFECT_SERVER_API_PORT (Prefect's own setting): the local server's port (default 4200)."""
    return count_setting("PREFECT_SERVER_API_PORT", 4200, least=1)


def prefect_api_url() -> str | None:
    """$PREFECT_API_URL: the Prefect API events go to (None = the local `archive serve` server)."""
    return os.environ.get("PREFECT_API_URL") or None


# What a folder ingest takes by default: news pages (each also as .gz); other files are skipped and reported.
NEWS_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".pdf")


def ingest_suffixes() -> tuple[str, ...]:
    """$ARCHIVE_INGEST_SUFFIXES (comma-separated, e.g. ``.txt,.html,.xml``) or NEWS_SUFFIXES:
    the file types a folder ingest takes."""
    given = os.environ.get("ARCHIVE_INGEST_SUFFIXES")
    if not given:
        return NEWS_SUFFIXES
    return tuple("." + part.strip().lower().lstrip(".") for part in given.split(",") if part.strip())


def seconds_setting(name: str, default: float) -> float:
    """A duration in seconds from $name (default when unset); a clear error when it is not a number ≥ 0."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r}: expected a number of seconds") from None
    if value < 0:
        raise ValueError(f"{name}={raw!r}: expected a number of seconds ≥ 0")
    return value


def runner_poll_seconds() -> float:
    """$ARCHIVE_RUNNER_POLL_SECONDS (default 0.5): how often `archive serve` looks for runs to start
    (Prefect's own default is 10 s, most of an event's wait to become searchable; at 1 s the
    wait averaged 0.65 s of a 1.9 s submit → searchable, at 0.5 s 0.27 s)."""
    return float(os.environ.get("ARCHIVE_RUNNER_POLL_SECONDS") or 0.5)


def warm_runs() -> bool:
    """$ARCHIVE_WARM_RUNS (default on): `archive serve` forks each run from a process with prefect, the
    flows and the pipeline loaded (flows/warm.py); 0 (or false/no/off) keeps Prefect's cold process start."""
    return os.environ.get("ARCHIVE_WARM_RUNS", "1").strip().lower() not in ("0", "false", "no", "off")


def keep_versions() -> int:
    """$ARCHIVE_KEEP_VERSIONS (default 2): index versions kept after a reprocess, the alias's included."""
    return count_setting("ARCHIVE_KEEP_VERSIONS", 2, least=1)


def kibana_environment() -> dict[str, str | None]:
    """The Kibana settings as given: URL, credentials (or the names of Prefect Secret blocks holding
    them: KIBANA_API_KEY_BLOCK, KIBANA_PASSWORD_BLOCK) and how long to wait (KIBANA_WAIT_SECONDS)."""
    names = ("KIBANA_URL", "KIBANA_API_KEY", "KIBANA_USERNAME", "KIBANA_PASSWORD", "ELASTICSEARCH_USERNAME",
             "ELASTICSEARCH_PASSWORD", "KIBANA_API_KEY_BLOCK", "KIBANA_PASSWORD_BLOCK", "KIBANA_WAIT_SECONDS")
    return {name: os.environ.get(name) or None for name in names}


def count_setting(name: str, default: int, least: int = 0) -> int:
    """A whole number from $name (default when unset); a clear error when it is not one ≥ ``least``."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < least:
        raise ValueError(f"{name}={raw!r}: expected a whole number ≥ {least}")
    return int(raw)


@dataclass(frozen=True)
class ElasticSettings:
    url: str
    api_key: str | None = None
    username: str | None = None
    password: str | None = None
    ca_certs: str | None = None
    alias: str = "news"  # analysts and the app read and write only the alias
    dead_letter_index: str = "news-dead-letters"
    # how long a request meeting connection loss, 429 or 5xx is retried: a node restart costs a pause
    retry_seconds: float = 120.0
    # index layout: one node needs one shard and no replica; a cluster sets more (README: sizing)
    shards: int = 1
    replicas: int = 0

    @classmethod
    def from_env(cls) -> ElasticSettings:
        prefix = os.environ.get("ARCHIVE_INDEX_PREFIX", "")
        return cls(
            url=os.environ.get("ELASTICSEARCH_URL", f"http://127.0.0.1:{ES_PORT}"),
            api_key=os.environ.get("ELASTICSEARCH_API_KEY") or None,
            username=os.environ.get("ELASTICSEARCH_USERNAME") or None,
            password=os.environ.get("ELASTICSEARCH_PASSWORD") or None,
            ca_certs=os.environ.get("ELASTICSEARCH_CA_CERTS") or None,
            alias=prefix + "news",
            dead_letter_index=prefix + "news-dead-letters",
            retry_seconds=seconds_setting("ARCHIVE_ES_RETRY_SECONDS", 120.0),
            shards=count_setting("ARCHIVE_INDEX_SHARDS", 1, least=1),
            replicas=count_setting("ARCHIVE_INDEX_REPLICAS", 0, least=0),
        )

    def __repr__(self) -> str:  # never print secrets
        return f"ElasticSettings(url={self.url!r}, alias={self.alias!r}, auth={'api_key' if self.api_key else 'basic' if self.username else 'none'})"


@dataclass(frozen=True)
class PdfSettings:
    """How PDF sources are read: a PDF with more pages than max_pages is refused whole (a dead letter)."""

    max_pages: int = 50

    @classmethod
    def from_env(cls) -> PdfSettings:
        return cls(max_pages=count_setting("ARCHIVE_PDF_MAX_PAGES", cls.max_pages, least=1))
