"""manage.py build_mirror: every public page as static files, marked as a copy in its own language, with
the form files, sitemap.xml, compressed copies and a signed manifest."""

import gzip
import io
from html import unescape
from pathlib import Path

import brotli
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from mirror.build import verify

NOTICES = {
    "rn": "ukurondera n'impapuro zo kurungika ntibikora",
    "fr": "la recherche et les formulaires à envoyer sont indisponibles",
    "en": "search and forms to send are unavailable",
}


@pytest.mark.django_db
def test_mirror_holds_every_language_marked_as_a_copy_with_compressed_copies(
    tmp_path, site_pages, signing_key
):
    call_command("build_mirror", str(tmp_path), stdout=io.StringIO())

    for language, notice in NOTICES.items():
        page = tmp_path / language / "procedures" / "criminal-record-extract" / "index.html"
        html = page.read_text("utf-8")
        assert notice in unescape(html)
        assert f'lang="{language}"' in html
        # The search box leads to the browse page: a copy cannot search.
        assert f'action="/{language}/procedures/"' in html and "/search/" not in html.split("<footer")[0]
        assert gzip.decompress(Path(f"{page}.gz").read_bytes()) == page.read_bytes()
        assert brotli.decompress(Path(f"{page}.br").read_bytes()) == page.read_bytes()
        assert (tmp_path / language / "ministries").is_dir()
        assert (tmp_path / language / "offices").is_dir()
        assert (tmp_path / language / "forms" / "index.html").is_file()
    assert (tmp_path / "rn" / "forms" / "MJ-CJ-01" / "fr" / "index.pdf").read_bytes().startswith(b"%PDF")
    assert "criminal-record-extract" in (tmp_path / "sitemap.xml").read_text("utf-8")
    assert not list(tmp_path.rglob("search"))
    assert verify(tmp_path) == []


@pytest.mark.django_db
def test_a_changed_file_or_a_wrong_key_fails_the_signed_manifest(tmp_path, site_pages, signing_key, settings):
    call_command("build_mirror", str(tmp_path), stdout=io.StringIO())
    page = tmp_path / "fr" / "procedures" / "passport" / "index.html"
    page.write_text(page.read_text("utf-8").replace("passport fr", "faux passeport"), "utf-8")

    assert verify(tmp_path) == ["altered: fr/procedures/passport/index.html"]
    with pytest.raises(CommandError):
        call_command("verify_mirror", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())

    settings.MIRROR_SIGNING_KEY = signing_key_of_another_ministry()
    assert "signature" in verify(tmp_path)


def signing_key_of_another_ministry():
    from mirror.signing import new_key

    return new_key()[0]
