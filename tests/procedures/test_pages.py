import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ministries.models import OpeningHours
from procedures.models import Procedure, RequiredDocument, Step

LANGUAGES = ["rn", "fr", "en"]


def json_ld(page):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page.text, re.S)
    return json.loads(match.group(1))


def test_root_sends_visitor_to_kirundi_by_default(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/rn/"


def test_root_follows_browser_language_and_cookie(client, db):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")["Location"] == "/fr/"
    client.cookies["django_language"] = "en"
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_answers_in_each_language(
    client, settings, language, passport, theme, interior, interior_office, interior_form
):
    settings.SITE_URL = "https://isoko.gov.bi"
    urls = [
        f"/{language}/",
        f"/{language}/themes/{theme.slug}/",
        f"/{language}/ministries/{interior.slug}/",
        f"/{language}/offices/{interior_office.slug}/",
        f"/{language}/procedures/passport/",
        f"/{language}/forms/",
        f"/{language}/links/",
        f"/{language}/about/",
        f"/{language}/how-to/",
        f"/{language}/contact/",
        f"/{language}/search/?q=passport",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{language}">' in response.text, url
        assert response.text.count("<h1") == 1, url
        canonical = f'<link rel="canonical" href="https://isoko.gov.bi{url.split("?")[0]}">'
        assert canonical in response.text, url


@pytest.mark.parametrize(
    ("language", "title", "total"),
    [
        ("rn", "passport rn", "235.000 BIF"),
        ("fr", "passport fr", "235\xa0000 BIF"),
        ("en", "passport en", "235,000 BIF"),
    ],
)
def test_procedure_page_shows_content_and_totals_in_the_page_language(
    client, passport, language, title, total
):
    page = client.get(f"/{language}/procedures/passport/")
    assert title in page.text
    assert total in page.text


def test_procedure_page_lists_what_a_citizen_needs(client, passport, interior_form):
    RequiredDocument.objects.filter(procedure=passport).update(form=interior_form, copies=2, certified=True)
    OpeningHours.objects.create(
        office=passport.offices.get(), weekday=0, period="morning", opens="07:30", closes="12:00"
    )
    page = client.get("/en/procedures/passport/")
    text = page.text
    for heading in [
        "Who may apply",
        "Documents to bring",
        "Steps",
        "Fees",
        "Where to apply",
        "Why a request can be refused",
        "Legal basis",
        "Forms to download",
    ]:
        assert heading in text
    assert "1 original, 2 certified copies" in text
    assert "15 days" in text  # total time: 0 + 10 + 5
    assert "CGM Gitega" in text
    assert "/en/forms/CGM-PAS-01/fr/" in text and "PDF" in text
    assert "<svg" in text  # QR code for print


def test_language_switcher_keeps_the_visitor_on_the_same_page(client, passport):
    page = client.get("/rn/procedures/passport/")
    assert 'href="/fr/procedures/passport/" hreflang="fr"' in page.text
    assert 'href="/en/procedures/passport/" hreflang="en"' in page.text


def test_missing_translation_is_shown_in_fallback_with_note_and_lang(client, passport):
    Procedure.objects.filter(pk=passport.pk).update(summary_rn="")
    page = client.get("/rn/procedures/passport/")
    assert '<p class="summary" lang="fr">Résumé</p>' in page.text
    assert 'class="notice" role="note"' in page.text
    complete = client.get("/fr/procedures/passport/")
    assert "not yet available" not in complete.text and "pas encore" not in complete.text


def test_procedure_json_ld_has_service_howto_and_totals(client, passport):
    data = json_ld(client.get("/en/procedures/passport/"))
    service, how_to = data["@graph"]
    assert service["@type"] == "GovernmentService"
    assert how_to["@type"] == "HowTo"
    assert how_to["estimatedCost"] == {"@type": "MonetaryAmount", "currency": "BIF", "value": 235000}
    assert how_to["totalTime"] == "P15D"
    assert [step["position"] for step in how_to["step"]] == [1, 2, 3]
    assert how_to["supply"][0]["name"] == "Identity card"
    assert how_to["dateModified"].startswith(str(passport.updated_at.date()))


def test_json_ld_cannot_be_broken_out_of_by_clerk_text(client, passport):
    Procedure.objects.filter(pk=passport.pk).update(title_en="</script><script>alert(1)</script>")
    page = client.get("/en/procedures/passport/")
    assert "<script>alert(1)</script>" not in page.text
    assert json_ld(page)["@graph"][0]["name"] == "</script><script>alert(1)</script>"


def test_unknown_slug_and_unknown_language_get_a_translated_404(client, passport):
    assert client.get("/fr/procedures/no-such-thing/").status_code == 404
    french = client.get("/fr/procedures/no-such-thing/")
    assert "Page introuvable" in french.text or "introuvable" in french.text
    assert client.get("/xx/procedures/passport/").status_code == 404


def test_draft_procedure_is_not_public_and_withdrawn_one_says_so(client, passport, criminal_record_extract):
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(status=Procedure.Status.DRAFT)
    assert client.get("/en/procedures/criminal-record-extract/").status_code == 404
    Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.WITHDRAWN)
    page = client.get("/en/procedures/passport/")
    assert "no longer offered" in page.text


def test_public_pages_can_be_cached_and_revalidated(client, passport):
    page = client.get("/en/procedures/passport/")
    assert "public" in page["Cache-Control"] and "no-cache" in page["Cache-Control"]
    assert page["ETag"]
    assert page["Last-Modified"]
    assert "Cookie" not in page.get("Vary", "")
    again = client.get("/en/procedures/passport/", HTTP_IF_NONE_MATCH=page["ETag"])
    assert again.status_code == 304


def test_procedure_page_queries_do_not_grow_with_its_parts(client, passport, migration_service, geography):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/procedures/passport/").status_code == 200
        return len(queries)

    before = count_queries()
    for position in range(4, 12):
        Step.objects.create(procedure=passport, position=position, title_rn="Intambwe", title_fr="Étape")
        RequiredDocument.objects.create(
            procedure=passport, position=position, name_rn="Urupapuro", name_fr="Pièce"
        )
    from tests.conftest import make_office, tr

    for number in range(5):
        office = make_office(f"extra-{number}", migration_service, geography["gitega"], tr("I", "B", "O"))
        OpeningHours.objects.create(office=office, weekday=1, period="morning", opens="08:00", closes="12:00")
        passport.offices.add(office)
    # procedure + institution (1), themes, steps, fees, reasons, bases, documents, form files,
    # offices, hours (the prefetches): a fixed number whatever the row counts.
    assert count_queries() == before
    assert before <= 12


def test_sitemap_lists_every_page_with_language_alternates(client, settings, passport, theme):
    settings.SITE_URL = "https://isoko.gov.bi"
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert f"<loc>https://isoko.gov.bi/{language}/procedures/passport/</loc>" in sitemap
        assert f'hreflang="{language}" href="https://isoko.gov.bi/{language}/procedures/passport/"' in sitemap
    assert 'hreflang="x-default"' in sitemap
    assert "/rn/about/" in sitemap


def test_robots_points_to_the_sitemap(client, settings, db):
    settings.SITE_URL = "https://isoko.gov.bi"
    robots = client.get("/robots.txt")
    assert "Sitemap: https://isoko.gov.bi/sitemap.xml" in robots.text
    assert "Disallow: /admin/" in robots.text


def test_forms_can_be_filtered_by_ministry_and_language(
    client, justice_form, interior_form, interior, justice
):
    everything = client.get("/en/forms/")
    assert "MJ-CJ-01" in everything.text and "CGM-PAS-01" in everything.text
    interior_only = client.get("/en/forms/", {"ministry": interior.slug})
    assert "CGM-PAS-01" in interior_only.text and "MJ-CJ-01" not in interior_only.text
    no_english = client.get("/en/forms/", {"language": "en"})
    assert "No form matches" in no_english.text


def test_bad_filter_values_get_a_message_not_an_error(client, justice_form):
    page = client.get("/en/forms/", {"ministry": "no-such-ministry", "language": "zz"})
    assert page.status_code == 200
    assert "Select a valid choice" in page.text


def test_form_download_gives_the_file_with_safe_headers(client, justice_form):
    response = client.get("/rn/forms/MJ-CJ-01/fr/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="MJ-CJ-01-fr.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Length"] == str(justice_form.files.get().size_bytes)
