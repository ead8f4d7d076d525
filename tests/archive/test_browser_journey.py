"""A servant activates their account with the code from their letter, on a phone, reads their dossier,
downloads their appointment decree and sees that HR opened it; axe-core finds no violation on the way."""

import pytest
from django.test import Client

from archive.letters import issue_letters
from archive.models import StoredFile
from tests.browser.test_accessibility import WCAG_TAGS, axe_script

pytestmark = pytest.mark.browser
NEW_PASSWORD = "inzu-nziza-ku-musozi"  # noqa: S105


def no_violations(page):
    page.evaluate(axe_script())
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    assert result["violations"] == [], [(v["id"], v["nodes"][0]["html"]) for v in result["violations"]]


def test_servant_activates_reads_downloads_and_sees_who_opened(
    phone,  # noqa: F811
    live_server,
    filled,
    hr_justice,
    tmp_path,
):
    alice = filled["alice"]
    decree = alice.documents.get(document_type__code="appointment")
    hr = Client()
    hr.force_login(hr_justice)
    assert hr.get(decree.page_url()).status_code == 200
    alice.user.set_unusable_password()
    alice.user.save()
    code = issue_letters([alice], issued_by=hr_justice)[0].code

    phone.goto(f"{live_server.url}/en/account/password/?username={alice.user.username}")
    phone.fill("input[name=code]", code)
    phone.fill("input[name=new_password1]", NEW_PASSWORD)
    phone.fill("input[name=new_password2]", NEW_PASSWORD)
    phone.click("main button[type=submit]")
    phone.wait_for_url("**/en/archive/")
    assert phone.locator("h1").inner_text() == "My personnel file"
    no_violations(phone)

    phone.click("text=Appointment of Alice")
    no_violations(phone)
    original = decree.files.get(role=StoredFile.Role.ORIGINAL)
    with phone.expect_download() as download:
        phone.click(f"a[href$='/files/{original.public_id}/']")
    assert download.value.path().read_bytes() == (tmp_path / "batch/files/alice-decree.pdf").read_bytes()

    phone.click("text=Back to the file")
    phone.click("text=Who opened my file")
    row = phone.locator("tbody tr").first.inner_text()
    assert "HR officer" in row and "Appointment of Alice" in row
    no_violations(phone)
