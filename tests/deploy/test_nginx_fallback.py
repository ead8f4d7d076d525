"""Debian's nginx with deploy/nginx/isoko-site.conf in front of gunicorn: while gunicorn answers, pages
come from the application; once it is stopped, the same addresses come from the static mirror, with the
copy's notice in each language."""

import io
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from backups.database import free_port
from tests.archive.test_killed_batch import database_url

ROOT = Path(settings.BASE_DIR)
NOTICES = {
    "rn": "ukurondera n'impapuro zo kurungika ntibikora",
    "fr": "la recherche et les formulaires à envoyer sont indisponibles",
    "en": "search and forms to send are unavailable",
}
MAIN_CONF = """
{user}
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
daemon off;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/isoko-site.conf;
}}
"""


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def wait_until(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def start_nginx(folder, listen, upstream, mirror):
    site = (ROOT / "deploy" / "nginx" / "isoko-site.conf").read_text("utf-8")
    for place, value in {
        "@LISTEN@": f"127.0.0.1:{listen}",
        "@UPSTREAM@": upstream,
        "@MIRROR_ROOT@": mirror,
    }.items():
        site = site.replace(place, str(value))
    (folder / "isoko-site.conf").write_text(site, "utf-8")
    # As root, nginx's workers would otherwise be `nobody`, who cannot read a test's folders.
    user = "user root root;" if os.geteuid() == 0 else ""
    (folder / "nginx.conf").write_text(MAIN_CONF.format(folder=folder, user=user), "utf-8")
    return subprocess.Popen(
        [shutil.which("nginx"), "-c", str(folder / "nginx.conf"), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "nginx.stderr", "wb"),  # noqa: SIM115 (kept open while nginx runs)
    )


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx not installed (CI installs it)")
@pytest.mark.django_db(transaction=True)
def test_nginx_serves_the_mirror_with_its_notice_once_gunicorn_is_stopped(tmp_path, criminal_record_extract):
    mirror = tmp_path / "mirror"
    call_command("build_mirror", str(mirror), stdout=io.StringIO(), stderr=io.StringIO())
    app_port, proxy_port = free_port(), free_port()
    env = {**os.environ, "DATABASE_URL": database_url(tmp_path)[0], "MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    env.update(LANGUAGE_CODE="en", REDIS_URL="", ALLOWED_HOSTS="127.0.0.1,localhost")
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "isoko.wsgi", "-b", f"127.0.0.1:{app_port}", "-w", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    nginx = start_nginx(tmp_path, proxy_port, f"127.0.0.1:{app_port}", mirror)
    address = f"http://127.0.0.1:{proxy_port}/{{language}}/procedures/criminal-record-extract/"
    try:
        wait_until(lambda: get(f"http://127.0.0.1:{app_port}/healthz")[0] == 200, 60, "gunicorn")
        wait_until(lambda: get(f"http://127.0.0.1:{proxy_port}/healthz")[0] == 200, 30, "nginx")
        status, headers, html = get(address.format(language="fr"))
        assert "X-Isoko-Mirror" not in headers and "mirror-notice" not in html  # the application itself

        gunicorn.send_signal(signal.SIGTERM)
        gunicorn.wait(timeout=30)

        for language, notice in NOTICES.items():
            status, headers, html = get(address.format(language=language))
            assert status == 200
            assert headers["X-Isoko-Mirror"] == "copy"
            assert notice in unescape(html)
            assert f"criminal-record-extract {language}" in html  # the same procedure, in that language
    finally:
        if gunicorn.poll() is None:
            gunicorn.kill()
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(timeout=30)
