"""A procedure page's parts are kept per catalogue version: built once, built again when anything
citizens see changes (a save of a public row, which moves the version once committed)."""

import datetime

import pytest
from django.utils import timezone

from ministries.models import OpeningHours
from procedures import page_parts
from procedures.models import Procedure, Step
from translations import glossary
from translations.models import GlossaryTerm


@pytest.fixture
def builds(monkeypatch):
    """How many times a page's parts were built."""
    counted = []
    real = page_parts._built

    def counting(*args, **kwargs):
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(page_parts, "_built", counting)
    return counted


def test_a_page_is_built_once_for_what_it_shows(client, passport, builds):
    first = client.get("/en/procedures/passport/")
    second = client.get("/en/procedures/passport/")
    assert len(builds) == 1
    assert first.text.split('name="token"')[0] == second.text.split('name="token"')[0]
    client.get("/fr/procedures/passport/")  # another language: other parts
    assert len(builds) == 2


def test_a_changed_public_row_is_shown_at_once(client, passport, builds):
    client.get("/en/procedures/passport/")
    step = Step.objects.get(procedure=passport, position=2)
    step.title_en = "Pay at the Central Bank"
    step.save()  # as a publication writes it: this process's parts go at once, the version on commit
    page = client.get("/en/procedures/passport/")
    assert "Pay at the Central Bank" in page.text
    assert len(builds) == 2


def test_a_page_built_one_day_makes_no_claim_about_today_the_next(
    client, passport, interior_office, monkeypatch, settings
):
    """The page is kept and cached for days: it lists each office's hours by weekday, and whether the
    office is open now is worked out in the reader's browser (static/js/office-hours.js)."""
    settings.PAGE_CACHE = False  # the parts' own keying (a cached page lives at most page_cache.TIMEOUT)
    OpeningHours.objects.create(
        office=interior_office, weekday=0, period="morning", opens="07:30", closes="12:00"
    )
    monday, tuesday = datetime.date(2026, 11, 30), datetime.date(2026, 12, 1)
    monkeypatch.setattr(timezone, "localdate", lambda: monday)
    built_on_monday = client.get("/en/procedures/passport/").text
    monkeypatch.setattr(timezone, "localdate", lambda: tuesday)
    read_on_tuesday = client.get("/en/procedures/passport/").text
    for text in (built_on_monday, read_on_tuesday):
        assert "Open today" not in text and "Closed today" not in text
        assert '<tr data-weekday="0"><th scope="row">Monday</th>' in text
        assert 'data-opens="07:30" data-closes="12:00">07:30–12:00' in text
        assert 'class="open-now" hidden' in text and "js/office-hours.js" in text


def test_a_new_glossary_term_is_marked_up_on_a_page_already_built(client, passport):
    Procedure.objects.filter(pk=passport.pk).update(summary_en="Bring your CNI.")
    assert "<abbr" not in client.get("/en/procedures/passport/").text
    GlossaryTerm.objects.create(
        term_rn="indangamuntu",
        term_fr="carte nationale d'identité",
        term_en="national identity card",
        abbreviation="CNI",
    )
    try:
        assert (
            '<abbr title="national identity card">CNI</abbr>' in client.get("/en/procedures/passport/").text
        )
    finally:
        glossary.forget()


def test_a_withdrawn_page_names_its_replacement_as_it_is_now(client, passport, criminal_record_extract):
    Procedure.objects.filter(pk=passport.pk).update(
        status=Procedure.Status.WITHDRAWN, replaced_by=criminal_record_extract
    )
    assert "See instead: criminal-record-extract en" in client.get("/en/procedures/passport/").text
    criminal_record_extract.title_en = "Criminal record"
    criminal_record_extract.save()
    assert "See instead: Criminal record" in client.get("/en/procedures/passport/").text


def test_a_page_withdrawn_or_removed_is_not_served_from_kept_parts(client, passport):
    client.get("/en/procedures/passport/")
    passport.status = Procedure.Status.WITHDRAWN
    passport.save()  # citizens see it withdrawn
    assert "no longer" in client.get("/en/procedures/passport/").text.casefold()
    Procedure.objects.filter(pk=passport.pk).delete()
    assert client.get("/en/procedures/passport/").status_code == 404


def test_with_parts_not_kept_every_request_builds_its_page(client, passport, builds, settings):
    settings.KEEP_PAGE_PARTS = settings.PAGE_CACHE = False
    for _ in range(2):
        assert "passport en" in client.get("/en/procedures/passport/").text
    assert len(builds) == 2


def test_a_made_up_address_is_a_404_and_takes_no_room(client, passport):
    assert client.get("/en/procedures/no-such-procedure/").status_code == 404
    assert not any(key[0] == "no-such-procedure" for key in page_parts.kept.entries)
