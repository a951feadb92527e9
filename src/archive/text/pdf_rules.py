"""pdf.yaml in → PdfRules: the furniture, caption, paper, page and notice patterns of PDF pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

FIELDS = {"header": list, "footer": list, "editor": list, "caption": list, "not_headline": list, "paper": str, "page": list,
          "notice_cues": list, "notice_min_hits": int, "min_untitled_chars": int, "min_article_chars": int}


class RulesError(ValueError):
    """pdf.yaml with an unknown key, a missing key or a value of the wrong type."""


@dataclass(frozen=True)
class PdfRules:
    header: re.Pattern
    footer: re.Pattern
    editor: re.Pattern
    caption: re.Pattern
    not_headline: re.Pattern
    paper: re.Pattern
    page: tuple[re.Pattern, ...]
    notices: re.Pattern
    notice_min_hits: int
    min_untitled_chars: int
    min_article_chars: int

    def page_label(self, text: str) -> re.Match | None:
        """Furniture text in → the first page-label match out."""
        return next((m for pattern in self.page if (m := pattern.search(text))), None)

    def is_notice(self, text: str) -> bool:
        """Text in → True when legal-notice words are dense enough that it is notices, not news."""
        hits = len(self.notices.findall(text))
        return hits >= self.notice_min_hits * max(len(text), 1) / 1000 and hits >= 2


def _checked(data: object, source: str) -> dict:
    if not isinstance(data, dict):
        raise RulesError(f"{source}: expected a mapping")
    unknown = sorted(set(data) - set(FIELDS))
    missing = sorted(set(FIELDS) - set(data))
    if unknown or missing:
        raise RulesError(f"{source}: unknown keys {unknown}, missing keys {missing}")
    for key, kind in FIELDS.items():
        value = data[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise RulesError(f"{source}: {key} must be a {kind.__name__}")
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise RulesError(f"{source}: {key} must be a list of strings")
    return data


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def load_rules(path: str | None = None) -> PdfRules:
    """pdf.yaml (or a file of the same shape) in → compiled PdfRules out; RulesError when malformed."""
    source = open(path, encoding="utf-8") if path else files("archive.text").joinpath("pdf.yaml").open(encoding="utf-8")
    with source as fh:
        data = _checked(yaml.safe_load(fh), path or "pdf.yaml")
    return PdfRules(
        header=_any(data["header"]), footer=_any(data["footer"]), editor=_any(data["editor"]),
        caption=_any(data["caption"]), not_headline=_any(data["not_headline"]), paper=re.compile(data["paper"]),
        page=tuple(re.compile(p) for p in data["page"]),
        notices=re.compile("|".join(map(re.escape, sorted(data["notice_cues"], key=len, reverse=True)))),
        notice_min_hits=data["notice_min_hits"], min_untitled_chars=data["min_untitled_chars"],
        min_article_chars=data["min_article_chars"],
    )
