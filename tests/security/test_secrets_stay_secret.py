"""Credentials come from the environment and never show up in a repr, a log line or an error."""

from __future__ import annotations

import logging

import pytest
from elastic_transport import ConnectionError as TransportConnectionError

from archive.config import ElasticSettings
from archive.io import elastic

PASSWORD = "pw-Do-Not-Print-7731"
API_KEY = "a2V5LURvLU5vdC1QcmludC05OTQy"


@pytest.fixture
def secret_env(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ELASTICSEARCH_USERNAME", "elastic")
    monkeypatch.setenv("ELASTICSEARCH_PASSWORD", PASSWORD)
    monkeypatch.setenv("ELASTICSEARCH_API_KEY", API_KEY)
    return ElasticSettings.from_env()


def test_settings_are_read_from_the_environment(secret_env):
    assert (secret_env.url, secret_env.username, secret_env.password, secret_env.api_key) == (
        "http://127.0.0.1:9", "elastic", PASSWORD, API_KEY)


def test_the_settings_repr_and_str_hold_neither_password_nor_api_key(secret_env):
    for text in (repr(secret_env), str(secret_env), f"{secret_env}"):
        assert PASSWORD not in text and API_KEY not in text
    assert repr(secret_env).endswith("auth=api_key)")


def test_explained_errors_name_the_cluster_but_no_secret(secret_env):
    class Rejected(Exception):
        status_code = 401

    for error in (Rejected(f"Authorization: Basic {PASSWORD}"), TransportConnectionError("refused")):
        message = str(elastic.explain(error, secret_env))
        assert "http://127.0.0.1:9" in message
        assert PASSWORD not in message and API_KEY not in message


def test_a_failed_connection_logs_no_secret(secret_env, caplog):
    es = elastic.connect(secret_env, max_retries=0, request_timeout=2)
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(Exception) as raised:
            es.indices.exists(index="news")
        message = str(elastic.explain(raised.value, secret_env))
    assert "cannot reach Elasticsearch" in message
    logged = caplog.text + message + repr(raised.value)
    assert PASSWORD not in logged and API_KEY not in logged
