"""The translation desk: what each ministry lacks per language, and who sees which ministry."""

import re

import pytest
from django.conf import settings

from procedures.models import Procedure
from tests.procedures.test_workflow import people  # noqa: F401 (fixture)
from tests.translations.test_stale import change_french_summary
from translation_desk import catalogue


@pytest.fixture(autouse=True)
def _english_admin(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def test_french_change_shows_kirundi_and_english_stale_in_the_dashboard(
    client,
    criminal_record_extract,
    people,  # noqa: F811
    justice,
):
    change_french_summary(criminal_record_extract, people["clerk"], people["reviewer"])
    client.force_login(people["clerk"])

    page = client.get("/admin/translation-desk/justice/rn/").content.decode()

    assert "stale: the French text changed since" in page
    assert f'href="/admin/procedures/procedure/{criminal_record_extract.pk}/change/#id_summary_rn"' in page
    assert catalogue.figures(justice, "rn").counts["stale"] == 1
    assert catalogue.figures(justice, "en").counts["stale"] == 1
    assert catalogue.figures(justice, "fr").counts["stale"] == 0


def test_missing_kirundi_text_is_counted_and_the_procedure_is_not_complete(
    client,
    criminal_record_extract,
    justice,
    people,  # noqa: F811
):
    assert catalogue.figures(justice, "rn").complete_share == 1
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(summary_rn="")
    figures = catalogue.figures(justice, "rn")
    assert figures.counts["missing"] == 1
    assert figures.complete_share == 0
    client.force_login(people["clerk"])
    overview = client.get("/admin/translation-desk/?language=rn").content.decode()
    assert "0 / 1 (0 %)" in overview


def test_a_clerk_sees_only_their_ministrys_translations(
    client,
    criminal_record_extract,
    passport,
    people,  # noqa: F811
):
    client.force_login(people["clerk"])
    assert client.get("/admin/translation-desk/interior/rn/").status_code == 404
    assert client.get("/admin/translation-desk/interior/rn/export.xliff").status_code == 404
    overview = client.get("/admin/translation-desk/").content.decode()
    assert "/admin/translation-desk/justice/rn/" in overview
    assert (
        "/admin/translation-desk/interior/" not in overview
        and "/admin/translation-desk/themes/" not in overview
    )


def test_a_reviewer_sees_every_ministry_and_the_themes(client, criminal_record_extract, passport, people):  # noqa: F811
    client.force_login(people["reviewer"])
    assert client.get("/admin/translation-desk/interior/en/").status_code == 200
    assert client.get("/admin/translation-desk/themes/rn/").status_code == 200
    assert client.get("/admin/translation-desk/justice/xx/").status_code == 404


def test_statistics_page_shows_each_ministrys_share_fully_in_kirundi(
    client, criminal_record_extract, passport
):
    Procedure.objects.filter(pk=passport.pk).update(eligibility_rn="")
    page = client.get("/en/feedback/figures/").content.decode()
    page = re.sub(r' data-label="[^"]*"', "", page)  # each figure's column name, for the phone layout
    section = page[page.index('id="kirundi"') :]
    assert "Ministry of Justice</th><td>1</td><td>1 (100 %)" in section
    assert "Ministry of the Interior</th><td>1</td><td>0 (0 %)" in section
