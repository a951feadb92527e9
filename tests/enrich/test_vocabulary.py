import ast
import shutil
from pathlib import Path

from archive.enrich import enrich_article
from archive.evaluate import Score, score_record
from archive.model import Article
from archive.vocabulary import DATA_DIR, load_vocabulary

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
