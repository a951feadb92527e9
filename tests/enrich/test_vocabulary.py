import ast
import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from archive.enrich import enrich_article
from archive.evaluate import Score, score_record
from archive.model import Article
from archive.vocabulary import DATA_DIR, VocabularyError, load_vocabulary

SRC = Path(__file__).resolve().parents[2] / "src" / "archive"


def test_labels_map_ids_to_chinese_for_the_index_and_kibana():
    vocabulary = load_vocabulary()
    assert (vocabulary.label("groups_served", "migrant_workers"), len(vocabulary.labels("groups_served")),
            len(vocabulary.labels("programme_types"))) == ("外来务工人员", 18, 18)


def test_domain_words_hold_terms_places_and_union_names_but_not_ordinary_words():
    words = set(load_vocabulary().domain_words())
    assert {"新就业形态", "海曙区", "海曙", "海曙区总工会", "凉山彝族自治州", "顺丰速运"} <= words
    assert {"和平", "东方"} & words == set()


def test_an_analyst_synonym_in_a_data_file_takes_effect_without_code(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path / "vocab", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = tmp_path / "vocab" / "groups_served.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("[民警, 辅警, 交警,", "[民警, 辅警, 交警, 巡特警,"), encoding="utf-8")
    article = lambda: Article("k", "file", "x", paragraphs=["近日，杭州市总工会为巡特警送去慰问品。"])
    before = enrich_article(article()).groups_served
    after = enrich_article(article(), load_vocabulary(tmp_path / "vocab")).groups_served
    assert (before, after) == ([], ["police"])


def test_the_enrich_stage_imports_no_io_frameworks():
    imported = set()
    for path in list((SRC / "enrich").glob("*.py")) + list((SRC / "vocabulary").glob("*.py")) + [SRC / "evaluate.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
    assert imported & {"prefect", "elasticsearch", "requests", "httpx"} == set()


def test_scoring_treats_a_municipality_district_with_or_without_city_alike():
    output = {"venue_places": [{"province": "北京市", "city": None, "county": "顺义区"}], "places_mentioned": [],
              "groups_served": ["police"], "programme_types": [], "figures": [{"kind": "money", "value": 2e4, "qualifier": "exact"}] * 2}
    record = {"venue_places": [{"province": "北京市", "city": "北京市", "county": "顺义区"}], "places_mentioned": [],
              "groups_served": ["police", "medical_workers"], "programme_types": [],
              "figures": [{"kind": "money", "value": 20000, "qualifier": "exact"}] * 2}
    scores = score_record(output, record)
    assert (scores["venue_full"], scores["groups_served"], scores["figures"]) == (Score(1, 1, 1), Score(1, 1, 2), Score(1, 1, 2))


def copied_vocabulary(tmp_path) -> Path:
    """The packaged YAML files copied to a folder a test may edit."""
    folder = tmp_path / "vocab"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("name, old, new, message", [
    ("labels.yaml", "recipient_cues:", "recipient_cue:", "labels.yaml: unknown key 'recipient_cue'"),
    ("figures.yaml", "population_words:", "populaton_words:", "figures.yaml: unknown key 'populaton_words'"),
    ("labels.yaml", "funders: [公司, 企业家]", "funders: 公司", "labels.yaml: key 'funders': expected a list, found str '公司'"),
    ("organisations.yaml", "brands: [", "brands: [[", "organisations.yaml: not valid YAML"),
    ("labels.yaml", "story_min: 2", "story_min: two", "labels.yaml: key 'story_min': expected int, found str 'two'"),
    ("labels.yaml", "wish_cues: '期望", "wish_cues: '(期望", "labels.yaml: key 'wish_cues': not a valid regex"),
    ("groups_served.yaml", "  triggers: [民警,", "  trigers: [民警,", "groups_served.yaml label 'police': unknown key 'trigers'"),
    ("people.yaml", "name_stops:", "#name_stops:", "people.yaml: missing key 'name_stops'"),
    ("programme_types.yaml", "{triggers: [体检, 筛查]", "{triggers: [休检, 筛查]",
     "programme_types.yaml label 'health_services': key 'senses': '休检' is not one of the label's triggers"),
    ("groups_served.yaml", "to: project_workers}", "to: project_worker}",
     "groups_served.yaml label 'construction_workers': key 'yields': 'project_worker' is no label id of this file"),
    ("groups_served.yaml", "[劳模, 劳动模范], within: sentence}", "[劳模, 劳动模范], within: paragraph}",
     "groups_served.yaml label 'skilled_talent': key 'senses'[0]: key 'within': expected one of clause, phrase, sentence"),
])
def test_a_misspelt_key_or_a_wrong_type_in_a_data_file_fails_at_load_time_naming_file_and_key(tmp_path, name, old, new, message):
    folder = copied_vocabulary(tmp_path)
    edit(folder, name, old, new)
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(folder)
    assert message in str(raised.value)


def test_the_loaded_tables_are_frozen():
    vocabulary = load_vocabulary()
    with pytest.raises(dataclasses.FrozenInstanceError):
        vocabulary.figures.money_nouns = ()  # type: ignore[misc]
    assert isinstance(vocabulary.organisations.brands, tuple) and isinstance(vocabulary.cues.wish_cues, re.Pattern)


def test_a_new_organisation_suffix_takes_effect_from_the_data_file_alone(tmp_path):
    folder = copied_vocabulary(tmp_path)
    edit(folder, "organisations.yaml", "enterprise_suffixes: [", "enterprise_suffixes: [合作社, ")
    article = lambda: Article("k", "file", "x", paragraphs=["宁波市总工会走访了宁波市海曙区丰收果蔬合作社的职工。"])
    before = [o.name for o in enrich_article(article()).organisations]
    after = [o.name for o in enrich_article(article(), load_vocabulary(folder)).organisations]
    assert (before, after) == (["宁波市总工会"], ["宁波市总工会", "宁波市海曙区丰收果蔬合作社"])


def test_a_new_figure_unit_takes_effect_from_the_data_file_alone(tmp_path):
    folder = copied_vocabulary(tmp_path)
    edit(folder, "figures.yaml", "items: [份,", "items: [吨, 份,")
    article = lambda: Article("k", "file", "x", paragraphs=["杭州市总工会为困难职工送去大米3吨。"])
    before = [(f.kind, f.value, f.unit) for f in enrich_article(article()).figures]
    after = [(f.kind, f.value, f.unit) for f in enrich_article(article(), load_vocabulary(folder)).figures]
    assert (before, after) == ([], [("items", 3, "吨")])
