"""The package layout pyproject.toml cannot state: flows/, mappings/ and kibana/ stay at the top of
the repository, where the layout asks for them, and install as the packages ``flows``,
``archive.mappings`` and ``archive.kibana_objects``, so an installed archive (a wheel, a Docker
image, a Dask worker) finds its flows, index mappings and Kibana objects from any directory."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "flows", "archive.mappings", "archive.kibana_objects"],
    package_dir={"": "src", "flows": "flows", "archive.mappings": "mappings", "archive.kibana_objects": "kibana"},
)
