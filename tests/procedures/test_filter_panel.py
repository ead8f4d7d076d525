"""The filter panel on the procedure list and search: a checkbox for free procedures, translated,
and a panel that stays folded until a filter is on."""

import pytest

pytestmark = pytest.mark.django_db


def test_free_procedures_are_a_translated_checkbox(client, passport, criminal_record_extract):
    for lang, label in (
        ("rn", "Inzira z'ubuntu gusa"),
        ("fr", "Démarches gratuites uniquement"),
        ("en", "Free of charge only"),
    ):
        page = client.get(f"/{lang}/procedures/").text
        assert '<input type="checkbox" name="free" id="id_free">' in page, lang
        assert label.replace("'", "&#x27;") in page or label in page, lang
        assert "Unknown" not in page and "Yes" not in page, lang


def test_the_checkbox_keeps_only_free_procedures(client, passport, criminal_record_extract):
    from procedures.models import Fee

    Fee.objects.filter(procedure=criminal_record_extract).update(amount_bif=0)
    page = client.get("/en/procedures/?free=on").text
    assert "criminal-record-extract en" in page and "passport en" not in page
    assert 'name="free" id="id_free" checked' in page


def test_the_panel_is_folded_until_a_filter_is_on(client, passport, interior):
    folded = client.get("/en/search/?q=passport").text
    assert '<details class="filters">' in folded
    for address in ("/en/search/?q=passport&ministry=interior", "/en/procedures/?free=on"):
        assert '<details class="filters" open>' in client.get(address).text, address
    # An empty choice, as the form sends for "all ministries", is no filter.
    assert '<details class="filters">' in client.get("/en/procedures/?ministry=&theme=").text


def test_the_panel_is_built_once_and_shows_a_new_life_event_at_once(client, passport, theme):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from procedures.models import Theme
    from tests.conftest import tr, translated

    client.get("/en/procedures/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/procedures/")
    assert not any("procedures_theme" in query["sql"] for query in queries)  # the choices were kept

    # Saved and not committed (tests roll back): no catalogue version moved, the panel shows it all the same.
    Theme.objects.create(slug="land", **translated("name", tr("Amatongo", "Foncier", "Land and property")))
    assert "Land and property" in client.get("/en/procedures/").text
