"""`archive kibana import` against a local HTTP stub that plays Kibana: it records every request."""

from __future__ import annotations

import base64
import json
import threading
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from archive import cli
from archive.io.kibana_client import ImportReport, KibanaClient, KibanaError, KibanaSettings, import_report
from tests.conftest import REPO

NDJSON = REPO / "kibana" / "news.ndjson"
AVAILABLE = {"status": {"overall": {"level": "available"}}}
STARTING = {"status": {"overall": {"level": "unavailable"}}}
IMPORTED = {
    "success": False,
    "successCount": 2,
    "successResults": [
        {"type": "index-pattern", "id": "news", "meta": {"title": "news"}, "overwrite": True},
        {"type": "dashboard", "id": "union-services-dashboard", "meta": {"title": "工会服务档案"}},
    ],
    "errors": [{"type": "lens", "id": "news-money-by-city", "meta": {"title": "各城市金额(元)"},
                "error": {"type": "unsupported_type"}}],
}


class KibanaStub:
    """Answers from scripted (status, body) queues per path; the last answer repeats."""

    def __init__(self, status_answers, import_answers):
        self.answers = {"/api/status": list(status_answers), "/api/saved_objects/_import": list(import_answers)}
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self._answer(b"")

            def do_POST(self):
                self._answer(self.rfile.read(int(self.headers.get("Content-Length", 0))))

            def _answer(self, body):
                url = urlsplit(self.path)
                stub.requests.append({"method": self.command, "path": url.path, "query": parse_qs(url.query),
                                      "headers": dict(self.headers), "body": body})
                queue = stub.answers[url.path]
                status, payload = queue.pop(0) if len(queue) > 1 else queue[0]
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def calls(self, path):
        return [r for r in self.requests if r["path"] == path]


def multipart_files(request: dict) -> dict[str, tuple[str, bytes]]:
    """A recorded multipart/form-data request → {field name: (filename, content)}."""
    head = f"Content-Type: {request['headers']['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=email_policy).parsebytes(head + request["body"])
    return {part.get_param("name", header="content-disposition"): (part.get_filename(), part.get_payload(decode=True))
            for part in message.iter_parts()}


@pytest.fixture
def no_kibana_env(monkeypatch):
    for name in ("KIBANA_URL", "KIBANA_USERNAME", "KIBANA_PASSWORD", "KIBANA_API_KEY", "ELASTICSEARCH_USERNAME",
                 "ELASTICSEARCH_PASSWORD", "KIBANA_API_KEY_BLOCK", "KIBANA_PASSWORD_BLOCK", "KIBANA_WAIT_SECONDS",
                 "ARCHIVE_INDEX_PREFIX"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def quick_client(url: str, **settings) -> KibanaClient:
    return KibanaClient(KibanaSettings(url=url, **settings), timeout=5, interval=0.01)


def test_the_import_waits_through_503s_then_posts_the_ndjson_as_a_multipart_file(no_kibana_env):
    no_kibana_env.setenv("KIBANA_USERNAME", "analyst")
    no_kibana_env.setenv("KIBANA_PASSWORD", "s3cret")
    with KibanaStub([(503, STARTING), (503, STARTING), (200, AVAILABLE)], [(200, IMPORTED)]) as stub:
        no_kibana_env.setenv("KIBANA_URL", stub.url)
        client = KibanaClient(KibanaSettings.from_env(), timeout=5, interval=0.01)
        client.wait_until_ready()
        report = client.import_ndjson(NDJSON.read_bytes())
    assert [(r["method"], r["path"]) for r in stub.requests] == [("GET", "/api/status")] * 3 + [
        ("POST", "/api/saved_objects/_import")]
    (post,) = stub.calls("/api/saved_objects/_import")
    assert post["query"] == {"overwrite": ["true"]}
    assert post["headers"]["kbn-xsrf"] == "true"
    assert post["headers"]["Authorization"] == "Basic " + base64.b64encode(b"analyst:s3cret").decode()
    assert post["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert multipart_files(post) == {"file": ("news.ndjson", NDJSON.read_bytes())}
    assert report == ImportReport(
        success=False, success_count=2, created=["dashboard:union-services-dashboard 工会服务档案"],
        replaced=["index-pattern:news news"],
        errors=["lens:news-money-by-city 各城市金额(元): unsupported_type"])


def test_an_import_answered_503_is_posted_again_until_kibana_takes_it(no_kibana_env):
    done = {"success": True, "successCount": 1, "successResults": [{"type": "index-pattern", "id": "news"}]}
    with KibanaStub([(200, AVAILABLE)], [(503, {}), (503, {}), (200, done)]) as stub:
        report = quick_client(stub.url).import_ndjson(b'{"type":"index-pattern"}\n')
    assert len(stub.calls("/api/saved_objects/_import")) == 3
    assert (report.success, report.created, report.replaced, report.errors) == (True, ["index-pattern:news"], [], [])


def test_a_kibana_that_never_becomes_available_fails_within_the_time_allowed(no_kibana_env):
    with KibanaStub([(503, STARTING)], [(200, IMPORTED)]) as stub:
        client = KibanaClient(KibanaSettings(url=stub.url), timeout=0.3, interval=0.05)
        with pytest.raises(KibanaError, match="was not ready within 0.3s: HTTP 503"):
            client.wait_until_ready()
    assert 2 <= len(stub.calls("/api/status")) <= 10
    assert stub.calls("/api/saved_objects/_import") == []


def test_rejected_credentials_stop_at_once_with_a_message_naming_the_variables(no_kibana_env):
    with KibanaStub([(401, {"statusCode": 401})], [(200, IMPORTED)]) as stub:
        with pytest.raises(KibanaError, match="KIBANA_USERNAME/KIBANA_PASSWORD"):
            quick_client(stub.url, username="x", password="y").wait_until_ready()
    assert len(stub.calls("/api/status")) == 1


def test_an_api_key_goes_in_the_authorization_header(no_kibana_env):
    with KibanaStub([(200, AVAILABLE)], [(200, IMPORTED)]) as stub:
        quick_client(stub.url, api_key="a2V5").import_ndjson(b"{}\n")
    assert stub.requests[0]["headers"]["Authorization"] == "ApiKey a2V5"


def test_settings_fall_back_to_the_elasticsearch_credentials_and_the_default_url(no_kibana_env):
    no_kibana_env.setenv("ELASTICSEARCH_USERNAME", "elastic")
    no_kibana_env.setenv("ELASTICSEARCH_PASSWORD", "pw")
    settings = KibanaSettings.from_env()
    assert (settings.url, settings.auth(), settings.api_key) == ("http://127.0.0.1:5601", ("elastic", "pw"), None)
    no_kibana_env.setenv("KIBANA_USERNAME", "kib")
    no_kibana_env.setenv("KIBANA_PASSWORD", "kpw")
    assert KibanaSettings.from_env(url="http://kibana:5601/").auth() == ("kib", "kpw")
    assert KibanaSettings.from_env(url="http://kibana:5601/").url == "http://kibana:5601"
    assert "kpw" not in repr(KibanaSettings.from_env())


def test_an_error_without_a_message_is_reported_with_its_details():
    report = import_report({"success": False, "successCount": 0, "errors": [
        {"type": "lens", "id": "x", "title": "图", "error": {"type": "missing_references",
                                                              "references": [{"type": "index-pattern", "id": "n"}]}}]})
    assert report.errors == ["lens:x 图: missing_references (references=[{'type': 'index-pattern', 'id': 'n'}])"]


def test_the_cli_imports_the_committed_file_and_lists_what_it_did(no_kibana_env, capsys):
    with KibanaStub([(200, AVAILABLE)], [(200, IMPORTED)]) as stub:
        status = cli.main(["kibana", "import", "--url", stub.url, "--timeout", "5"])
    out, err = capsys.readouterr()
    (post,) = stub.calls("/api/saved_objects/_import")
    assert multipart_files(post)["file"][1] == NDJSON.read_bytes()
    assert status == 1  # the stub reported an error
    assert out.splitlines() == [
        f"imported {NDJSON} into {stub.url}: 2 object(s), 1 created, 1 replaced, 1 error(s)",
        "  created: dashboard:union-services-dashboard 工会服务档案",
        "  replaced: index-pattern:news news",
    ]
    assert err.splitlines() == [f"waiting for Kibana's core at {stub.url}/api/status (up to 5s)",
                                "  error: lens:news-money-by-city 各城市金额(元): unsupported_type"]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_where_nothing_listens_the_import_says_what_it_waits_for_and_fails_within_the_time_given(no_kibana_env,
                                                                                                 capsys):
    import time

    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    no_kibana_env.setenv("KIBANA_WAIT_SECONDS", "1.5")
    assert cli.main(["kibana", "import", "--url", url]) == 1
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"waiting for Kibana's core at {url}/api/status (up to 1.5s)"
    assert err[1] == f"waiting for Kibana at {url}: cannot connect (ConnectionError); retrying for up to 1.5s"
    assert err[-1].startswith(f"error: Kibana at {url} was not ready within 1.5s: cannot connect")


def test_a_degraded_plugin_does_not_hold_the_import_when_the_core_is_available(no_kibana_env):
    full = {"status": {"overall": {"level": "degraded"},
                       "core": {"elasticsearch": {"level": "available"}, "savedObjects": {"level": "available"}},
                       "plugins": {"alerting": {"level": "degraded"}}}}
    core_down = {"status": {"overall": {"level": "degraded"},
                            "core": {"elasticsearch": {"level": "available"}, "savedObjects": {"level": "unavailable"}}}}
    with KibanaStub([(200, core_down), (200, full)], [(200, IMPORTED)]) as stub:
        quick_client(stub.url).wait_until_ready()
    assert len(stub.calls("/api/status")) == 2


def test_the_objects_follow_the_index_prefix_and_every_reference_resolves():
    import json

    from archive.kibana import for_alias

    objects = [json.loads(line) for line in for_alias(NDJSON.read_text(encoding="utf-8"), "test-x-news").splitlines()]
    ids = {obj["id"] for obj in objects}
    assert all(obj["id"].startswith("test-x-") for obj in objects)
    assert all(ref["id"] in ids for obj in objects for ref in obj.get("references", []))
    views = [(obj["id"], obj["attributes"]["title"]) for obj in objects if obj["type"] == "index-pattern"]
    assert views == [("test-x-news", "test-x-news"), ("test-x-news-figures", "test-x-news-figures")]
    assert for_alias(NDJSON.read_text(encoding="utf-8"), "news") == NDJSON.read_text(encoding="utf-8")


def test_lens_objects_carry_no_stale_indexpattern_datasource():
    import json

    objects = [json.loads(line) for line in NDJSON.read_text(encoding="utf-8").splitlines()]
    lens = [obj for obj in objects if obj["type"] == "lens"]
    assert lens and all("indexpattern" not in obj["attributes"]["state"]["datasourceStates"] for obj in lens)


def test_a_password_may_come_from_a_prefect_secret_block(no_kibana_env, monkeypatch):
    from archive.io import kibana_client

    monkeypatch.setattr(kibana_client, "secret_block", lambda name: {"kibana-pw": "from-block"}[name])
    no_kibana_env.setenv("KIBANA_USERNAME", "kib")
    no_kibana_env.setenv("KIBANA_PASSWORD_BLOCK", "kibana-pw")
    assert KibanaSettings.from_env().auth() == ("kib", "from-block")
