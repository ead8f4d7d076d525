"""After a publication the mirror renders again only what it changed, and rclone pushes it."""

import io
import re
import shutil
from html import unescape

import pytest
from django.core.management import call_command

from mirror.build import verify
from procedures.services import procedure_republish, procedure_withdraw


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


def _files(root):
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and not path.name.startswith(".mirror")
    }


def _sitemap_entries(body):
    return sorted(re.findall(r"<url>.*?</url>", body.decode("utf-8"), re.DOTALL))


@pytest.mark.django_db
def test_a_publication_changes_exactly_what_a_full_build_would_change(
    tmp_path, settings, site_pages, reviewer, signing_key, django_capture_on_commit_callbacks
):
    extract, _passport = site_pages
    root, fresh = tmp_path / "mirror", tmp_path / "fresh"
    settings.MIRROR_ROOT = str(root)
    call_command("build_mirror", stdout=io.StringIO())
    before = _files(root)

    with django_capture_on_commit_callbacks(execute=True):
        procedure_withdraw(procedure=extract, user=reviewer)
    call_command("build_mirror", str(fresh), stdout=io.StringIO())

    after, expected = _files(root), _files(fresh)
    assert _sitemap_entries(after.pop("sitemap.xml")) == _sitemap_entries(expected.pop("sitemap.xml"))
    for name in ("MANIFEST.sha256", "MANIFEST.sha256.sig", "sitemap.xml.gz", "sitemap.xml.br"):
        after.pop(name), expected.pop(name)
    # The withdrawn procedure's pages stay (an old link says it is no longer offered), though a full
    # build, following the sitemap and links, no longer reaches them; everything else is the same.
    withdrawn = {
        f"{language}/procedures/criminal-record-extract/index.html{suffix}"
        for language in ("rn", "fr", "en")
        for suffix in ("", ".gz", ".br")
    }
    assert set(after) - set(expected) == withdrawn
    assert {name: body for name, body in after.items() if name not in withdrawn} == expected
    changed = {name for name, body in after.items() if before.get(name) != body}
    assert withdrawn <= changed
    assert not any("passport" in name for name in changed)
    assert verify(root) == []


@pytest.mark.django_db
def test_a_procedure_offered_again_is_back_in_the_mirrors_sitemap_as_in_the_sites(
    tmp_path, settings, site_pages, reviewer, signing_key, django_capture_on_commit_callbacks, client
):
    extract, _passport = site_pages
    settings.MIRROR_ROOT = str(tmp_path)
    call_command("build_mirror", stdout=io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        procedure_withdraw(procedure=extract, user=reviewer)
    assert "criminal-record-extract" not in (tmp_path / "sitemap.xml").read_text("utf-8")

    with django_capture_on_commit_callbacks(execute=True):
        procedure_republish(procedure=extract, user=reviewer)

    mirrored = (tmp_path / "sitemap.xml").read_bytes()
    assert _sitemap_entries(mirrored) == _sitemap_entries(client.get("/sitemap.xml").content)
    assert mirrored.count(b"/procedures/criminal-record-extract/</loc>") == 3
    assert verify(tmp_path) == []
