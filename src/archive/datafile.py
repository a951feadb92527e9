"""Data files → typed, frozen tables: one loader for every YAML file the package reads.

``read_table(cls, data, source)`` checks a parsed YAML mapping against the dataclass ``cls`` at
load time: an unknown key (a misspelling), a missing required key or a value of the wrong type
raises ``DataFileError`` naming the file and the key, so no cue list silently becomes empty.
Field types understood: ``str``, ``int``, ``float``, ``bool``, ``re.Pattern`` (a regex string,
compiled here), ``tuple[T, ...]`` (a YAML list), ``dict[str, T]`` (a YAML mapping) and nested
table dataclasses. Used by the vocabulary (``archive.vocabulary.tables``) and the text stages'
cue files (headlines.yaml, html.yaml, pdf.yaml).
"""

from __future__ import annotations

import dataclasses
import re
import typing
from importlib.resources import files
from typing import Any, TypeVar

import yaml

T = TypeVar("T")


class DataFileError(ValueError):
    """A data file does not match its table (unknown key, missing key, wrong type)."""


def read_yaml(package: str, name: str, path: str | None = None) -> tuple[Any, str]:
    """The YAML file ``name`` in ``package`` (or the file at ``path``) → its parsed data and the name errors give."""
    source = open(path, encoding="utf-8") if path else files(package).joinpath(name).open(encoding="utf-8")
    with source as fh:
        return yaml.safe_load(fh), path or name


def load_table(cls: type[T], package: str, name: str, path: str | None = None) -> T:
    """The YAML file ``name`` in ``package`` (or the file at ``path``) → the frozen table ``cls``."""
    data, source = read_yaml(package, name, path)
    return read_table(cls, data, source)


def read_table(cls: type[T], data: Any, source: str) -> T:
    """A YAML mapping → the frozen table ``cls``; raises DataFileError naming file and key."""
    if not isinstance(data, dict):
        raise DataFileError(f"{source}: expected a mapping of keys, found {type(data).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields), key=str)
    if unknown:
        raise DataFileError(f"{source}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(fields))})")
    hints = typing.get_type_hints(cls)
    values = {}
    for name, spec in fields.items():
        if name not in data:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                raise DataFileError(f"{source}: missing key {name!r}")
            continue
        values[name] = _convert(data[name], hints[name], f"{source}: key {name!r}")
    try:
        return cls(**values)
    except DataFileError as error:  # a table's own check of its values (Sense.within)
        raise DataFileError(f"{source}: {error}") from None


def _convert(value: Any, kind: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        if value is None:
            return ()
        if not isinstance(value, list):
            raise DataFileError(f"{where}: expected a list, found {type(value).__name__} {value!r}")
        if item is str and "" in value:  # an empty cue word would match everywhere
            raise DataFileError(f"{where}: an empty string in the list")
        return tuple(_convert(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        _, item = typing.get_args(kind)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise DataFileError(f"{where}: expected a mapping, found {type(value).__name__} {value!r}")
        return {str(k): _convert(v, item, f"{where}.{k}") for k, v in value.items()}
    if kind is re.Pattern:
        if not isinstance(value, str):
            raise DataFileError(f"{where}: expected a regex string, found {type(value).__name__} {value!r}")
        try:
            return re.compile(value)
        except re.error as error:
            raise DataFileError(f"{where}: not a valid regex ({error})") from None
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return read_table(kind, value, where)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind in (str, int, float, bool) and (type(value) is not kind):
        raise DataFileError(f"{where}: expected {kind.__name__}, found {type(value).__name__} {value!r}")
    return value
