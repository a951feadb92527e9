"""The deployment files agree with the code: compose services and pinned versions."""

import re
import tomllib

import yaml

from archive.config import ES_VERSION
from tests.conftest import REPO


def test_compose_runs_the_whole_stack_at_the_pinned_elasticsearch_version():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"elasticsearch", "kibana", "prefect-server", "flows", "setup"} <= set(services)
    for name in ("elasticsearch", "kibana"):
        assert services[name]["image"].endswith(f":${{ES_VERSION:-{ES_VERSION}}}")
        assert "healthcheck" in services[name]
    assert set(compose["volumes"]) == {"esdata", "kibanadata", "prefectdata", "prefectdb"}
    assert services["setup"]["depends_on"]["kibana"]["condition"] == "service_healthy"


def test_the_python_client_major_equals_the_server_major():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    client = next(d for d in deps if d.startswith("elasticsearch"))
    assert re.search(r">=(\d+)\.", client).group(1) == ES_VERSION.split(".")[0]
    assert f"<{int(ES_VERSION.split('.')[0]) + 1}" in client


def test_the_prefect_image_matches_the_pinned_prefect():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    import prefect

    assert compose["services"]["prefect-server"]["image"].startswith(f"prefecthq/prefect:{prefect.__version__}")


def test_the_prefect_server_keeps_its_state_in_postgres_not_sqlite():
    services = yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"]
    server = services["prefect-server"]
    url = server["environment"]["PREFECT_API_DATABASE_CONNECTION_URL"]
    assert url.startswith("postgresql+asyncpg://prefect:") and url.endswith("@prefect-db:5432/prefect")
    assert server["depends_on"]["prefect-db"]["condition"] == "service_healthy"
    assert services["prefect-db"]["image"].startswith("postgres:") and "healthcheck" in services["prefect-db"]


def test_the_image_compiles_the_wheel_where_a_compiler_is_and_runs_it_on_the_slim_python():
    stages = re.findall(r"^FROM (\S+)(?: AS (\S+))?", (REPO / "Dockerfile").read_text(), re.M)
    build, run = stages
    python = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    minor = re.search(r">=(\d+\.\d+)", python).group(1)
    assert build == (f"python:{minor}", "build")  # the full image carries gcc for mypyc (setup.py)
    assert run == (f"python:{minor}-slim", "")
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    import mypy.version

    assert f"mypy=={mypy.version.__version__}" in requires  # the compiler is the linted mypy
