"""A journey and a procedure in it, on a 390 px phone with JavaScript off (issue 28 item 3)."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize(
    ("language", "part_of"), [("rn", "Igice ca:"), ("fr", "Fait partie de"), ("en", "Part of:")]
)
def test_from_a_procedure_to_its_journey_and_the_next_step(browser, demo_site, language, part_of):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_site.url}/{language}/procedures/birth-certificate/")
    box = page.locator("nav.part-of")
    assert part_of in box.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    box.locator("a").first.click()
    page.wait_for_url("**/journeys/having-a-baby/")
    assert page.locator("ol.journey > li").count() == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()
