"""A clerk who enters the same weekday and period twice for an office is told so on the row, in her
language, and nothing is proposed; never a server error."""

import datetime
from html import unescape

from django.urls import reverse

from ministries.models import OpeningHours
from review.models import Proposal
from tests.review.test_reviewed_content import admin_form_data, logged_in


def with_monday_morning(office):
    OpeningHours.objects.create(
        office=office,
        weekday=0,
        period="morning",
        opens=datetime.time(7, 30),
        closes=datetime.time(12, 0),
    )
    return office


def post_with_an_extra_row(person, office, language="en", **row):
    browser = logged_in(person)
    browser.cookies["django_language"] = language
    url = reverse("admin:ministries_office_change", args=[office.pk])
    data = admin_form_data(browser.get(url))
    extra = int(data["hours-TOTAL_FORMS"])
    data["hours-TOTAL_FORMS"] = str(extra + 1)
    data.update({f"hours-{extra}-{name}": value for name, value in row.items()})
    return browser.post(url, data)


MONDAY_MORNING_AGAIN = {"weekday": "0", "period": "morning", "opens": "08:00", "closes": "11:00"}


def test_the_same_weekday_and_period_twice_is_refused_on_the_row(justice_office, justice_clerk):
    answer = post_with_an_extra_row(
        justice_clerk, with_monday_morning(justice_office), **MONDAY_MORNING_AGAIN
    )
    assert answer.status_code == 200
    text = unescape(answer.text)
    assert "Monday, Morning already has its hours: change that row rather than adding another." in text
    assert not Proposal.objects.exists()
    assert list(justice_office.hours.values_list("opens", flat=True)) == [datetime.time(7, 30)]


def test_the_refusal_is_in_the_clerks_language(justice_office, justice_clerk):
    answer = post_with_an_extra_row(
        justice_clerk, with_monday_morning(justice_office), language="fr", **MONDAY_MORNING_AGAIN
    )
    assert answer.status_code == 200
    assert "a déjà ses horaires" in unescape(answer.text)


def test_a_superuser_saving_directly_is_refused_too(justice_office, admin_user):
    answer = post_with_an_extra_row(admin_user, with_monday_morning(justice_office), **MONDAY_MORNING_AGAIN)
    assert answer.status_code == 200
    assert "already has its hours" in unescape(answer.text)
    assert justice_office.hours.count() == 1


def test_a_row_added_meanwhile_by_someone_else_is_told_not_a_server_error(justice_office, admin_user):
    browser = logged_in(admin_user)
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    data = admin_form_data(browser.get(url))  # the form is opened before the other row is saved
    with_monday_morning(justice_office)
    extra = int(data["hours-TOTAL_FORMS"])
    data["hours-TOTAL_FORMS"] = str(extra + 1)
    data.update({f"hours-{extra}-{name}": value for name, value in MONDAY_MORNING_AGAIN.items()})
    answer = browser.post(url, data)
    assert answer.status_code == 200
    assert "Monday, Morning already has its hours" in unescape(answer.text)
    assert justice_office.hours.count() == 1
