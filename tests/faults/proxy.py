"""A loopback HTTP proxy in front of a node that answers some bulk requests (or items) with 429."""

from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
REJECTED_ITEM = {"type": "es_rejected_execution_exception",
                 "reason": "rejected execution of coordinating operation (injected by the test proxy)"}


@dataclass
class RejectionPlan:
    """How many whole _bulk requests to refuse, then how many responses to rewrite item by item."""

    reject_requests: int = 0
    rewrite_responses: int = 0
    every_nth_item: int = 3
    bulk_requests: int = 0
    rejected_requests: int = 0
    rejected_items: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class RejectingProxy:
    """Forwards everything to ``upstream``; ``plan`` decides which bulk calls see a 429."""

    def __init__(self, upstream: str, plan: RejectionPlan):
        self.upstream = urlsplit(upstream)
        self.plan = plan
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> RejectingProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                is_bulk = self.path.split("?")[0].endswith("/_bulk")
                action = proxy._decide(is_bulk)
                if action == "reject":
                    self._reply(429, {"Content-Type": "application/json"}, json.dumps(
                        {"error": {"type": "es_rejected_execution_exception", "reason": REJECTED_ITEM["reason"]},
                         "status": 429}).encode())
                    return
                upstream = http.client.HTTPConnection(proxy.upstream.hostname, proxy.upstream.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                upstream.request(self.command, self.path, body=body or None, headers=headers)
                response = upstream.getresponse()
                data = response.read()
                reply_headers = {k: v for k, v in response.getheaders() if k.lower() not in HOP_HEADERS}
                upstream.close()
                if action == "rewrite" and response.status == 200:
                    data = proxy._reject_items(data)
                self._reply(response.status, reply_headers, data)

            def _reply(self, status: int, headers: dict, data: bytes) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

        return Handler

    def _decide(self, is_bulk: bool) -> str:
        if not is_bulk:
            return "forward"
        with self.plan.lock:
            self.plan.bulk_requests += 1
            if self.plan.rejected_requests < self.plan.reject_requests:
                self.plan.rejected_requests += 1
                return "reject"
            if self.plan.rewrite_responses > 0:
                self.plan.rewrite_responses -= 1
                return "rewrite"
        return "forward"

    def _reject_items(self, data: bytes) -> bytes:
        """Mark every nth item 429 (the node did index it: the retry must overwrite, not duplicate)."""
        response = json.loads(data)
        for number, item in enumerate(response["items"]):
            if number % self.plan.every_nth_item == 0:
                (op,) = item.values()
                op.update(status=429, error=REJECTED_ITEM)
                op.pop("result", None)
                with self.plan.lock:
                    self.plan.rejected_items += 1
        response["errors"] = True
        return json.dumps(response).encode()
