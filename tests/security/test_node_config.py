"""A node can read its own copy of the distribution's config, so its keystore is its own."""

from __future__ import annotations

import pytest

from archive.io.es_node import LocalNode, NodeError

pytestmark = pytest.mark.es  # needs the unpacked distribution (fetched with the local node)


def test_a_node_config_dir_is_a_copy_of_the_distribution_config(tmp_path):
    node = LocalNode(name="unit-config", port=9399, config_dir=tmp_path / "config")
    config = node.prepare_config()
    assert config == tmp_path / "config"
    assert sorted(p.name for p in config.glob("*.yml")) == sorted(p.name for p in (node.home / "config").glob("*.yml"))
    assert (config / "jvm.options").exists()


def test_without_a_config_dir_the_node_uses_the_distribution_config_and_refuses_keystore_edits():
    node = LocalNode(name="unit-config", port=9399)
    assert node.prepare_config() == node.home / "config"
    with pytest.raises(NodeError, match="config_dir"):
        node.keystore_add("bootstrap.password", "x")
