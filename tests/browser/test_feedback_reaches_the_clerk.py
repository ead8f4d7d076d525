"""A citizen reports a problem from a phone; the clerks of the ministry that owns the page find it in
their queue and on their dashboard, and the other ministry's clerks do not. (tests/feedback covers the
routing, the limits and the escaping without a browser.)"""

import pytest

from feedback.models import Report

pytestmark = pytest.mark.browser

TEXT = "Le montant affiché n'est plus le bon depuis janvier."


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")


def test_a_report_typed_on_a_phone_reaches_only_the_owning_ministrys_clerks(
    transactional_db,
    live_server,
    phone,
    open_page,
    passport,
    criminal_record_extract,
    interior_clerk,
    justice_clerk,
):
    phone.goto(live_server.url + "/fr/procedures/passport/")
    phone.get_by_role("link", name="Signaler un problème").click()
    phone.get_by_label("Qu'est-ce qui ne va pas ?").select_option("fee")
    phone.get_by_label("Dites-nous en plus").fill(TEXT)
    phone.wait_for_timeout(2100)  # the form refuses what is sent within 2 seconds of the page (robots)
    phone.get_by_role("button", name="Envoyer").click()
    assert phone.get_by_role("heading", name="Merci").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert Report.objects.get().ministry == passport.institution.ministry

    interior = open_page()
    log_in(interior, live_server.url, interior_clerk.username)
    reports = interior.locator("section.work-dashboard .module", has_text="Open reports about our pages")
    assert "passport" in reports.inner_text() and "(1)" in reports.inner_text()
    interior.goto(live_server.url + "/admin/feedback/report/")
    row = interior.locator("#result_list tbody tr", has_text="passport")
    assert row.count() == 1
    row.get_by_role("link").first.click()
    interior.wait_for_url("**/change/")
    interior.wait_for_load_state()
    assert TEXT in interior.content()

    justice = open_page()
    log_in(justice, live_server.url, justice_clerk.username)
    reports = justice.locator("section.work-dashboard .module", has_text="Open reports about our pages")
    assert "(0)" in reports.inner_text()
    justice.goto(live_server.url + "/admin/feedback/report/")
    assert "passport" not in justice.locator("#content").inner_text()
