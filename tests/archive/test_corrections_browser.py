"""On a phone, a servant logs in, finds that a decree in their file is not theirs and asks for a
correction with a photo; the HR officer answers; the servant comes back later and reads the answer."""

import pytest
from django.test import Client

from archive.models import CorrectionRequest
from tests.archive.conftest import PASSWORD, make_scan
from tests.archive.test_browser_journey import no_violations

pytestmark = pytest.mark.browser


def log_in(page, base, username):
    page.goto(f"{base}/en/account/login/?next=/en/archive/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/en/archive/")


def test_servant_asks_for_a_correction_and_later_reads_hrs_answer(
    phone, live_server, filled, hr_justice, tmp_path
):
    alice = filled["alice"]
    log_in(phone, live_server.url, alice.user.username)
    phone.click("text=Appointment of Alice")
    phone.click("text=Ask for a correction")
    assert phone.locator("input[name=subject][value=document]").is_checked()
    no_violations(phone)
    phone.fill("textarea[name=description]", "This decree names me but the reference is D-100/2011.")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(make_scan("JPEG"))
    phone.set_input_files("input[name=attachment]", str(photo))
    phone.click("main button[type=submit]")
    assert phone.locator("#state").inner_text() == "Received"
    assert phone.locator("text=No answer yet.").is_visible()
    no_violations(phone)

    correction = CorrectionRequest.objects.get()
    assert correction.document.title == "Appointment of Alice" and correction.attachment_format == "jpeg"
    hr = Client()
    hr.force_login(hr_justice)
    hr.post(correction.get_absolute_url(), {"state": "in_progress"})
    hr.post(
        correction.get_absolute_url(), {"state": "corrected", "answer": "The reference is now D-100/2011."}
    )

    phone.goto(f"{live_server.url}/en/archive/")
    phone.click("text=My correction requests")
    assert "Corrected" in phone.locator("main li").first.inner_text()
    no_violations(phone)
    phone.click("main li a")
    assert phone.locator("#state").inner_text() == "Corrected"
    assert phone.locator("#answer").inner_text() == "The reference is now D-100/2011."
    no_violations(phone)
