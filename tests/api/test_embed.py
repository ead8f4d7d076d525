"""The embeddable procedure: another site may frame it, nothing else; published only; no script."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from procedures.models import Procedure
from tests.conftest import make_procedure

pytestmark = pytest.mark.django_db


def test_a_procedure_shown_in_another_sites_frame_in_the_chosen_language(client, passport):
    response = client.get("/fr/embed/procedures/passport/")

    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="fr">' in page
    assert "passport fr" in page and "235" in page and "CGM Gitega" in page
    assert "<script" not in page and "style=" not in page
    assert 'href="http://testserver/fr/procedures/passport/" target="_blank"' in page
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response


def test_only_the_snippet_may_be_framed(client, passport):
    response = client.get("/fr/procedures/passport/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_text_in_a_fallback_language_is_marked_so(client, passport):
    Procedure.objects.filter(pk=passport.pk).update(summary_en="")
    page = client.get("/en/embed/procedures/passport/").content.decode()
    assert '<p lang="fr">Résumé</p>' in page
    assert "shown in French" in page


def test_unpublished_procedures_cannot_be_embedded(client, passport, criminal_records, justice_office):
    for slug, status in (("secret-draft", "draft"), ("withdrawn-one", "withdrawn"), ("sent", "submitted")):
        procedure = make_procedure(slug, criminal_records, justice_office)
        Procedure.objects.filter(pk=procedure.pk).update(status=status)
        assert client.get(f"/fr/embed/procedures/{slug}/").status_code == 404


def test_snippet_queries_do_not_grow_with_its_parts(client, passport, justice_office):
    def count():
        client.get("/fr/embed/procedures/passport/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/fr/embed/procedures/passport/")
        return len(queries)

    # procedure with institution and ministry; themes; steps; fees; rejection reasons; legal bases; change
    # notes; documents with form; their current files; offices with institution, commune, province;
    # hours; provinces served; communes served (documents have no form here: no file query)
    before = count()
    passport.offices.add(justice_office)
    for position in range(5, 9):
        passport.steps.create(position=position, title_rn="Intambwe", title_fr="Étape")
    assert count() == before == 12
