"""After a publication the mirror renders again only what it changed, and rclone pushes it."""

import io
import shutil
from html import unescape

import pytest
from django.core.management import call_command

from procedures.services import procedure_withdraw


def page(root, language, slug):
    return root / language / "procedures" / slug / "index.html"


@pytest.mark.django_db
def test_a_withdrawal_rebuilds_that_procedures_pages_and_leaves_the_others(
    tmp_path, settings, site_pages, reviewer, signing_key, django_capture_on_commit_callbacks
):
    extract, passport = site_pages
    root = tmp_path / "mirror"
    settings.MIRROR_ROOT = str(root)
    call_command("build_mirror", stdout=io.StringIO())
    untouched = {path: path.stat().st_mtime_ns for path in root.rglob("passport/index.html*")}

    with django_capture_on_commit_callbacks(execute=True):
        procedure_withdraw(procedure=extract, user=reviewer)

    for language in ("rn", "fr", "en"):
        html = unescape(page(root, language, "criminal-record-extract").read_text("utf-8"))
        assert 'class="notice mirror-notice"' in html
    assert "no longer offered" in unescape(page(root, "en", "criminal-record-extract").read_text("utf-8"))
    assert {path: path.stat().st_mtime_ns for path in root.rglob("passport/index.html*")} == untouched


@pytest.mark.skipif(shutil.which("rclone") is None, reason="rclone not installed (CI installs it)")
@pytest.mark.django_db
def test_the_mirror_is_pushed_to_a_second_place_with_rclone(tmp_path, settings, site_pages, signing_key):
    settings.MIRROR_PUSH_TO = str(tmp_path / "second-host")
    call_command(
        "build_mirror", str(tmp_path / "mirror"), "--push", stdout=io.StringIO(), stderr=io.StringIO()
    )

    pushed = tmp_path / "second-host" / "fr" / "procedures" / "passport" / "index.html"
    assert (
        pushed.read_bytes()
        == (tmp_path / "mirror" / "fr" / "procedures" / "passport" / "index.html").read_bytes()
    )
    assert (tmp_path / "second-host" / "MANIFEST.sha256.sig").is_file()
    assert not (tmp_path / "second-host" / ".mirror-state.json").exists()
    assert not (tmp_path / "second-host" / ".mirror.lock").exists()
