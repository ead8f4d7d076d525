import io
import re

from django.urls import reverse
from pypdf import PdfReader

from accounts.models import OneTimeCode
from archive.letters import issue_letters, letters_pdf
from audit.models import AuditEvent


def pdf_text(data):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_activation_letter_code_lets_the_servant_choose_a_password_and_see_their_dossier(
    client, filled, hr_justice
):
    carine_like = filled["bob"]
    carine_like.user.set_unusable_password()
    carine_like.user.save()
    client.force_login(hr_justice)
    response = client.post(reverse("archive:letter", args=[carine_like.public_id]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    code = re.search(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", text).group(0)
    assert carine_like.user.username in text
    client.logout()
    answer = client.post(
        reverse("accounts:activate"),
        {
            "username": carine_like.user.username,
            "code": code,
            "new_password1": "inzu-nziza-2026",
            "new_password2": "inzu-nziza-2026",
        },
    )
    assert answer.status_code == 302
    page = client.get(answer["Location"])
    assert page.status_code == 200 and "Appointment of Bob" in page.content.decode()
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.PASSWORD_SET, actor_name=carine_like.user.username
    ).exists()


def test_servants_sheet_creates_accounts_and_the_batch_prints_their_letters(
    client, tmp_path, document_types, criminal_records, hr_justice
):
    from tests.archive.conftest import ingest, make_pdf, row, write_batch

    manifest, files_dir = write_batch(
        tmp_path / "n",
        [row("JU-4001", "appointment", "2021-01-01", "Decree", "a.pdf")],
        {"a.pdf": make_pdf()},
    )
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        "matricule,surname,given_names,date_of_birth,institution\nJU-4001,Ndikumana,Éric,1991-01-01,criminal-records\n"
    )
    with open(sheet, "rb") as handle:
        batch = ingest(manifest, files_dir, servants=handle, user=hr_justice)
    servant = batch.servants_created.get()
    assert servant.user.username == "JU-4001" and not servant.user.has_usable_password()
    client.force_login(hr_justice)
    response = client.post(reverse("archive:batch_letters", args=[batch.public_id]))
    assert "JU-4001" in pdf_text(response.content)
    assert OneTimeCode.objects.filter(user=servant.user, purpose=OneTimeCode.Purpose.ACTIVATION).count() == 1


def test_a_servant_with_a_password_gets_a_new_password_letter(filled, hr_justice):
    letters = issue_letters([filled["alice"]], issued_by=hr_justice)
    assert letters[0].purpose == OneTimeCode.Purpose.PASSWORD_RESET
    assert letters_pdf(letters).startswith(b"%PDF")


def test_servant_and_other_ministry_cannot_print_letters(client, filled, hr_interior):
    url = reverse("archive:letter", args=[filled["alice"].public_id])
    client.force_login(filled["bob"].user)
    assert client.post(url).status_code == 404
    client.force_login(hr_interior)
    assert client.post(url).status_code == 404
    assert not OneTimeCode.objects.exists()
