"""Public pages come from the shared cache, compressed once, and never outlive a change of content."""

import gzip

import brotli
from django.db import connection
from django.test.utils import CaptureQueriesContext

from page_cache.counting import BatchedCounts
from procedures import services
from procedures.models import Fee, SearchLog


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

    from page_cache.version import VERSION_KEY, current

    version = current()
    Fee.objects.filter(procedure=passport).first().save()  # inside the test's still open transaction
    assert cache.get(VERSION_KEY) == version


def test_staff_pages_are_never_cached(client, passport, superuser, page_cache):
    client.force_login(superuser)
    client.get("/en/procedures/passport/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/procedures/passport/")
    assert len(queries) > 0


def test_a_repeated_search_comes_from_the_cache(client, passport, page_cache, monkeypatch):
    from procedures import search

    # The search is counted (few results), but in a batch written later, not during this request.
    monkeypatch.setattr(search, "_searches_served_from_cache", BatchedCounts(search._record_searches, 3600))
    first = client.get("/en/search/?q=passport", HTTP_ACCEPT_ENCODING="gzip")
    client.get("/en/search/?q=passport", HTTP_ACCEPT_ENCODING="gzip")  # asked again: now stored
    with CaptureQueriesContext(connection) as queries:
        third = client.get("/en/search/?q=passport", HTTP_ACCEPT_ENCODING="gzip")
    assert len(queries) == 0
    assert third["Content-Encoding"] == "gzip" and b"passport" in gzip.decompress(third.content)
    assert third.content == first.content


def test_a_search_asked_once_is_not_stored_until_asked_again(client, passport, page_cache):
    first = client.get("/en/search/?q=passport", HTTP_ACCEPT_ENCODING="br")
    assert first["Content-Encoding"] == "br"  # sent compressed all the same
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/search/?q=passport")
    assert len(queries) > 0  # built again, and kept this time
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/search/?q=passport")
    assert len(queries) == 0


def test_searches_served_from_the_cache_still_reach_the_failed_search_report(
    client, passport, page_cache, monkeypatch
):
    from procedures import search

    # A fresh batch that writes at once, instead of every few seconds.
    monkeypatch.setattr(search, "_searches_served_from_cache", BatchedCounts(search._record_searches, 0))
    for _ in range(2):  # built twice: a search is stored when it is asked again
        client.get("/fr/search/?q=permis+de+chasse")
    monkeypatch.setattr("procedures.views.search_procedures", None)  # from now on, only the cache answers
    for _ in range(2):
        assert client.get("/fr/search/?q=permis+de+chasse").status_code == 200
    assert SearchLog.objects.get(query="permis de chasse", language="fr").times == 4


def test_views_served_from_the_cache_are_counted(client, passport, page_cache, monkeypatch):
    from procedures import popularity

    monkeypatch.setattr(popularity, "_views_served_from_cache", BatchedCounts(popularity.record_views, 0))
    client.get("/en/procedures/passport/")
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/procedures/passport/")
        assert len(queries) == 0  # served from the cache, yet counted
    assert popularity.flush_view_counts() == 3
    passport.refresh_from_db()
    assert passport.view_count == 3


def test_a_new_search_that_found_little_writes_nothing_and_is_still_counted(client, passport, page_cache):
    from procedures.search import flush_search_counts

    with CaptureQueriesContext(connection) as queries:
        built = client.get("/fr/search/?q=permis+de+chasse")
    assert built.status_code == 200
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes == []  # counted in memory, written with the next batch
    client.get("/fr/search/?q=permis+de+chasse")  # asked again: stored
    with CaptureQueriesContext(connection) as queries:
        client.get("/fr/search/?q=permis+de+chasse")  # now from the page cache
    assert len(queries) == 0
    flush_search_counts()
    assert SearchLog.objects.get(query="permis de chasse", language="fr").times == 3


def test_staff_pages_and_staff_searches_are_never_cached(client, passport, superuser, page_cache):
    client.force_login(superuser)
    for address in ("/en/search/?q=passport", "/admin/procedures/procedure/"):
        client.get(address)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        assert len(queries) > 0, address
