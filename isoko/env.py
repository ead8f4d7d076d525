"""Typed readers for the environment variables that configure Isôko.

A malformed value raises ImproperlyConfigured at start-up instead of being guessed at.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """The variable's value, or the content of the file named by NAME_FILE (for container secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_path!r} cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use 1/0, true/false, yes/no or on/off.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer.") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def refuse_unsafe_production(
    *, is_production, debug, secret_key, development_key, allowed_hosts, require_staff_2fa
):
    """Stop a production start with DEBUG on, no real secret key or no host names, saying why."""
    if not is_production:
        return
    problems = []
    if debug:
        problems.append("DEBUG is on (set DEBUG=0)")
    if not secret_key or secret_key == development_key:
        problems.append("SECRET_KEY is empty or the development key (set SECRET_KEY or SECRET_KEY_FILE)")
    elif len(secret_key) < 50:
        problems.append("SECRET_KEY is shorter than 50 characters")
    if not allowed_hosts:
        problems.append("ALLOWED_HOSTS is empty (set the site's host names, comma-separated)")
    if not require_staff_2fa:
        problems.append("REQUIRE_STAFF_2FA is off (reviewers and administrators must use two-step login)")
    if problems:
        raise ImproperlyConfigured("Refusing to start in production: " + "; ".join(problems) + ".")
