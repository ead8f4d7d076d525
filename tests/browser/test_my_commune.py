"""A citizen on a 390 px phone, JavaScript off, picks their commune on a procedure page and sees their
office first (issue 28 item 1)."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize(
    ("language", "label", "button", "office"),
    [
        ("rn", "Komine yawe", "Nyereka ibiro vyanje", "Ibiro vy'irangamimerere vya komine Mukaza"),
        ("fr", "Votre commune", "Voir mon bureau", "Bureau de l'état civil de la commune Mukaza"),
        ("en", "Your commune", "Show my office", "Mukaza commune civil status office"),
    ],
)
def test_choosing_a_commune_in_the_frame_shows_the_office_first(
    browser, demo_site, language, label, button, office
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_site.url}/{language}/procedures/birth-certificate/")
    where = page.frame_locator("iframe.my-commune")
    where.get_by_label(label).select_option("mukaza")
    where.get_by_role("button", name=button).click()
    page.wait_for_url(f"**/{language}/procedures/birth-certificate/")
    assert where.get_by_text(office).first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    frame_box = page.locator("iframe.my-commune").bounding_box()
    assert frame_box["width"] <= PHONE["width"]
    inner = next(frame for frame in page.frames if "/my-commune/offices/" in frame.url)
    assert inner.evaluate("document.documentElement.scrollWidth") <= frame_box["width"]
    context.close()
