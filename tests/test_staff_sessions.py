"""Staff sessions end after a working day without activity, and when the browser closes."""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.utils import timezone

WORKING_DAY = timedelta(hours=9)


def test_the_session_cookie_ends_with_the_browser(client, superuser):
    client.force_login(superuser)
    response = client.get("/admin/")
    cookie = response.cookies["sessionid"]
    assert response.status_code == 200
    assert cookie["expires"] == "" and cookie["max-age"] == ""  # no date: gone when the browser closes


def test_each_request_gives_the_session_another_working_day(client, superuser):
    client.force_login(superuser)
    session = Session.objects.get()
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() + timedelta(minutes=5))
    assert client.get("/admin/").status_code == 200
    remaining = Session.objects.get(pk=session.pk).expire_date - timezone.now()
    assert WORKING_DAY - timedelta(minutes=1) < remaining <= WORKING_DAY


def test_a_session_idle_for_a_working_day_has_ended(client, superuser):
    client.force_login(superuser)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
