"""A citizen picks their commune once; procedure pages then show first the office serving it."""

from datetime import datetime

import pytest
from django.utils import timezone

from ministries import communes
from ministries.models import Commune, Office, Province
from procedures.models import Procedure

BIRTH = "/en/procedures/birth-certificate/"


def frame(client, slug="birth-certificate", **query):
    return client.get(f"/en/my-commune/offices/{slug}/", query)


def choose(client, commune, next_address=BIRTH):
    return client.post("/en/my-commune/", {"commune": commune, "next": next_address})


@pytest.mark.django_db
def test_the_42_communes_of_the_reform_are_under_their_5_provinces(demo_loaded):
    assert Province.objects.count() == 5
    counts = {p.slug: p.communes.count() for p in Province.objects.all()}
    assert counts == {"bujumbura": 11, "gitega": 9, "butanyerera": 8, "burunga": 7, "buhumuza": 7}
    assert Commune.objects.count() == 42 and not Commune.objects.filter(is_sample=False).exists()


@pytest.mark.django_db
def test_choosing_a_commune_keeps_it_in_a_cookie_and_goes_back_to_the_page(demo_loaded, client):
    response = choose(client, "mukaza")
    assert response.status_code == 302 and response["Location"] == BIRTH
    cookie = response.cookies[communes.COOKIE]
    assert cookie.value == "mukaza" and cookie["httponly"] and cookie["samesite"] == "Lax"
    page = client.get("/en/my-commune/").content.decode()
    assert "Your commune now: <strong>Mukaza</strong> (Bujumbura)." in page


@pytest.mark.django_db
def test_a_commune_typed_by_hand_gets_a_clear_answer_and_no_cookie(demo_loaded, client):
    response = choose(client, "atlantis")
    assert response.status_code == 400 and communes.COOKIE not in response.cookies
    assert "Choose your commune in the list." in response.content.decode()
    assert 'value="/en/procedures/birth-certificate/"' in response.content.decode()  # nothing lost


@pytest.mark.django_db
def test_going_back_never_leaves_the_site(demo_loaded, client):
    assert choose(client, "mukaza", "https://evil.example/")["Location"] == "/en/my-commune/"


@pytest.mark.django_db
def test_a_commune_can_be_forgotten(demo_loaded, client):
    choose(client, "mukaza")
    response = client.post("/en/my-commune/", {"forget": "1", "next": BIRTH})
    assert response.cookies[communes.COOKIE].value == ""
    assert "Where to apply from your commune" in frame(client).content.decode()


@pytest.mark.django_db
def test_the_office_serving_the_commune_comes_first_with_todays_hours(demo_loaded, client):
    choose(client, "mukaza")
    page = frame(client).content.decode()
    assert "Your commune: <strong>Mukaza</strong>" in page and "Your office" in page
    assert "Mukaza commune civil status office" in page
    assert "Gitega commune civil status office" not in page
    assert ("Open now" in page) != ("Closed now" in page)


@pytest.mark.django_db
def test_an_office_serving_the_whole_province_serves_its_communes(demo_loaded, client):
    choose(client, "muha")
    page = frame(client).content.decode()
    assert "Your office" in page and "Bujumbura provincial one-stop shop" in page
    assert "Mukaza commune civil status office" not in page


@pytest.mark.django_db
def test_a_commune_no_office_serves_says_so_and_names_the_nearest(demo_loaded, client):
    choose(client, "rumonge")
    page = frame(client).content.decode()
    assert "No office serves Rumonge for this procedure" in page
    assert "The nearest we know:" in page and "Mukaza commune civil status office" in page


@pytest.mark.django_db
def test_without_a_commune_the_frame_offers_the_choice(demo_loaded, client):
    page = frame(client).content.decode()
    assert '<optgroup label="Burunga">' in page and 'value="rumonge"' in page
    assert 'target="_top"' in page and 'value="/en/procedures/birth-certificate/"' in page


@pytest.mark.django_db
def test_the_frame_of_an_unknown_procedure_is_a_404(demo_loaded, client):
    assert frame(client, slug="no-such-procedure").status_code == 404


@pytest.mark.django_db
def test_the_frame_is_never_stored_by_a_shared_cache_and_may_only_be_framed_here(demo_loaded, client):
    response = frame(client)
    assert "private" in response["Cache-Control"] and "Cookie" in response["Vary"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_procedure_page_is_the_same_for_everyone_and_stays_public(demo_loaded, client, settings):
    settings.PAGE_CACHE = False
    anonymous = client.get(BIRTH)
    choose(client, "mukaza")
    chosen = client.get(BIRTH)
    assert anonymous.content == chosen.content
    assert "public" in chosen["Cache-Control"] and "Cookie" not in chosen.get("Vary", "")
    assert 'src="/en/my-commune/offices/birth-certificate/"' in chosen.content.decode()


@pytest.mark.django_db
def test_open_now_follows_the_hours_of_today(demo_loaded):
    office = Office.objects.get(slug="civil-status-mukaza")
    mukaza = Commune.objects.get(slug="mukaza")
    offices = Office.objects.filter(pk=office.pk)
    monday_morning = timezone.make_aware(datetime(2026, 12, 7, 9, 0))
    monday_lunch = timezone.make_aware(datetime(2026, 12, 7, 12, 30))
    sunday = timezone.make_aware(datetime(2026, 12, 6, 9, 0))
    assert communes.where_to_apply(offices, mukaza, monday_morning).competent[0].open_now
    at_lunch = communes.where_to_apply(offices, mukaza, monday_lunch).competent[0]
    assert not at_lunch.open_now and at_lunch.opens_next.hour == 14
    assert communes.where_to_apply(offices, mukaza, sunday).competent[0].periods == []


@pytest.mark.django_db
def test_a_draft_has_no_frame(demo_loaded, client):
    draft = Procedure.objects.exclude(status="published").first()
    if draft is not None:
        assert frame(client, slug=draft.slug).status_code == 404


@pytest.mark.django_db
def test_frames_kept_by_the_page_cache_are_kept_per_commune(demo_loaded, client, settings):
    settings.PAGE_CACHE = True
    choose(client, "mukaza")
    assert "Mukaza commune civil status office" in frame(client).content.decode()
    choose(client, "gitega")
    again = frame(client).content.decode()
    assert "Gitega commune civil status office" in again and "Mukaza commune civil status office" not in again
