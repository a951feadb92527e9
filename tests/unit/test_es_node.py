"""The local node launcher picks a JDK that can run the pinned server."""

from pathlib import Path

from archive.io.es_node import LocalNode, find_java_home, java_major


def test_a_jdk_new_enough_for_elasticsearch_9_is_chosen(monkeypatch):
    monkeypatch.delenv("ES_JAVA_HOME", raising=False)
    home = find_java_home(9)
    assert java_major(home) >= 21


def test_es_java_home_wins_when_set(monkeypatch):
    monkeypatch.setenv("ES_JAVA_HOME", "/opt/some-jdk")
    assert find_java_home(9) == Path("/opt/some-jdk")


def test_the_node_keeps_its_data_under_the_cache_not_the_work_tree(monkeypatch, tmp_path):
    monkeypatch.setenv("ARCHIVE_CACHE", str(tmp_path))
    node = LocalNode(port=9333, name="unit")
    settings = node._settings()
    assert settings["path.data"] == str(tmp_path / "nodes" / "unit-9333" / "data")
    assert settings["network.host"] == "127.0.0.1" and settings["discovery.type"] == "single-node"
    assert node.status() == "not running"
