"""Every page a citizen or a servant can reach, on a 390 px phone in Kirundi, fits the screen: no page
is read sideways or zoomed out. The pages are found by following the links from the home page (and,
signed in, from the servant's file), so a new page is checked the day it is linked."""

from urllib.parse import urldefrag, urlsplit

import pytest

from tests.browser.conftest import sign_in

# The demo is loaded once for the module (journey_site); the marker only has the test database set up.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
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


@pytest.fixture
def phone_390(browser):
    context = browser.new_context(viewport=PHONE, locale="rn")
    yield context.new_page()
    context.close()


def test_every_public_page_fits_a_390_px_phone(phone_390, journey_site):
    seen, too_wide = walk(phone_390, journey_site, journey_site.url + "/rn/", "/rn/")
    extra = ["/rn/feedback/figures/", "/rn/account/login/", "/rn/account/password/", "/rn/search/?q=pasiporo"]
    for path in extra:
        _, wide = walk(phone_390, journey_site, journey_site.url + path, "/rn/nothing-else/")
        too_wide.update(wide)
    assert len(seen) > 50  # the crawl really went through the catalogue
    assert too_wide == {}


def hr_opens_the_file_and_prints_a_letter(browser, site, matricule):
    """So that "who opened my file" has rows to show (the page that ran 901 px wide)."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    hr = context.new_page()
    sign_in(hr, site, "hr-justice")
    hr.goto(f"{site.url}/rn/archive/dossiers/?q={matricule}")
    hr.locator("main a[href*='/dossiers/']").first.click()
    hr.locator("main a[href*='/documents/']").first.click()
    hr.go_back()
    with hr.expect_download():
        hr.locator("main form[action$='/letter.pdf'] button").click()
    context.close()


def test_every_page_of_a_signed_in_servant_fits_a_390_px_phone(browser, phone_390, journey_site):
    hr_opens_the_file_and_prints_a_letter(browser, journey_site, "DEMO-0001")
    sign_in(phone_390, journey_site, "servant-1")
    assert phone_390.url.endswith("/rn/archive/")
    seen, too_wide = walk(phone_390, journey_site, journey_site.url + "/rn/archive/", "/rn/archive/")
    assert any("/opened/" in address for address in seen)
    phone_390.goto(next(address for address in seen if address.endswith("/opened/")))
    assert phone_390.locator("table.log tbody tr").count() >= 3  # the file, a document, the letter
    assert any("/documents/" in address for address in seen)
    assert too_wide == {}
