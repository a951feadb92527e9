"""Typed, frozen tables for the vocabulary's YAML files: a parsed YAML mapping → a frozen dataclass.

``read_table(cls, data, source)`` checks the mapping against the dataclass's fields at load
time: an unknown key (a misspelling), a missing required key or a value of the wrong type
raises ``VocabularyError`` naming the file and the key, so no cue list silently becomes empty.
Field types understood: ``str``, ``int``, ``float``, ``bool``, ``re.Pattern`` (a regex string,
compiled here), ``tuple[T, ...]`` (a YAML list), ``dict[str, T]`` (a YAML mapping) and nested
table dataclasses.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class VocabularyError(ValueError):
    """A vocabulary file does not match its table (unknown key, missing key, wrong type)."""


def read_table(cls: type[T], data: Any, source: str) -> T:
    """A YAML mapping → the frozen table ``cls``; raises VocabularyError naming file and key."""
    if not isinstance(data, dict):
        raise VocabularyError(f"{source}: expected a mapping of keys, found {type(data).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields), key=str)
    if unknown:
        raise VocabularyError(f"{source}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(fields))})")
    hints = typing.get_type_hints(cls)
    values = {}
    for name, spec in fields.items():
        if name not in data:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                raise VocabularyError(f"{source}: missing key {name!r}")
            continue
        values[name] = _convert(data[name], hints[name], f"{source}: key {name!r}")
    return cls(**values)


def _convert(value: Any, kind: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        if value is None:
            return ()
        if not isinstance(value, list):
            raise VocabularyError(f"{where}: expected a list, found {type(value).__name__} {value!r}")
        return tuple(_convert(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        _, item = typing.get_args(kind)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise VocabularyError(f"{where}: expected a mapping, found {type(value).__name__} {value!r}")
        return {str(k): _convert(v, item, f"{where}.{k}") for k, v in value.items()}
    if kind is re.Pattern:
        if not isinstance(value, str):
            raise VocabularyError(f"{where}: expected a regex string, found {type(value).__name__} {value!r}")
        try:
            return re.compile(value)
        except re.error as error:
            raise VocabularyError(f"{where}: not a valid regex ({error})") from None
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return read_table(kind, value, where)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind in (str, int, float, bool) and (type(value) is not kind):
        raise VocabularyError(f"{where}: expected {kind.__name__}, found {type(value).__name__} {value!r}")
    return value


@dataclass(frozen=True)
class Label:
    """One facet value (groups_served.yaml, programme_types.yaml): id, Chinese label, and the
    wording that triggers it (see ``archive.enrich.labels`` for how each field is read)."""

    id: str
    label: str
    triggers: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    not_in: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelCues:
    """labels.yaml: the context cues of the label rules (each key documented in the file)."""

    recipient_cues: tuple[str, ...]
    participant_cues: tuple[str, ...]
    perk_cues: tuple[str, ...]
    prize_cues: tuple[str, ...]
    cue_not_in: tuple[str, ...]
    story_cues: tuple[str, ...]
    story_min: int
    other_actors: tuple[str, ...]
    funders: tuple[str, ...]
    union_words: tuple[str, ...]
    actor_verbs: re.Pattern
    speech_verbs: re.Pattern
    wish_cues: re.Pattern
    guest_cues: tuple[str, ...]
    agent_after: re.Pattern
    agent_blockers: tuple[str, ...]
    object_marks: tuple[str, ...]
    provider_marks: re.Pattern
    provider_leads: tuple[str, ...]
    predicate_triggers: tuple[str, ...]
    name_after: re.Pattern
    min_cjk_share: float
    generic_statement: re.Pattern
    long_quote_min: int
    link_cues: tuple[str, ...]


@dataclass(frozen=True)
class FigureTables:
    """figures.yaml: units, qualifiers and the cue words of the figure rules."""

    units: dict[str, tuple[str, ...]]
    not_counted_after: tuple[str, ...]
    not_counted_before: tuple[str, ...]
    counted_despite: tuple[str, ...]
    case_units: tuple[str, ...]
    case_words: tuple[str, ...]
    population_words: tuple[str, ...]
    population_verbs: tuple[str, ...]
    qualifiers_before: dict[str, tuple[str, ...]]
    qualifiers_after: dict[str, tuple[str, ...]]
    per_unit_before: dict[str, tuple[str, ...]]
    per_unit_after: dict[str, tuple[str, ...]]
    cumulative_cues: tuple[str, ...]
    part_cues: tuple[str, ...]
    unit_not_before: dict[str, tuple[str, ...]]
    money_nouns: tuple[str, ...]
    name_words: tuple[str, ...]
    range_marks: tuple[str, ...]
    batch_marks: tuple[str, ...]
    enumeration_cues: tuple[str, ...]
    enumeration_ends: tuple[str, ...]
    noun_function_chars: str
    noun_end_chars: str
    noun_before_trim: tuple[str, ...]
    generic_units: tuple[str, ...]
    round_magnitudes: str
    formula_numerals: str
    formula_units: str
    formula_min: int


@dataclass(frozen=True)
class OrganisationTables:
    """organisations.yaml: name suffixes, brands and the words that bound a name."""

    union_suffixes: tuple[str, ...]
    abbreviated_union_suffixes: tuple[str, ...]
    abbreviated_not_before: tuple[str, ...]
    enterprise_suffixes: tuple[str, ...]
    government_suffixes: tuple[str, ...]
    suffix_not_before: tuple[str, ...]
    brands: tuple[str, ...]
    left_stops: tuple[str, ...]
    legal_suffixes: tuple[str, ...]
    bare_names: tuple[str, ...]
    determiners: tuple[str, ...]
    level_words: tuple[str, ...]
    ownerless_union_suffixes: tuple[str, ...]
    owner_endings: tuple[str, ...]
    company_union_suffixes: tuple[str, ...]
    country_prefixes: tuple[str, ...]


@dataclass(frozen=True)
class PeopleTables:
    """people.yaml: role words and surnames of people named in the text."""

    roles: tuple[str, ...]
    surnames: str
    double_surnames: tuple[str, ...]
    name_stops: str
    name_not_before: tuple[str, ...]
