"""Citizen pages on a 390 px phone (an iPhone 12–15 and most recent Android phones): nothing sideways,
the results in the first screen, no error in the console."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_390(browser):
    context = browser.new_context(viewport=PHONE, locale="fr-BI")
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def in_first_screen(locator):
    box = locator.bounding_box()
    return box is not None and box["y"] + min(box["height"], 40) <= PHONE["height"]


@pytest.mark.parametrize(
    "address",
    [
        "/fr/search/?q=passeport",
        "/fr/search/?q=passeport&ministry=interior",  # a filter on: the panel is open
        "/fr/procedures/",
        "/fr/procedures/?free=on",
    ],
)
def test_results_come_first_and_nothing_is_sideways(phone_390, demo_site, address):
    phone_390.goto(demo_site.url + address)
    assert fits_the_screen(phone_390), phone_390.evaluate("document.documentElement.scrollWidth")
    first_result = phone_390.locator("main .cards li a").first
    assert in_first_screen(first_result), first_result.bounding_box()
    filters = phone_390.locator("details.filters")
    assert filters.evaluate("d => d.open") == ("ministry=" in address or "free=" in address)
    assert phone_390.console_errors == []


def test_the_filters_open_without_javascript_and_filter(browser, demo_site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/en/search/?q=passport")
    page.locator("details.filters summary").click()
    page.get_by_label("Free of charge only").check()
    page.get_by_role("button", name="Filter").click()
    assert "free=on" in page.url
    assert page.locator("details.filters").evaluate("d => d.open") is True
    assert fits_the_screen(page)
    context.close()


def test_every_page_type_loads_without_a_console_error(phone_390, demo_site):
    for address in (
        "/rn/",
        "/fr/themes/travel/",
        "/fr/procedures/passport/",
        "/fr/ministries/interior/",
        "/fr/forms/",
        "/fr/links/",
        "/en/about/",
    ):
        phone_390.goto(demo_site.url + address)
        assert fits_the_screen(phone_390), address
    assert phone_390.console_errors == []  # the browser's own /favicon.ico request included
    favicon = phone_390.request.get(demo_site.url + "/favicon.ico")
    assert favicon.ok and favicon.headers["content-type"] == "image/svg+xml"
