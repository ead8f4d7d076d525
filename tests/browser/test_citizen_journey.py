import hashlib
from pathlib import Path

import pytest

from forms_library.models import FormFile

pytestmark = pytest.mark.browser


def test_citizen_finds_passport_switches_to_french_and_downloads_the_form(phone, demo_site):
    phone.goto(demo_site.url + "/")
    assert phone.url == demo_site.url + "/rn/"
    assert phone.locator("html").get_attribute("lang") == "rn"

    phone.locator("main a[href='/rn/themes/travel/']").click()
    assert phone.url.endswith("/rn/themes/travel/")

    phone.locator("main a[href='/rn/procedures/passport/']").click()
    assert phone.url.endswith("/rn/procedures/passport/")
    assert phone.locator("h1").count() == 1

    phone.get_by_role("link", name="français").click()
    assert phone.url.endswith("/fr/procedures/passport/")
    assert phone.locator("html").get_attribute("lang") == "fr"
    assert "passeport" in phone.locator("h1").inner_text().lower()

    link = phone.locator("a[href='/fr/forms/CGM-PAS-01/fr/']")
    with phone.expect_download() as download_info:
        link.click()
    download = download_info.value
    content = Path(download.path()).read_bytes()
    expected = FormFile.objects.get(form__reference_code="CGM-PAS-01", language="fr", is_current=True)
    assert content.startswith(b"%PDF-")
    assert hashlib.sha256(content).hexdigest() == expected.sha256
    assert download.suggested_filename == "CGM-PAS-01-fr.pdf"


def test_procedure_page_fits_a_phone_screen_without_sideways_scrolling(phone, demo_site):
    for width in (320, 360):
        phone.set_viewport_size({"width": width, "height": 640})
        phone.goto(demo_site.url + "/rn/procedures/passport/")
        assert phone.evaluate("document.documentElement.scrollWidth") <= width
