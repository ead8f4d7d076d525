"""Public pages come from the shared cache, compressed once, and never outlive a change of content."""

import gzip

import brotli
from django.db import connection
from django.test.utils import CaptureQueriesContext

from procedures import services
from procedures.models import Fee


def test_second_visit_is_served_from_the_cache_without_touching_the_database(client, passport, page_cache):
    first = client.get("/en/procedures/passport/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/en/procedures/passport/")
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "Accept-Encoding" in second["Vary"]


def test_pages_are_sent_compressed_with_gzip_or_brotli(client, passport, page_cache):
    plain = client.get("/en/procedures/passport/").content
    zipped = client.get("/en/procedures/passport/", HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip" and gzip.decompress(zipped.content) == plain
    squeezed = client.get("/en/procedures/passport/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert squeezed["Content-Encoding"] == "br" and brotli.decompress(squeezed.content) == plain
    assert len(squeezed.content) < len(zipped.content) < len(plain) / 2


def test_revalidation_costs_no_body(client, passport, page_cache):
    etag = client.get("/en/procedures/passport/")["ETag"]
    assert client.get("/en/procedures/passport/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_published_change_shows_at_once(
    client, criminal_record_extract, justice_clerk, reviewer, page_cache, django_capture_on_commit_callbacks
):
    assert b"10,000 BIF" in client.get("/en/procedures/criminal-record-extract/").content
    with django_capture_on_commit_callbacks(execute=True):
        copy = services.procedure_working_copy(procedure=criminal_record_extract, user=justice_clerk)
        Fee.objects.filter(procedure=copy).update(amount_bif=35_000)
        services.procedure_submit(procedure=copy, user=justice_clerk, minor=True)
    assert b"10,000 BIF" in client.get("/en/procedures/criminal-record-extract/").content  # not yet approved
    with django_capture_on_commit_callbacks(execute=True):  # the version moves when the approval commits
        services.procedure_approve(procedure=copy, user=reviewer, reviewed_version=copy.edit_version)
    assert b"35,000 BIF" in client.get("/en/procedures/criminal-record-extract/").content


def test_a_change_not_yet_committed_does_not_invalidate(passport, page_cache):
    from django.core.cache import cache

    from isoko.catalogue_version import VERSION_KEY, current

    version = current()
    Fee.objects.filter(procedure=passport).first().save()  # inside the test's still open transaction
    assert cache.get(VERSION_KEY) == version


def test_searches_and_staff_pages_are_never_cached(client, passport, superuser, page_cache):
    client.get("/en/search/?q=passport")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/search/?q=passport")
    assert len(queries) > 0
    client.force_login(superuser)
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/procedures/passport/")
    assert len(queries) > 0


def test_searches_are_not_cached_but_still_compressed(client, passport, page_cache):
    response = client.get("/en/search/?q=passport", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert b"passport" in gzip.decompress(response.content)
