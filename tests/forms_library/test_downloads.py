"""Form and legal-text downloads are served like static files: revalidated with a 304, answered by the
page cache without the view or the database, and never a file that is not public."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from review.models import Proposal
from tests.conftest import MINIMAL_PDF
from tests.procedures.test_legal_texts import cite
from tests.procedures.test_workflow import admin_form_data
from tests.review.test_reviewed_content import approve_in_admin, logged_in

VERSION_2 = MINIMAL_PDF.replace(b"%%EOF", b"% version 2\n%%EOF")


@pytest.fixture(params=["cached", "built"])
def cache_mode(request):
    """Each test once with the page cache, once without: both answer alike."""
    if request.param == "cached":
        request.getfixturevalue("page_cache")
    return request.param


def body(response):
    return b"".join(response.streaming_content)


def get(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    response.queries = len(queries)
    return response


def test_a_form_download_is_revalidated_with_a_304(client, justice_form, cache_mode):
    url = reverse("forms_library:download", args=["MJ-CJ-01", "fr"])
    first = client.get(url)
    assert first["ETag"] == f'"{hashlib.sha256(MINIMAL_PDF).hexdigest()}"'
    assert first["Cache-Control"] == "public, no-cache"  # the address outlives each version
    assert body(first) == MINIMAL_PDF
    again = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"]
    if cache_mode == "cached":
        assert again.queries == 0
    fresh = client.get(url, HTTP_IF_NONE_MATCH='"an-older-version"')
    assert fresh.status_code == 200 and body(fresh) == MINIMAL_PDF


def test_a_legal_text_is_revalidated_with_a_304_and_kept_for_good(client, passport, cache_mode):
    basis = cite(passport, document=SimpleUploadedFile("decret.pdf", MINIMAL_PDF))
    first = client.get(basis.get_document_url())
    assert first["ETag"] == f'"{basis.document_sha256}"'
    assert first["Cache-Control"] == "public, max-age=31536000, immutable"
    assert body(first) == MINIMAL_PDF
    again = get(client, basis.get_document_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    if cache_mode == "cached":
        assert again.queries == 0


def test_a_cached_download_is_sent_whole_without_the_database(client, justice_form, page_cache):
    url = reverse("forms_library:download", args=["MJ-CJ-01", "fr"])
    first = client.get(url)
    second = get(client, url)
    assert second.queries == 0
    assert body(second) == MINIMAL_PDF
    for header in ("Content-Type", "Content-Disposition", "Content-Length", "ETag", "Cache-Control"):
        assert second[header] == first[header], header
    head = client.head(url)
    assert head.status_code == 200 and head["Content-Length"] == str(len(MINIMAL_PDF))


def test_a_proposed_form_file_is_never_served_until_approved(
    client, justice_form, justice_clerk, reviewer, page_cache, django_capture_on_commit_callbacks
):
    url = reverse("forms_library:download", args=["MJ-CJ-01", "fr"])
    old_etag = client.get(url)["ETag"]  # now kept by the page cache
    change = reverse("admin:forms_library_form_change", args=[justice_form.pk])
    browser = logged_in(justice_clerk)
    data = admin_form_data(browser.get(change))
    data.update({"files-TOTAL_FORMS": "2", "files-1-language": "fr"})
    data["files-1-file"] = SimpleUploadedFile("new.pdf", VERSION_2)
    with django_capture_on_commit_callbacks(execute=True):
        assert browser.post(change, data).status_code == 302
    assert Proposal.objects.filter(status=Proposal.Status.SUBMITTED).exists()
    assert body(client.get(url)) == MINIMAL_PDF  # the waiting file is served by no address
    assert client.get(url, HTTP_IF_NONE_MATCH=old_etag).status_code == 304

    with django_capture_on_commit_callbacks(execute=True):
        approve_in_admin(reviewer, Proposal.objects.get())
    renewed = client.get(url, HTTP_IF_NONE_MATCH=old_etag)
    assert renewed.status_code == 200 and body(renewed) == VERSION_2
    assert renewed["ETag"] == f'"{hashlib.sha256(VERSION_2).hexdigest()}"'


def test_a_draft_procedures_legal_text_is_never_served(
    client, criminal_record_extract, justice_clerk, page_cache
):
    from procedures import services

    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=justice_clerk)
    basis = cite(copy, document=SimpleUploadedFile("decret.pdf", MINIMAL_PDF))
    for _ in range(2):
        assert client.get(basis.get_document_url()).status_code == 404


def test_staff_downloads_are_never_answered_from_the_cache(client, justice_form, superuser, page_cache):
    url = reverse("forms_library:download", args=["MJ-CJ-01", "fr"])
    client.get(url)
    client.force_login(superuser)
    staff = get(client, url)
    assert staff.status_code == 200 and staff.queries > 0  # built by the view, as every staff request
