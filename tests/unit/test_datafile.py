"""One loader for every data file: the package's YAML files refuse misspelt keys, missing keys,
wrong types and empty cue words at load time, naming the file and the key."""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from archive.datafile import DataFileError, read_table
from archive.text.html import cues_from_mapping
from archive.text.pdf_rules import PdfRuleFile, load_rules


def _pdf_yaml() -> dict:
    return yaml.safe_load(files("archive.text").joinpath("pdf.yaml").read_text(encoding="utf-8"))


def test_the_pdf_rules_load_and_a_misspelt_key_is_refused_with_its_name(tmp_path):
    assert load_rules().page_label("第03版：要闻") is not None
    data = _pdf_yaml()
    data["captions"] = data.pop("caption")
    bad = tmp_path / "pdf.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match=f"{bad}: unknown key 'captions'"):
        load_rules(str(bad))


def test_a_count_given_as_text_is_refused():
    data = _pdf_yaml() | {"notice_min_hits": "3"}
    with pytest.raises(DataFileError, match="key 'notice_min_hits': expected int"):
        read_table(PdfRuleFile, data, "pdf.yaml")


def test_an_empty_cue_word_or_an_empty_cue_list_is_refused():
    data = yaml.safe_load(files("archive.text").joinpath("html.yaml").read_text(encoding="utf-8"))
    with pytest.raises(DataFileError, match="key 'tail_starts': an empty string"):
        cues_from_mapping({**data, "tail_starts": ["责任编辑", ""]})
    with pytest.raises(DataFileError, match="key 'tail_starts': expected a non-empty list"):
        cues_from_mapping({**data, "tail_starts": []})
