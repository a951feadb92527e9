"""Kibana adapter: wait until Kibana is ready, then post an NDJSON file to the saved objects
import API and report what was created, replaced or refused.

Settings come from the environment: KIBANA_URL (default http://127.0.0.1:5601), KIBANA_API_KEY,
or KIBANA_USERNAME/KIBANA_PASSWORD falling back to ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable

import requests

DEFAULT_URL = "http://127.0.0.1:5601"
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
        env = os.environ
        username = env.get("KIBANA_USERNAME") or None
        password = env.get("KIBANA_PASSWORD") if username else None
        if not username:
            username = env.get("ELASTICSEARCH_USERNAME") or None
            password = env.get("ELASTICSEARCH_PASSWORD")
        return cls(url=(url or env.get("KIBANA_URL") or DEFAULT_URL).rstrip("/"),
                   api_key=env.get("KIBANA_API_KEY") or None, username=username, password=password)

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
    """Talks to one Kibana; every call retries while Kibana is starting, up to ``timeout`` seconds."""

    def __init__(self, settings: KibanaSettings, timeout: float = 300, interval: float = 5,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.settings = settings
        self.timeout = timeout
        self.interval = interval
        self.sleep = sleep
        self.clock = clock

    def _request(self, method: str, path: str, deadline: float, **kwargs: Any) -> requests.Response:
        """One request, repeated on connection errors and 502/503/504 until the deadline."""
        while True:
            try:
                response = requests.request(method, self.settings.url + path, headers=self.settings.headers(),
                                            auth=self.settings.auth(), timeout=60, **kwargs)
                if response.status_code not in RETRY_STATUSES:
                    return response
                problem = f"HTTP {response.status_code}"
            except (requests.ConnectionError, requests.Timeout) as error:
                problem = f"cannot connect ({type(error).__name__})"
            if self.clock() + self.interval > deadline:
                raise KibanaError(f"Kibana at {self.settings.url} not ready after {self.timeout:.0f}s: {problem}")
            self.sleep(self.interval)

    def wait_until_ready(self) -> None:
        """Return once GET /api/status says the overall level is "available"."""
        deadline = self.clock() + self.timeout
        while True:
            response = self._request("GET", "/api/status", deadline)
            self._raise_for_auth(response)
            level = _overall_level(response)
            if level == "available":
                return
            if self.clock() + self.interval > deadline:
                raise KibanaError(f"Kibana at {self.settings.url} not available after {self.timeout:.0f}s "
                                  f"(status level {level!r})")
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


def _overall_level(response: requests.Response) -> str | None:
    try:
        return response.json()["status"]["overall"]["level"]
    except (ValueError, KeyError, TypeError):
        return None


def import_saved_objects(ndjson: bytes, settings: KibanaSettings, timeout: float = 300) -> ImportReport:
    """Wait for Kibana, then import the file (objects with the same ids are replaced)."""
    client = KibanaClient(settings, timeout=timeout)
    client.wait_until_ready()
    return client.import_ndjson(ndjson)
