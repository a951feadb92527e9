"""A corpus of bad inputs, all in one batch: each becomes a clean article, a flagged one or a
dead letter with a reason; none crashes the run; no damaged number becomes a figure.

The expectations live in tests/data/bad/cases.yaml; big or served cases are made here."""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from archive.ingest import process_sources, read_sources
from tests.conftest import DATA
from tests.loopback import serving

BAD = DATA / "bad"
CASES = yaml.safe_load((BAD / "cases.yaml").read_text(encoding="utf-8"))["cases"]
PAGE = (BAD / "clean_control.txt").read_text(encoding="utf-8")


def case_id(case: dict) -> str:
    return case.get("file") or case["generate"]


# -- inputs made at test time ------------------------------------------------------------------


def html_50mb(folder: Path) -> str:
    path = folder / "html_50mb.html"
    paragraph = "<p>" + PAGE.splitlines()[2] + "</p>\n"
    with open(path, "w", encoding="utf-8") as out:
        out.write("<!DOCTYPE html><html><head><meta charset='utf-8'><title>宁波工会</title></head><body>\n")
        chunk = paragraph * 1000
        while out.tell() < 50 * 1024 * 1024:
            out.write(chunk)
        out.write("</body></html>\n")
    return str(path)


def long_line(folder: Path) -> str:
    path = folder / "long_line.txt"
    sentence = "日前,宁波市总工会为500名快递小哥送去新春礼包。"
    line = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    path.write_text(f"宁波工会送温暖到一线\n\n本报讯 记者张浩呈报道 {line}\n", encoding="utf-8")
    return str(path)


def gzip_bomb(folder: Path) -> str:
    path = folder / "page.html.gz"
    with gzip.open(path, "wb") as out:  # about 30 kB on disk
        chunk = b" " * (1024 * 1024)
        for _ in range(30):
            out.write(chunk)
    return str(path)


def gzipped_page() -> bytes:
    """A page gzipped, for a server that sends it with no Content-Encoding header (a misconfigured site)."""
    body = "".join(f"<p>{line}</p>" for line in PAGE.splitlines()[1:] if line)
    page = f"<html><head><meta charset='utf-8'><title>宁波工会送温暖到一线</title></head><body>{body}</body></html>"
    return gzip.compress(page.encode("utf-8"))


# -- one batch for all cases -------------------------------------------------------------------


@dataclass
class Outcome:
    documents: list[dict] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def batch(pipeline, tmp_path_factory):
    """Every case read and processed in one batch → {case id: Outcome}."""
    folder = tmp_path_factory.mktemp("bad-generated")
    with serving(gzipped_page(), "text/html; charset=utf-8", "/news/2023/page.html") as url:
        generated = {"html_50mb": html_50mb(folder), "long_line": long_line(folder),
                     "gzip_without_content_encoding": url, "gzip_bomb": gzip_bomb(folder)}
        locations = {case_id(c): generated[c["generate"]] if "generate" in c else str(BAD / c["file"]) for c in CASES}
        sources, letters, _ = read_sources(list(locations.values()), allow_hosts=["127.0.0.1"])
        processed = process_sources(pipeline, sources)  # must complete: nothing may crash the batch
    by_location = {location: Outcome() for location in locations.values()}
    for letter in letters + processed.failures:
        by_location[letter.location].reasons.append(letter.reason)
    for document in processed.documents:
        by_location[document["source"]["location"]].documents.append(document)
    return {name: by_location[location] for name, location in locations.items()}, processed


def test_the_corpus_covers_at_least_twenty_kinds_of_bad_input():
    assert len({c["kind"] for c in CASES}) >= 20
    assert {c["expected"] for c in CASES} == {"clean", "flagged", "dead_letter"}
    committed = {p.name for p in BAD.iterdir() if p.suffix != ".yaml"}
    assert committed == {c["file"] for c in CASES if "file" in c}


def test_every_case_ends_as_exactly_one_kind_of_outcome(batch):
    outcomes, _ = batch
    for name, outcome in outcomes.items():
        assert bool(outcome.documents) != bool(outcome.reasons), f"{name}: {outcome}"


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_bad_input_has_its_expected_outcome(case, batch, request):
    if case.get("known_issue"):
        request.applymarker(pytest.mark.xfail(reason=case["known_issue"], strict=True))
    outcome = batch[0][case_id(case)]
    if case["expected"] == "dead_letter":
        assert outcome.documents == []
        assert any(case["reason"] in reason for reason in outcome.reasons), outcome.reasons
        return
    assert outcome.reasons == [] and outcome.documents
    flags = {flag for doc in outcome.documents for flag in doc["quality_flags"]}
    if case["expected"] == "flagged":
        assert case["flag"] in flags
    else:
        assert flags <= {"published_from_url"}, flags
    body = "\n".join(doc["title"] + "\n" + doc["body"] for doc in outcome.documents)
    if "contains" in case:
        assert case["contains"] in body
    if "lacks" in case:
        assert case["lacks"] not in body
    if "articles" in case:
        assert len(outcome.documents) == case["articles"]
    if case.get("paragraphs_once"):
        paragraphs = [p for doc in outcome.documents for p in doc["body"].split("\n")]
        assert len(paragraphs) == len(set(paragraphs))


def test_no_damaged_number_becomes_a_figure(batch):
    _, processed = batch
    figures = [f for doc in processed.documents for f in doc.get("figures") or []]
    assert figures  # the clean cases do have figures
    damaged = [f for f in figures if "?" in f["text"] or "？" in f["text"]]
    insane = [f for f in figures if not (math.isfinite(f["value"]) and 0 < f["value"] < 1e10)]
    assert damaged == [] and insane == []


def test_a_number_glued_to_an_image_url_is_not_read_as_a_figure(batch):
    outcome = batch[0]["numbers_glued_to_image_urls.txt"]
    values = sorted(f["value"] for doc in outcome.documents for f in doc["figures"])
    assert values == [500.0, 1200.0, 300000.0]
