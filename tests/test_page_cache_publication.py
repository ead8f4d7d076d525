"""Cached pages are dropped by what citizens will see, not by what clerks type (issue 24.2): saving a
draft changes no cached page; a publication, withdrawal or approved proposal changes the pages that show
it, once it is committed."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from page_cache.version import VERSION_KEY
from procedures import search, services
from procedures.models import Procedure
from tests.procedures.test_workflow import admin_form_data

PAGE = "/en/procedures/criminal-record-extract/"
OTHER_PAGE = "/en/procedures/passport/"
THEME_PAGE = "/en/themes/{slug}/"


def committed(capture):
    """The fixtures' rows as if committed before the test: their search entries written (and the
    catalogue version moved once for them), as the commit of their creation would have done."""
    with capture(execute=True):
        search._reindex_pending()


def served_from_cache(client, path):
    """The page at `path`, and whether it was answered without a query."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content, len(queries) == 0


def staff(user):
    browser = Client()
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    browser.force_login(user)
    return browser


def test_a_clerk_saving_a_draft_changes_no_cached_page(
    client, criminal_record_extract, passport, justice_clerk, page_cache, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks)
    pages = {path: client.get(path).content for path in (PAGE, OTHER_PAGE, "/en/")}
    version = cache.get(VERSION_KEY)
    clerk = staff(justice_clerk)
    change_url = reverse("admin:procedures_procedure_change", args=[criminal_record_extract.pk])

    with django_capture_on_commit_callbacks(execute=True):  # the clerk's save, committed
        data = admin_form_data(clerk.get(change_url))
        data.update({"fees-0-amount_bif": "35000", "steps-0-title_en": "A draft title", "title_en": "Draft"})
        assert clerk.post(change_url, data).status_code == 302
    copy = criminal_record_extract.working_copies.get()
    assert copy.fees.get().amount_bif == 35_000
    with django_capture_on_commit_callbacks(execute=True):  # and submitted for review
        services.procedure_submit(procedure=copy, user=justice_clerk, minor=True)

    assert cache.get(VERSION_KEY) == version
    for path, content in pages.items():
        assert served_from_cache(client, path) == (content, True), path


def test_a_publication_changes_the_pages_that_show_it_once_committed(
    client,
    criminal_record_extract,
    passport,
    theme,
    justice_clerk,
    reviewer,
    page_cache,
    django_capture_on_commit_callbacks,
):
    committed(django_capture_on_commit_callbacks)
    theme_page = THEME_PAGE.format(slug=theme.slug)
    before = {path: client.get(path).content for path in (PAGE, theme_page, OTHER_PAGE)}
    assert b"10,000 BIF" in before[PAGE]
    with django_capture_on_commit_callbacks(execute=True):
        copy = services.procedure_working_copy(procedure=criminal_record_extract, user=justice_clerk)
        copy.title_en = "Criminal record extract, new rules"
        copy.save()
        copy.fees.update(amount_bif=35_000)
        services.procedure_submit(procedure=copy, user=justice_clerk, minor=True)
    assert served_from_cache(client, PAGE) == (before[PAGE], True)

    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_approve(procedure=copy, user=reviewer, reviewed_version=copy.edit_version)

    page, cached = served_from_cache(client, PAGE)
    assert not cached and b"35,000 BIF" in page and b"new rules" in page
    assert b"new rules" in client.get(theme_page).content  # the theme lists it under its new title
    assert served_from_cache(client, PAGE) == (page, True)  # and is kept again


def test_withdrawing_and_offering_again_change_the_page(
    client, criminal_record_extract, reviewer, page_cache, django_capture_on_commit_callbacks
):
    shown = client.get(PAGE).content
    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_withdraw(procedure=criminal_record_extract, user=reviewer)
    withdrawn, cached = served_from_cache(client, PAGE)
    assert not cached and withdrawn != shown
    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_republish(
            procedure=Procedure.objects.get(pk=criminal_record_extract.pk), user=reviewer
        )
    again, cached = served_from_cache(client, PAGE)
    assert not cached and again != withdrawn
