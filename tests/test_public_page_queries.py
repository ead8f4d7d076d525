"""Every public page reads the database a fixed number of times, however many rows it shows.

Each page is counted twice: with the small shared catalogue, then after adding more of every kind of
row it shows. The count must be the same, and is pinned here with the list of its queries, so that a
change that adds one is noticed on purpose. (The procedure page's parts are grown in
tests/procedures/test_pages.py as well.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ministries.models import Institution, OpeningHours
from procedures.models import Procedure, Step
from procedures.search import rebuild_search_index
from tests.conftest import make_form, make_office, make_procedure, tr


def grow_catalogue(ministry, agency, office, theme, commune):
    """More of everything: agencies, offices with hours, procedures (in the theme, at the office), forms."""
    for number in range(4):
        extra_agency = Institution.objects.create(
            slug=f"agency-{number}",
            parent=ministry,
            kind=Institution.Kind.AGENCY,
            website=f"https://agency-{number}.example.bi",
            name_rn=f"Ikigo {number}",
            name_fr=f"Agence {number}",
        )
        extra_office = make_office(f"office-{number}", extra_agency, commune, tr("Ibiro", "Bureau", "Office"))
        OpeningHours.objects.create(
            office=office, weekday=number, period="morning", opens="08:00", closes="12:00"
        )
        office.serves_communes.add(commune)
        procedure = make_procedure(f"passport-renewal-{number}", agency, office)
        procedure.offices.add(extra_office)
        procedure.themes.add(theme)
        Step.objects.create(procedure=procedure, position=9, title_rn="Intambwe", title_fr="Étape")
        make_form(f"CGM-EXTRA-{number}", extra_agency)
    rebuild_search_index()


# (address, queries, what they are)
PAGES = [
    ("/en/", 3, "most consulted procedures with institution and ministry; themes; ministries"),
    # The filter panel's choices (ministries, themes, provinces: three queries) are built once per
    # catalogue version and process (page_cache/fragments.py), not on each page: not counted here.
    ("/en/procedures/", 2, "count; page of procedures"),
    (
        "/en/search/?q=passport",
        # PostgreSQL answers the search in one statement (procedures/search.py); SQLite's FTS5 in three.
        {"postgresql": 2, "sqlite": 4},
        "the search (PostgreSQL: one statement; SQLite: similar words, title matches, text matches); "
        "procedures found, with institution and ministry",
    ),
    ("/en/themes/travel/", 2, "theme; its procedures with institution and ministry"),
    (
        "/en/procedures/passport/",
        9,
        "built (its parts not kept): the procedure with its institution, ministry and replacement; its "
        "steps; documents with their forms (and the forms' current files when one links a form: a "
        "tenth); fees; rejection reasons; legal bases; change notes; offices with their commune; their "
        "hours (ProcedureQuerySet.for_page); "
        "kept per catalogue version, none (procedures/page_parts.py)",
    ),
    ("/en/ministries/interior/", 4, "ministry; agencies; its procedures; its offices with commune"),
    (
        "/en/offices/cgm-gitega/",
        6,
        "office with institution and commune; hours; provinces and communes served; procedures; its notices of today",
    ),
    ("/en/links/", 1, "institutions with a website"),
    ("/en/forms/", 3, "ministry filter choices; forms with institution; their current files"),
    # Once kept by the page cache, 0 (tests/forms_library/test_downloads.py).
    ("/rn/forms/CGM-PAS-01/fr/", 1, "the current file of that form in that language"),
    ("/en/about/", 0, "a template only"),
    ("/en/how-to/", 0, "a template only"),
    ("/en/contact/", 0, "a template only"),
    ("/en/account/login/", 0, "a form only"),
    ("/en/account/password/", 0, "a form only"),
    (
        "/en/embed/procedures/passport/",
        12,
        "as the procedure page, with the areas each office serves (provinces, communes)",
    ),
    ("/en/feedback/procedures/passport/", 1, "the procedure the report is about"),
    ("/en/feedback/offices/cgm-gitega/", 1, "the office the report is about"),
    (
        "/en/feedback/figures/",
        11,
        "reports per ministry; their dates and states; ministries; the 'useful' share per procedure; "
        "procedures fully in Kirundi: public procedures with institution, their steps, documents, fees, "
        "reasons for rejection, legal bases; ministries",
    ),
    ("/en/my-commune/", 2, "provinces; their communes"),
    (
        "/en/journeys/",
        1,
        "journeys (none in these rows; tests/journeys pins the page with steps and links: 3)",
    ),
    (
        "/en/my-commune/offices/passport/",
        4,
        "the procedure; notices of its offices today; provinces; their communes (no commune chosen)",
    ),
    (
        "/en/my-commune/offices/passport/?commune=gitega",
        6,
        "the procedure; the commune with its province; notices of its offices today; the procedure's offices "
        "with commune and province; today's hours; the ids of those serving the commune",
    ),
    ("/sitemap.xml", 5, "procedures, themes, ministries, offices, journeys"),
    ("/robots.txt", 0, "text from settings"),
    ("/healthz", 1, "SELECT 1"),
]


def count_queries(client, address):
    """Queries of a second visit: the first one warms per-process caches (content types). Searches and
    views are counted in batches written every few seconds, outside any page (page_cache/counting.py)."""
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(queries)


@pytest.mark.parametrize(("address", "expected", "queries"), PAGES, ids=[page[0] for page in PAGES])
def test_public_page_queries_do_not_grow_with_rows(
    client,
    address,
    expected,
    queries,
    passport,
    criminal_record_extract,
    interior_form,
    justice_form,
    theme,
    interior,
    migration_service,
    interior_office,
    geography,
    settings,
):
    settings.KEEP_PAGE_PARTS = False  # count what building a procedure page reads
    theme.slug = "travel"
    theme.save(update_fields=["slug"])
    passport.themes.add(theme)
    # More than FEW_RESULTS matches before and after growing, so the search is never one the clerks'
    # report records (a write of its own, counted in tests/procedures/test_search.py).
    for slug in ("passport-lost", "passport-child"):
        make_procedure(slug, migration_service, interior_office)
    rebuild_search_index()
    small = count_queries(client, address)
    grow_catalogue(interior, migration_service, interior_office, theme, geography["gitega"])
    assert Procedure.objects.published().count() >= 6
    if isinstance(expected, dict):
        expected = expected[connection.vendor]
    assert (small, count_queries(client, address)) == (expected, expected), queries
