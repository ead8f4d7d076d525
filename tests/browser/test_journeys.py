"""A journey per person, in Kirundi, as issue 27 walked them: a citizen and a servant on a 390 px phone,
staff on a 1366×768 laptop. Each asserts what that person would notice (a sign-out button, a page that
fits, an error that names its field and language, a hold shown before a destruction) and axe-core finds
no WCAG violation on the pages walked. Then every page a citizen or a servant can reach (found by
following the links, so a new page is checked the day it is linked) must fit a 390 px phone. One live
server and one demo for the whole module."""

import time
from urllib.parse import urldefrag, urlsplit

import pytest
from playwright.sync_api import expect

from archive.models import LegalHold
from procedures.models import Procedure
from tests.browser.conftest import sign_in, sign_in_staff
from tests.browser.test_accessibility import WCAG_TAGS, axe_script

# The demo is loaded once for the module (journey_site); the marker only has the test database set up.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}


@pytest.fixture
def person(browser):
    """A fresh browser context per person (their own cookies), Kirundi first as in Burundi."""
    contexts = []

    def open_as(viewport):
        context = browser.new_context(viewport=viewport, locale="rn", accept_downloads=True)
        contexts.append(context)
        return context.new_page()

    yield open_as
    for context in contexts:
        context.close()


def fits(page, width):
    return page.evaluate("document.documentElement.scrollWidth") <= width


def no_violations(page):
    page.evaluate(axe_script())
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [(v["id"], v["nodes"][0]["html"][:120]) for v in result["violations"]]


def test_citizen_finds_a_procedure_reports_a_problem_and_reads_the_figures(person, journey_site):
    phone = person(PHONE)
    phone.goto(journey_site.url + "/rn/")
    assert phone.locator("html").get_attribute("lang") == "rn"
    phone.fill("input[name=q]", "pasiporo")
    phone.locator("form.search button").click()
    phone.locator("main .cards li a").first.click()
    assert "/rn/procedures/" in phone.url and fits(phone, PHONE["width"])
    downloads = phone.locator("#forms ~ ul a[hreflang]").evaluate_all("links => links.map(a => a.hreflang)")
    assert downloads[:3] == ["rn", "fr", "en"]  # Kirundi first on a Kirundi page
    phone.evaluate("window.print = () => { window.printed = true; }")
    phone.get_by_role("button", name="Capura uru rupapuro (n’urutonde rw’ivyo gutwara)").click()
    assert phone.evaluate("window.printed") is True

    phone.locator(".feedback a").click()  # "Report a problem"
    assert fits(phone, PHONE["width"])
    for control in (
        "select[name=topic]",
        "textarea[name=text]",
        "input[name=contact]",
        "main button[type=submit]",
    ):
        box = phone.locator(control).bounding_box()
        size = phone.locator(control).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert box["height"] >= 44 and size >= 16, (control, box, size)
    phone.select_option("select[name=topic]", index=1)
    phone.fill("textarea[name=text]", "Amafaranga yanditse ntahura n’ayo nasabwe ku biro.")
    time.sleep(2.1)  # the form refuses an answer sent under 2 s after the page was built (a robot's)
    with phone.expect_navigation():
        phone.locator("main button[type=submit]").click()
    expect(phone.locator("main a[href*='/rn/procedures/']")).to_be_visible()  # thanks, and back to the page
    assert phone.locator("h1").count() == 1 and fits(phone, PHONE["width"])
    assert no_violations(phone) == []

    phone.locator("footer a[href='/rn/feedback/figures/']").click()  # linked from every page now
    phone.wait_for_url("**/rn/feedback/figures/")
    assert fits(phone, PHONE["width"])
    assert no_violations(phone) == []


@pytest.mark.parametrize(
    ("bujumbura_time", "said"),
    [
        ("2026-12-07T09:00:00+02:00", "Hugurutse ubu, gushika 12:00"),
        ("2026-12-07T13:00:00+02:00", "Hugaye ubu"),
    ],
)
def test_citizen_reads_an_offices_hours_once_with_open_now(person, journey_site, bujumbura_time, said):
    phone = person(PHONE)
    phone.clock.set_fixed_time(bujumbura_time)  # a Monday: open 07:30–12:00 and 14:00–17:30
    phone.goto(journey_site.url + "/rn/offices/cam-ngozi/")
    expect(phone.locator(".open-now")).to_have_text(said)
    assert phone.locator("table.hours th", has_text="Ku wa mbere").count() == 1  # Monday once, not per period


@pytest.mark.parametrize(
    ("bujumbura_time", "said"),
    [
        ("2026-12-07T09:00:00+02:00", "Hugurutse ubu, gushika 12:00"),
        ("2026-12-07T13:00:00+02:00", "Hugaye ubu"),
    ],
)
def test_citizen_reads_on_a_procedure_page_whether_each_office_is_open_now(
    person, journey_site, bujumbura_time, said
):
    """The procedure page is kept in caches for days: the browser says whether an office is open now."""
    phone = person(PHONE)
    phone.clock.set_fixed_time(bujumbura_time)  # a Monday
    phone.goto(journey_site.url + "/rn/procedures/medical-assistance-card/")
    offices = phone.locator("[data-office-hours]")
    expect(offices.first.locator(".open-now")).to_have_text(said)
    assert offices.count() == phone.locator(".open-now:visible").count() >= 2  # one line per office
    assert fits(phone, PHONE["width"])


def test_servant_reads_who_opened_the_file_and_signs_out(person, journey_site):
    hr = person(LAPTOP)
    sign_in(hr, journey_site, "hr-justice")
    hr.goto(journey_site.url + "/rn/archive/dossiers/?q=DEMO-0002")  # a file of the interior: not hers
    hr.goto(journey_site.url + "/rn/archive/dossiers/?q=DEMO-0001")
    hr.locator("main a[href*='/dossiers/']").first.click()
    with hr.expect_download():
        hr.locator("main form[action$='/letter.pdf'] button").click()

    phone = person(PHONE)
    sign_in(phone, journey_site, "servant-1")
    header = phone.locator("header.site-header")
    assert "servant-1" in header.inner_text()
    sign_out = header.get_by_role("button", name="Sohoka")
    assert sign_out.is_visible()
    phone.locator("main a[href$='/opened/']").click()
    phone.wait_for_url("**/opened/")
    assert fits(phone, PHONE["width"]), phone.evaluate("document.documentElement.scrollWidth")
    log = phone.locator("table.log tbody").inner_text()
    assert "yacapuye urwandiko" in log  # "printed a letter", not "downloaded the file"
    assert no_violations(phone) == []

    header.get_by_role("button", name="Sohoka").click()
    phone.wait_for_load_state()
    phone.goto(journey_site.url + "/rn/archive/")
    assert "/account/login/" in phone.url  # signed out: the file asks for a login again


def test_hr_officer_finds_a_file_and_sees_who_is_signed_in(person, journey_site):
    laptop = person(LAPTOP)
    sign_in(laptop, journey_site, "hr-justice")
    laptop.goto(journey_site.url + "/rn/archive/dossiers/?q=Ndayishimiye")
    laptop.locator("main a[href*='/dossiers/']").first.click()
    laptop.wait_for_url("**/dossiers/*/")
    assert "hr-justice" in laptop.locator("header.site-header").inner_text()
    assert laptop.locator("header.site-header").get_by_role("button", name="Sohoka").is_visible()
    assert no_violations(laptop) == []


def test_clerk_sees_the_work_first_and_a_failed_save_names_the_field(person, journey_site):
    laptop = person(LAPTOP)
    sign_in_staff(laptop, journey_site, "clerk-justice")
    laptop.goto(journey_site.url + "/admin/")
    work = laptop.locator(".work-dashboard h2").bounding_box()
    first_chart = laptop.locator(".dashboard-chart").first
    assert first_chart.count() == 0 or work["y"] < first_chart.bounding_box()["y"]

    laptop.goto(journey_site.url + "/admin/procedures/procedure/")
    pending = laptop.locator("#result_list th.column-pending_changes").bounding_box()
    assert pending["x"] + pending["width"] <= LAPTOP["width"]  # "submitted for review" is on screen
    assert no_violations(laptop) == []

    procedure = Procedure.objects.filter(status="published", institution__slug="criminal-records").first()
    laptop.goto(f"{journey_site.url}/admin/procedures/procedure/{procedure.pk}/change/")
    title_fr = laptop.locator("#id_steps-0-title_fr")
    title_fr.evaluate("e => { e.value = ''; }")  # what a clerk does by clearing the field in its tab
    laptop.locator("input[name=_continue]").click()
    summary = laptop.locator(".error-summary")
    expect(summary).to_be_visible()
    assert "(Igifaransa)" in summary.inner_text()  # the field's language, in the clerk's language
    expect(title_fr).to_be_visible()  # its language tab was opened
    assert not Procedure.objects.filter(draft_of=procedure).exists()  # the failed save made no copy


def test_reviewer_opens_the_review_queue(person, journey_site):
    laptop = person(LAPTOP)
    sign_in_staff(laptop, journey_site, "reviewer")
    laptop.goto(journey_site.url + "/admin/")
    expect(laptop.locator(".work-dashboard")).to_be_visible()
    assert no_violations(laptop) == []
    laptop.goto(journey_site.url + "/admin/procedures/procedure/review-queue/")
    assert laptop.locator("h1").count() >= 1
    assert laptop.locator("#logout-form button, form[action$='/logout/'] button").count() >= 1


def test_archivist_proposes_and_sees_the_hold_before_any_destruction(person, journey_site):
    laptop = person(LAPTOP)
    sign_in_staff(laptop, journey_site, "archivist")
    laptop.goto(journey_site.url + "/admin/archive/retentionrule/")
    laptop.locator("a[href$='/archive/disposition/']").first.click()  # the disposition page, from the admin
    laptop.wait_for_url("**/archive/disposition/")
    due = laptop.locator("input[name=document]").first
    due.check()
    laptop.locator("form[action$='/disposition/propose/'] button").click()
    expect(laptop.locator("ol.documents li").first).to_be_visible()
    waiting = laptop.locator("ol.documents li").first.inner_text()
    assert "DEMO-0013" in waiting

    laptop.locator("a[href$='/disposition/holds/']").first.click()
    laptop.fill("input[name=q]", "DEMO-0013")  # searched, not an internal id
    laptop.locator("main form[role=search] button").click()
    laptop.locator("textarea[name=reason]").first.fill("Urubanza rw’akazi 4/2026")
    laptop.locator("main form[action$='/holds/new/'] button").first.click()
    laptop.wait_for_url("**/archive/disposition/")
    assert LegalHold.objects.filter(servant__matricule="DEMO-0013", lifted_at__isnull=True).exists()
    notice = laptop.locator("ol.documents li .notice.hold").first
    assert "Urubanza rw’akazi 4/2026" in notice.inner_text()  # the hold is shown before any click
    assert no_violations(laptop) == []


def test_translator_reaches_the_desk_and_its_files(person, journey_site):
    laptop = person(LAPTOP)
    sign_in_staff(laptop, journey_site, "admin")
    laptop.goto(journey_site.url + "/admin/translation-desk/")
    assert laptop.locator("html").get_attribute("lang") in ("rn", "en", "fr")
    laptop.locator("#content a[href*='/admin/translation-desk/']").first.click()
    laptop.wait_for_load_state()
    export = laptop.locator("a[href*='xliff']").first.bounding_box()
    assert export is not None and export["y"] < LAPTOP["height"]  # in the first screen, not 7,600 px down


def test_the_ussd_simulator_plays_a_session(person, journey_site):
    laptop = person(LAPTOP)
    sign_in_staff(laptop, journey_site, "admin")
    laptop.goto(journey_site.url + "/admin/feature-phone-simulator/")
    laptop.locator("#content-main input[type=submit]").click()
    expect(laptop.locator(".feature-phone-screen")).not_to_be_empty()


# --- Every page at 390 px ---------------------------------------------------------------------------
# Files, not pages: forms, laws, scans, letters, open data, and the sign-out button's address.
NOT_PAGES = ("/forms/", "/legal-texts/", "/files/", "view.pdf", ".pdf", ".csv", "/scan", "/account/logout/")
MOST_PAGES = 600


def linked_pages(page, start, prefix):
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    for href in hrefs:
        address = urldefrag(href).url
        path = urlsplit(address).path
        if address.startswith(start) and path.startswith(prefix) and not any(n in path for n in NOT_PAGES):
            yield address


def walk(page, site, first, prefix):
    """Visit every page reachable from `first` under `prefix`; the ones wider than the phone."""
    seen, queue, too_wide = {first}, [first], {}
    while queue and len(seen) < MOST_PAGES:
        address = queue.pop(0)
        response = page.goto(address)
        assert response is not None and response.status == 200, (address, response and response.status)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[urlsplit(address).path] = width
        for found in linked_pages(page, site.url, prefix):
            if found not in seen:
                seen.add(found)
                queue.append(found)
    return seen, too_wide


def test_every_public_page_fits_a_390_px_phone(person, journey_site):
    phone_390 = person(PHONE)
    seen, too_wide = walk(phone_390, journey_site, journey_site.url + "/rn/", "/rn/")
    extra = ["/rn/feedback/figures/", "/rn/account/login/", "/rn/account/password/", "/rn/search/?q=pasiporo"]
    for path in extra:
        _, wide = walk(phone_390, journey_site, journey_site.url + path, "/rn/nothing-else/")
        too_wide.update(wide)
    assert len(seen) > 50  # the crawl really went through the catalogue
    assert too_wide == {}


def hr_opens_the_file_and_prints_a_letter(hr, site, matricule):
    """So that "who opened my file" has rows to show (the page that ran 901 px wide)."""
    sign_in(hr, site, "hr-justice")
    hr.goto(f"{site.url}/rn/archive/dossiers/?q={matricule}")
    hr.locator("main a[href*='/dossiers/']").first.click()
    hr.locator("main a[href*='/documents/']").first.click()
    hr.go_back()
    with hr.expect_download():
        hr.locator("main form[action$='/letter.pdf'] button").click()


def test_every_page_of_a_signed_in_servant_fits_a_390_px_phone(person, journey_site):
    hr_opens_the_file_and_prints_a_letter(person(LAPTOP), journey_site, "DEMO-0001")
    phone_390 = person(PHONE)
    sign_in(phone_390, journey_site, "servant-1")
    assert phone_390.url.endswith("/rn/archive/")
    seen, too_wide = walk(phone_390, journey_site, journey_site.url + "/rn/archive/", "/rn/archive/")
    assert any("/opened/" in address for address in seen)
    phone_390.goto(next(address for address in seen if address.endswith("/opened/")))
    assert phone_390.locator("table.log tbody tr").count() >= 3  # the file, a document, the letter
    assert any("/documents/" in address for address in seen)
    assert too_wide == {}
