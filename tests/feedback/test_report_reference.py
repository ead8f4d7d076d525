"""The citizen leaves with a reference number for their report, the one the clerk's admin shows."""

import pytest

from feedback.models import Report
from tests.feedback.test_reports import _fresh_rate_limit, send  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_thanks_page_gives_the_reports_reference_number(client, passport):
    response = send(
        client, "/en/feedback/procedures/passport/", kind="problem", topic="fee", text="Wrong fee"
    )
    report = Report.objects.get()
    assert f"Reference number: <strong>{report.pk:06d}</strong>" in response.content.decode()


def test_a_yes_no_answer_has_no_reference(client, passport):
    response = send(client, "/en/feedback/procedures/passport/", kind="useful")
    assert "Reference number" not in response.content.decode()
