"""An HR officer on a 1366×768 laptop, in Kirundi, reads what a batch needs and checks their files before
registering anything (issue 27 item 3)."""

import pytest
from django.conf import settings
from django.test import Client

from archive.models import IngestBatch
from tests.archive.conftest import make_pdf
from tests.archive.test_batch_guidance import HEADER, xlsx, zip_file

pytestmark = pytest.mark.browser


@pytest.fixture
def laptop(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="rn-BI")
    page = context.new_page()
    yield page
    context.close()


def test_hr_checks_a_spreadsheet_in_kirundi_before_registering(
    laptop, live_server, hr_justice, alice, document_types, tmp_path
):
    hr = Client()
    hr.force_login(hr_justice)
    laptop.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": hr.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    laptop.goto(f"{live_server.url}/admin/archive/ingestbatch/upload/")
    assert laptop.evaluate("document.documentElement.scrollWidth") <= 1366
    assert "Iteka ryo gushirwa mu kazi" in laptop.locator("table:has(code)").inner_text()
    assert "YYYY-MM-DD" in laptop.content()

    manifest = tmp_path / "urutonde.xlsx"
    manifest.write_bytes(
        xlsx([HEADER, ["JU-1001", "appointment", "2019-04-01", "Iteka rya Alice", "", "a.pdf"]]).getvalue()
    )
    files = tmp_path / "amadosiye.zip"
    files.write_bytes(zip_file({"a.pdf": make_pdf()}).getvalue())
    laptop.set_input_files("input[name=manifest]", str(manifest))
    laptop.set_input_files("input[name=files]", str(files))
    laptop.click("button[value=check]")
    status = laptop.locator("[role=status]").inner_text()
    assert "Umurongo 1 uriteguye." in status
    row = laptop.locator("#checked-heading ~ table tbody tr").first.inner_text()
    assert "Iteka rya Alice" in row and "Ndayishimiyé Alice" in row and "Iriteguye" in row
    assert laptop.evaluate("document.documentElement.scrollWidth") <= 1366
    assert not IngestBatch.objects.exists()
