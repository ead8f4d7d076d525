"""Citizens' reports reach the clerks of the ministry that owns the page, and nobody else's."""

import pytest
from django.core import signing
from django.core.cache import cache

from feedback.guards import PER_HOUR, SALT
from feedback.models import Report

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def old_token(seconds=60):
    """A token signed `seconds` ago, as the page a citizen read before answering carried it."""
    signer = signing.TimestampSigner(salt=SALT)
    signer.timestamp = lambda: signing.b62_encode(int(__import__("time").time()) - seconds)
    return signer.sign("form")


def send(client, address, **data):
    headers = {name: data.pop(name) for name in list(data) if name.startswith("HTTP_")}
    return client.post(address, {"token": old_token(), "website": "", **data}, **headers)


def test_procedure_page_asks_whether_it_was_useful(client, passport):
    page = client.get("/en/procedures/passport/").content.decode()
    assert "Was this page useful?" in page
    assert 'action="/en/feedback/procedures/passport/"' in page


def test_a_problem_reaches_the_owning_ministrys_queue_only(
    client, passport, interior_clerk, justice_clerk, reviewer
):
    response = send(
        client, "/fr/feedback/procedures/passport/", kind="problem", topic="fee", text="Le prix a changé"
    )
    assert response.status_code == 200
    report = Report.objects.get()
    assert (report.ministry.slug, report.procedure, report.language) == ("interior", passport, "fr")

    client.force_login(interior_clerk)
    assert "Le prix a changé" in client.get(f"/admin/feedback/report/{report.pk}/change/").content.decode()
    client.force_login(justice_clerk)
    assert client.get("/admin/feedback/report/").content.decode().count("/admin/feedback/report/1/") == 0
    refused = client.get(f"/admin/feedback/report/{report.pk}/change/")
    assert refused.status_code == 404 and "Le prix" not in refused.content.decode()
    client.force_login(reviewer)
    assert client.get(f"/admin/feedback/report/{report.pk}/change/").status_code == 200


def test_an_office_report_goes_to_the_offices_ministry(client, justice_office):
    send(client, "/en/feedback/offices/criminal-records-bujumbura/", kind="problem", topic="office")
    assert Report.objects.get().ministry.slug == "justice"


def test_useful_yes_no_keeps_no_text(client, passport):
    send(client, "/en/feedback/procedures/passport/", kind="useful", text="ignored", contact="me@example.org")
    report = Report.objects.get()
    assert (report.kind, report.text, report.contact) == ("useful", "", "")


def test_robots_are_refused(client, passport):
    trapped = send(client, "/en/feedback/procedures/passport/", kind="useful", website="http://spam.example")
    too_fast = client.post(
        "/en/feedback/procedures/passport/",
        {"token": signing.TimestampSigner(salt=SALT).sign("form"), "kind": "useful"},
    )
    forged = client.post("/en/feedback/procedures/passport/", {"token": "form:forged:sig", "kind": "useful"})
    assert [r.status_code for r in (trapped, too_fast, forged)] == [400, 400, 400]
    assert "load the page again" in trapped.content.decode()
    assert not Report.objects.exists()


def test_a_flood_from_one_address_is_cut_off_with_a_translated_message(client, passport):
    for _number in range(PER_HOUR):
        assert send(client, "/fr/feedback/procedures/passport/", kind="useful").status_code == 200
    for _number in range(100 - PER_HOUR):
        response = send(client, "/fr/feedback/procedures/passport/", kind="useful")
    assert response.status_code == 429
    assert "Trop de signalements" in response.content.decode()
    assert Report.objects.count() == PER_HOUR


def test_behind_a_proxy_each_citizen_has_their_own_limit(client, passport, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _number in range(PER_HOUR):
        send(client, "/en/feedback/procedures/passport/", kind="useful", HTTP_X_FORWARDED_FOR="10.0.0.1")
    cut_off = send(
        client, "/en/feedback/procedures/passport/", kind="useful", HTTP_X_FORWARDED_FOR="10.0.0.1"
    )
    other = send(client, "/en/feedback/procedures/passport/", kind="useful", HTTP_X_FORWARDED_FOR="10.0.0.2")
    assert (cut_off.status_code, other.status_code) == (429, 200)


def test_a_script_in_a_report_is_shown_to_staff_as_text(client, passport, interior_clerk):
    send(client, "/en/feedback/procedures/passport/", kind="problem", text="<script>alert(1)</script>")
    client.force_login(interior_clerk)
    page = client.get(f"/admin/feedback/report/{Report.objects.get().pk}/change/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_contact_is_deleted_when_the_report_is_closed(client, passport):
    send(
        client,
        "/en/feedback/procedures/passport/",
        kind="problem",
        text="Wrong fee",
        contact="+257 79 000 000",
    )
    report = Report.objects.get()
    assert report.contact == "+257 79 000 000"
    report.state = Report.State.FIXED
    report.save()
    report.refresh_from_db()
    assert (report.contact, report.closed_at is not None) == ("", True)


def test_unpublished_procedures_take_no_reports(client, passport):
    passport.status = "draft"
    passport.save(update_fields=["status"])
    assert send(client, "/en/feedback/procedures/passport/", kind="useful").status_code == 404
