"""Configuration comes from the environment; unsafe production settings stop the start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from isoko.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 30 + "production-secret-key-for-tests-only-0123456789"


def run_check(**env):
    unset = {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "ISOKO_ENV", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"DEBUG": "1", "SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "isoko.gov.bi"}, "DEBUG is on"),
        ({"ALLOWED_HOSTS": "isoko.gov.bi"}, "SECRET_KEY is empty or the development key"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "isoko.gov.bi"}, "shorter than 50"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS is empty"),
    ],
)
def test_production_refuses_to_start_with_unsafe_settings(env, reason):
    result = run_check(ISOKO_ENV="production", **env)
    assert result.returncode != 0
    assert "Refusing to start in production" in result.stderr and reason in result.stderr


def test_production_settings_pass_the_deployment_checks_without_warning():
    result = run_check(ISOKO_ENV="production", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="isoko.gov.bi")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_malformed_environment_values_are_refused_with_their_name(monkeypatch):
    monkeypatch.setenv("DEBUG", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG")
    monkeypatch.setenv("WORKERS", "three")
    with pytest.raises(ImproperlyConfigured, match="WORKERS"):
        env_int("WORKERS", 2)
    monkeypatch.setenv("HOSTS", "a.bi, b.bi,,")
    assert env_list("HOSTS", []) == ["a.bi", "b.bi"]
