import pytest
from django.utils import formats, timezone, translation

from procedures.models import Procedure

pytestmark = pytest.mark.browser


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "browser-test-password")
    page.click("input[type=submit]")


def bif(amount):
    with translation.override("en"):
        return f"{formats.number_format(amount, force_grouping=True)} BIF"


def test_fee_change_goes_through_review_before_citizens_see_it(open_page, demo_site, page_cache):
    procedure = Procedure.objects.get(slug="criminal-record-extract")
    old_total = procedure.total_fee_bif
    first_fee = procedure.fees.order_by("position").first()
    new_total = old_total - first_fee.amount_bif + 35_000
    public_url = demo_site.url + "/en/procedures/criminal-record-extract/"

    clerk = open_page()
    log_in(clerk, demo_site.url, "clerk-justice")
    clerk.goto(demo_site.url + "/admin/procedures/procedure/?q=criminal-record-extract")
    clerk.locator("#result_list tbody th a").first.click()
    assert not Procedure.objects.filter(draft_of=procedure).exists()  # opening it proposes nothing yet
    clerk.fill("#id_fees-0-amount_bif", "35000")
    clerk.click("input[name=_continue]")
    copy = Procedure.objects.get(draft_of=procedure)  # the first save started the proposal
    assert clerk.url.endswith(f"/admin/procedures/procedure/{copy.pk}/change/")
    clerk.get_by_role("link", name="Submit for review").click()
    clerk.fill("#id_change_note_rn", "Amafaranga y'icemezo yaduze")
    clerk.fill("#id_change_note_fr", "Frais portés à 35 000 BIF")
    clerk.fill("#id_change_note_en", "Fee raised to 35,000 BIF")
    clerk.get_by_role("button", name="Submit for review").click()

    citizen = open_page(360, 640)
    citizen.goto(public_url)
    assert bif(old_total) in citizen.locator(".facts").inner_text()

    reviewer = open_page()
    log_in(reviewer, demo_site.url, "reviewer")
    reviewer.goto(demo_site.url + "/admin/procedures/procedure/review-queue/")
    reviewer.locator("#content table a").first.click()
    diff = reviewer.locator("table.diff").inner_text()
    assert str(first_fee.amount_bif) in diff and "35000" in diff
    reviewer.click("#content button[name=decision][value=approve]")

    citizen.goto(public_url)
    assert bif(new_total) in citizen.locator(".facts").inner_text()
    with translation.override("en"):
        today = formats.date_format(timezone.localdate())
    updates = citizen.locator("#updates").locator("..").inner_text()
    assert f"Last updated on {today}" in updates
    assert "Fee raised to 35,000 BIF" in updates
