"""Limits: defaults, and NEWSFACTS_* settings read once, a bad value named with its fix."""

from __future__ import annotations

import pytest

from newsfacts.errors import ConfigError
from newsfacts.ingest.limits import GIB, MAX_ARTICLE_BYTES, MIB, Limits, env_name


def test_limits_defaults_without_settings() -> None:
    assert Limits.from_env({}) == Limits()
    assert Limits().article_bytes == MAX_ARTICLE_BYTES


@pytest.mark.parametrize(
    ("settings", "field", "value"),
    [
        ({"NEWSFACTS_MAX_ARTICLE_BYTES": "5000"}, "article_bytes", 5000),
        ({"NEWSFACTS_MAX_ARTICLE_BYTES": "50M"}, "article_bytes", 50 * MIB),
        ({"NEWSFACTS_MAX_INPUT_BYTES": "2GiB"}, "input_bytes", 2 * GIB),
        ({"NEWSFACTS_MAX_INPUT_BYTES": " 1.5k "}, "input_bytes", 1536),
        ({"NEWSFACTS_MAX_GZIP_RATIO": "500"}, "gzip_ratio", 500.0),
        ({"NEWSFACTS_URL_TIMEOUT": "2.5"}, "url_timeout", 2.5),
        ({"NEWSFACTS_URL_REDIRECTS": "0"}, "url_redirects", 0),
        ({"NEWSFACTS_URL_TIMEOUT": "  "}, "url_timeout", Limits().url_timeout),
    ],
)
def test_limits_from_env(settings: dict[str, str], field: str, value: float) -> None:
    assert getattr(Limits.from_env(settings), field) == value


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("NEWSFACTS_MAX_ARTICLE_BYTES", "lots"),
        ("NEWSFACTS_MAX_ARTICLE_BYTES", "0"),
        ("NEWSFACTS_MAX_GZIP_RATIO", "-3"),
        ("NEWSFACTS_URL_TIMEOUT", "soon"),
        ("NEWSFACTS_URL_REDIRECTS", "2.5"),
    ],
)
def test_limits_bad_setting_names_itself(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name) as info:
        Limits.from_env({name: value})
    assert "expected" in str(info.value)


def test_env_names() -> None:
    assert env_name("article_bytes") == "NEWSFACTS_MAX_ARTICLE_BYTES"
    assert env_name("url_deadline") == "NEWSFACTS_URL_DEADLINE"
