"""Kibana adapter: wait until Kibana is ready, then post an NDJSON file to the saved objects
import API and report what was created, replaced or refused.

Settings come from the environment (archive.config.kibana_environment): KIBANA_URL (default
http://127.0.0.1:5601), KIBANA_API_KEY, or KIBANA_USERNAME/KIBANA_PASSWORD falling back to
ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD; a key or password may instead live in a Prefect
Secret block named by KIBANA_API_KEY_BLOCK / KIBANA_PASSWORD_BLOCK.

Readiness is Kibana's core (Elasticsearch and saved objects), not every plugin: one degraded plugin
(alerting often is) must not stop the setup. Each wait says what it waits for and gives up after
KIBANA_WAIT_SECONDS (default 60) with a message naming the URL and the last problem.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable

import requests

DEFAULT_URL = "http://127.0.0.1:5601"
DEFAULT_WAIT = 60.0
CONNECT_TIMEOUT = 5.0  # an address where nothing answers must not hold a request for a minute
# Kibana answers 503 while it starts or migrates its saved objects index.
RETRY_STATUSES = {502, 503, 504}


class KibanaError(RuntimeError):
    """Kibana refused the import or did not become ready; the message says what to check."""


@dataclass(frozen=True)
class KibanaSettings:
    url: str = DEFAULT_URL
    api_key: str | None = None
    username: str | None = None
    password: str | None = None

    @classmethod
    def from_env(cls, url: str | None = None) -> KibanaSettings:
        from archive.config import kibana_environment

        env = kibana_environment()
        username = env["KIBANA_USERNAME"]
        password = env["KIBANA_PASSWORD"] if username else None
        if username and not password and env["KIBANA_PASSWORD_BLOCK"]:
            password = secret_block(env["KIBANA_PASSWORD_BLOCK"])
        if not username:
            username = env["ELASTICSEARCH_USERNAME"]
            password = env["ELASTICSEARCH_PASSWORD"]
        api_key = env["KIBANA_API_KEY"] or (secret_block(env["KIBANA_API_KEY_BLOCK"]) if env["KIBANA_API_KEY_BLOCK"]
                                            else None)
        return cls(url=(url or env["KIBANA_URL"] or DEFAULT_URL).rstrip("/"), api_key=api_key, username=username,
                   password=password)

    def headers(self) -> dict[str, str]:
        """Headers every request carries (the import API refuses writes without kbn-xsrf)."""
        headers = {"kbn-xsrf": "true"}
        if self.api_key:
            headers["Authorization"] = f"ApiKey {self.api_key}"
        return headers

    def auth(self) -> tuple[str, str] | None:
        return (self.username, self.password or "") if self.username and not self.api_key else None

    def __repr__(self) -> str:  # never print secrets
        return f"KibanaSettings(url={self.url!r}, auth={'api_key' if self.api_key else 'basic' if self.username else 'none'})"


def secret_block(name: str) -> str:
    """A Prefect Secret block's value (credentials kept encrypted by the Prefect server)."""
    from prefect.blocks.system import Secret

    try:
        block: Any = Secret.load(name)  # sync in a plain process
        return str(block.get())
    except ValueError as error:  # no such block
        raise KibanaError(f"no Prefect Secret block {name!r}: create it (Secret(value=…).save({name!r})) "
                          "or set the credential itself") from error


def wait_seconds() -> float:
    """KIBANA_WAIT_SECONDS (default 60): how long the import waits for Kibana."""
    from archive.config import kibana_environment

    return float(kibana_environment()["KIBANA_WAIT_SECONDS"] or DEFAULT_WAIT)


@dataclass
class ImportReport:
    """What one import did, per object."""

    success: bool
    success_count: int
    created: list[str] = field(default_factory=list)  # "type:id title"
    replaced: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def describe(item: dict[str, Any]) -> str:
    title = (item.get("meta") or {}).get("title") or item.get("title") or ""
    return f"{item.get('type')}:{item.get('id')} {title}".strip()


def import_report(response: dict[str, Any]) -> ImportReport:
    """The import API's JSON → created/replaced/error lines."""
    report = ImportReport(success=bool(response.get("success")), success_count=int(response.get("successCount", 0)))
    for item in response.get("successResults") or []:
        # Kibana marks an object that existed and was overwritten with "overwrite": true.
        (report.replaced if item.get("overwrite") else report.created).append(describe(item))
    for item in response.get("errors") or []:
        error = item.get("error") or {}
        detail = error.get("message") or error.get("reason") or ", ".join(
            f"{k}={v}" for k, v in error.items() if k != "type")
        report.errors.append(f"{describe(item)}: {error.get('type', 'error')}{f' ({detail})' if detail else ''}")
    return report


class KibanaClient:
    """Talks to one Kibana; every call retries while Kibana is starting, up to ``timeout`` seconds,
    telling ``report`` (a line printer) what it waits for whenever that changes."""

    def __init__(self, settings: KibanaSettings, timeout: float = DEFAULT_WAIT, interval: float = 5,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 report: Callable[[str], None] = lambda line: None):
        self.settings = settings
        self.timeout = timeout
        self.interval = interval
        self.sleep = sleep
        self.clock = clock
        self.report = report
        self._last_said = ""

    def _say(self, line: str) -> None:
        if line != self._last_said:
            self.report(line)
            self._last_said = line

    def _request(self, method: str, path: str, deadline: float, **kwargs: Any) -> requests.Response:
        """One request, repeated on connection errors and 502/503/504 until the deadline."""
        while True:
            remaining = max(deadline - self.clock(), 0.5)
            try:
                response = requests.request(method, self.settings.url + path, headers=self.settings.headers(),
                                            auth=self.settings.auth(), timeout=(min(CONNECT_TIMEOUT, remaining), 60),
                                            **kwargs)
                if response.status_code not in RETRY_STATUSES:
                    return response
                problem = f"HTTP {response.status_code}"
            except (requests.ConnectionError, requests.Timeout) as error:
                problem = f"cannot connect ({type(error).__name__})"
            if self.clock() + self.interval > deadline:
                hint = ("is it running at that URL? KIBANA_URL / --url" if problem.startswith("cannot")
                        else "it is starting or migrating its saved objects")
                raise KibanaError(f"Kibana at {self.settings.url} was not ready within {self.timeout:g}s: {problem} "
                                  f"({hint}; wait longer with --timeout or KIBANA_WAIT_SECONDS)")
            self._say(f"waiting for Kibana at {self.settings.url}: {problem}; retrying for up to "
                      f"{self.timeout:g}s")
            self.sleep(self.interval)

    def wait_until_ready(self) -> None:
        """Return once GET /api/status says Kibana's core (Elasticsearch, saved objects) is available."""
        deadline = self.clock() + self.timeout
        self._say(f"waiting for Kibana's core at {self.settings.url}/api/status (up to {self.timeout:g}s)")
        while True:
            response = self._request("GET", "/api/status", deadline)
            self._raise_for_auth(response)
            level = core_level(response)
            if level == "available":
                return
            if self.clock() + self.interval > deadline:
                raise KibanaError(f"Kibana at {self.settings.url}: its core was not available within "
                                  f"{self.timeout:g}s (core level {level!r}); check its Elasticsearch connection")
            self._say(f"waiting for Kibana's core at {self.settings.url}: level {level!r}")
            self.sleep(self.interval)

    def import_ndjson(self, ndjson: bytes, filename: str = "news.ndjson") -> ImportReport:
        """NDJSON bytes → the import API with overwrite=true → the report."""
        response = self._request("POST", "/api/saved_objects/_import", self.clock() + self.timeout,
                                 params={"overwrite": "true"},
                                 files={"file": (filename, ndjson, "application/ndjson")})
        self._raise_for_auth(response)
        if response.status_code != 200:
            raise KibanaError(f"Kibana at {self.settings.url} refused the import "
                              f"(HTTP {response.status_code}): {response.text[:500]}")
        return import_report(response.json())

    def _raise_for_auth(self, response: requests.Response) -> None:
        if response.status_code == 401:
            raise KibanaError(f"Kibana at {self.settings.url} rejected the credentials (401): check KIBANA_API_KEY, "
                              "KIBANA_USERNAME/KIBANA_PASSWORD or ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD")
        if response.status_code == 403:
            raise KibanaError(f"Kibana at {self.settings.url}: the user may not manage saved objects (403)")


def core_level(response: requests.Response) -> str | None:
    """A status response → the level of Kibana's core: the worst of ``status.core`` (the full,
    authenticated body), else the overall level (the unauthenticated body reports the core only)."""
    order = ["available", "degraded", "unavailable", "critical"]
    try:
        status = response.json()["status"]
    except (ValueError, KeyError, TypeError):
        return None
    core = status.get("core") if isinstance(status, dict) else None
    if isinstance(core, dict) and core:
        levels = [service.get("level") for service in core.values() if isinstance(service, dict)]
        return max(levels, key=lambda level: order.index(level) if level in order else len(order), default=None)
    try:
        return status["overall"]["level"]
    except (KeyError, TypeError):
        return None


def import_saved_objects(ndjson: bytes, settings: KibanaSettings, timeout: float | None = None,
                         report: Callable[[str], None] = lambda line: None) -> ImportReport:
    """Wait for Kibana's core, then import the file (objects with the same ids are replaced)."""
    timeout = wait_seconds() if timeout is None else timeout
    client = KibanaClient(settings, timeout=timeout, interval=min(5.0, max(timeout / 10, 0.2)), report=report)
    client.wait_until_ready()
    return client.import_ndjson(ndjson)
