"""The production image starts: its file tree, built from the Dockerfile's COPY lines, installs into a
fresh virtual environment, runs collectstatic as the Dockerfile does and serves /healthz under gunicorn
with production settings. A new app forgotten in the Dockerfile or in pyproject.toml fails here.

No container is built (no base image can be pulled here); the tree is what `docker build` would put in
/app. To stay fast, the fresh environment installs the project with --no-deps and sees the third-party
libraries of the running environment through a folder of links that leaves out the project's own
packages, so those can only come from the built tree.
"""

import contextlib
import hashlib
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import tomllib
import urllib.error
import urllib.request
from fnmatch import fnmatch
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from isoko.env import refuse_unsafe_production

ROOT = Path(__file__).resolve().parent.parent
APPS = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
GOOD_SECRET = "image-test-" + "k" * 60
pytestmark = pytest.mark.image


def dockerfile_instructions():
    """(instruction, arguments) in order, continuation lines joined, comments dropped."""
    lines, current = [], ""
    for raw in (ROOT / "Dockerfile").read_text().splitlines():
        if not current and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        current += raw.rstrip("\\").strip() + " "
        if not raw.rstrip().endswith("\\"):
            instruction, _, arguments = current.strip().partition(" ")
            lines.append((instruction.upper(), arguments.strip()))
            current = ""
    return lines


def copied_paths():
    """What the COPY lines put under WORKDIR: (source, destination) pairs, relative."""
    pairs = []
    for instruction, arguments in dockerfile_instructions():
        if instruction != "COPY":
            continue
        *sources, destination = [word for word in shlex.split(arguments) if not word.startswith("--")]
        for source in sources:
            target = (
                destination.rstrip("/") + "/" + Path(source).name
                if destination.endswith("/")
                else destination
            )
            pairs.append((source, os.path.normpath(target)))
    return pairs


def test_the_dockerfile_copies_every_app():
    copied = {source.rstrip("/") for source, _target in copied_paths()}
    assert [app for app in APPS if app not in copied] == []


def test_the_package_list_includes_every_app():
    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"][
        "include"
    ]
    assert [app for app in APPS if not any(fnmatch(app, pattern) for pattern in include)] == []


def test_compose_passes_the_production_check_and_keeps_database_connections():
    web = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["web"]["environment"]
    refuse_unsafe_production(  # raises ImproperlyConfigured, saying why, when it would not start
        is_production=True,
        debug=False,
        secret_key=web["SECRET_KEY"],
        development_key="",
        allowed_hosts=[host for host in web["ALLOWED_HOSTS"].split(",") if host],
        require_staff_2fa=True,
    )
    assert int(web["DATABASE_CONN_MAX_AGE"]) > 0


def build_tree(target):
    ignored = shutil.ignore_patterns("__pycache__", "*.pyc", "staticfiles", "media", "db.sqlite3")
    for source, destination in copied_paths():
        origin, placed = ROOT / source, target / destination
        if origin.is_dir():
            shutil.copytree(origin, placed, ignore=ignored, dirs_exist_ok=True)
        else:
            placed.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, placed)


def fresh_environment(folder):
    """A new venv (no system site-packages) whose only view of the running environment is a folder of
    links to its third-party distributions."""
    try:
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, capture_output=True
        )
    except subprocess.CalledProcessError as error:
        if b"venv" in error.stderr and b"No module named" in error.stderr:
            pytest.skip("this Python cannot create virtual environments (python3-venv is not installed)")
        raise
    third_party = folder / "third-party"
    third_party.mkdir()
    ours = set(APPS) | {"tests", "benchmarks"}
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        stem = entry.name.split(".")[0].split("-")[0]
        if stem in ours or entry.name.startswith(("__editable__", "isoko-")) or entry.suffix == ".pth":
            continue
        (third_party / entry.name).symlink_to(entry)
    python = folder / "bin" / "python"
    site_packages = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site_packages) / "third_party.pth").write_text(f"{third_party}\n")
    return python, Path(site_packages)


def dockerfile_run(python, tree, command_word, environment):
    """Run the Dockerfile's RUN step containing `command_word` in the tree, with the ENV set before it."""
    env = dict(environment)
    for instruction, arguments in dockerfile_instructions():
        if instruction == "ENV":
            for assignment in shlex.split(arguments):
                key, _, value = assignment.partition("=")
                env[key] = value
        if instruction == "RUN" and command_word in arguments:
            step = next(part for part in arguments.split("&&") if command_word in part)
            words = shlex.split(step)
            while "=" in words[0]:
                key, _, value = words.pop(0).partition("=")
                env[key] = value
            assert words[0] == "python"
            return subprocess.run([python, *words[1:]], cwd=tree, env=env, capture_output=True, text=True)
    raise AssertionError(f"the Dockerfile has no RUN step with {command_word}")


def collect_static(python, tree, environment):
    """collectstatic as the Dockerfile runs it. Compressing every file (gzip and brotli) takes most of
    this test's time, so a successful result is kept in the user's cache, keyed by everything it is
    made from: the settings, the static files the finders list and the libraries that process them."""
    key = static_inputs_key()
    cached = (
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "isoko" / "collectstatic" / key
    )
    if cached.is_dir():
        shutil.copytree(cached, tree / "staticfiles")
        return
    collect = dockerfile_run(python, tree, "collectstatic", environment)
    assert collect.returncode == 0, collect.stdout + collect.stderr
    with contextlib.suppress(OSError):  # no cache is fine, only slower
        partial = cached.with_name(f"{key}.{os.getpid()}")
        shutil.copytree(tree / "staticfiles", partial)
        partial.rename(cached)


def static_inputs_key():
    from django.contrib.staticfiles import finders

    digest = hashlib.sha256((ROOT / "isoko" / "settings.py").read_bytes())
    for distribution in ("django", "whitenoise", "brotli", "django-modeltranslation"):
        digest.update(f"{distribution}={metadata.version(distribution)}".encode())
    found = {
        path: storage.path(path) for finder in finders.get_finders() for path, storage in finder.list([])
    }
    for path in sorted(found):
        digest.update(path.encode() + b"\0" + Path(found[path]).read_bytes())
    return digest.hexdigest()[:32]


def dockerfile_command():
    arguments = next(
        arguments for instruction, arguments in dockerfile_instructions() if instruction == "CMD"
    )
    return json.loads(arguments)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_health(url, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return None
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")
        except OSError:
            time.sleep(0.3)
    return None


def start_pip_install(python, tree, environment, scratch):
    """`pip install <tree>` into the fresh environment, in the background."""
    return subprocess.Popen(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-cache-dir",
            str(tree),
        ],
        env={**environment, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "TMPDIR": str(scratch)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def healthz_under_gunicorn(python, tree, environment, scratch):
    """(status, body) of /healthz from the Dockerfile's CMD on a free loopback port, one worker; None
    if it never answered (the end of its log is in the assertion message)."""
    port = free_port()
    command = dockerfile_command()
    assert command[0] == "gunicorn"
    command[command.index("--bind") + 1] = f"127.0.0.1:{port}"
    if "--workers" in command:
        command[command.index("--workers") + 1] = "1"
    log_path = scratch / "gunicorn.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([python, "-m", *command], cwd=tree, env=environment, stdout=log, stderr=log)
        try:
            answer = wait_for_health(f"http://127.0.0.1:{port}/healthz", server)
        finally:
            server.terminate()
            server.wait(timeout=20)
    assert answer is not None, log_path.read_text()[-3000:]
    return answer


def test_the_image_tree_installs_and_serves_healthz_with_production_settings(tmp_path):
    tree, media = tmp_path / "app", tmp_path / "media"
    build_tree(tree)
    media.mkdir()
    python, site_packages = fresh_environment(tmp_path / "venv")
    base_env = {"PATH": f"{python.parent}:/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    # gunicorn imports the project from the tree (its working directory), as in the image; the
    # installed copy is checked on its own, so both run side by side.
    install = start_pip_install(python, tree, base_env, tmp_path)
    try:
        collect_static(python, tree, base_env)
        status, body = healthz_under_gunicorn(
            python,
            tree,
            {
                **base_env,
                "ISOKO_ENV": "production",
                "SECRET_KEY": GOOD_SECRET,
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
                "DATABASE_CONN_MAX_AGE": "60",
                "MEDIA_ROOT": str(media),
            },
            tmp_path,
        )
    finally:
        output, _ = install.communicate(timeout=300)
    assert (status, body.get("status") if isinstance(body, dict) else body) == (200, "ok")
    assert install.returncode == 0, output
    assert [app for app in APPS if not (site_packages / app / "apps.py").exists()] == []
