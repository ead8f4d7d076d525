"""The letter and its code are called the same on the letter, the password page and its errors, in Kirundi
as in every language (issue 27 item 2); the page says how many tries remain and that the password is saved."""

import io

import pytest
from django.utils import translation
from pypdf import PdfReader

from accounts import services
from accounts.models import OneTimeCode
from archive.letters import issue_letters, letters_pdf

NEW_PASSWORD = "umugati-n-amata-2026"


def pdf_text(data):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def letter(filled, hr_justice):
    bob = filled["bob"]
    bob.user.set_unusable_password()
    bob.user.save()
    with translation.override("rn"):
        (issued,) = issue_letters([bob], issued_by=hr_justice)
        return issued, pdf_text(letters_pdf([issued]))


def test_the_kirundi_letter_page_and_errors_use_one_word_for_the_letter_and_one_for_the_code(client, letter):
    issued, text = letter
    assert "Igitabu" not in text and "amategeko" not in text
    assert "Kode" in text and "ikete" in text.lower()
    page = client.get("/rn/account/password/").text
    assert "Kode iri ku ikete" in page and "rwandiko" not in page and "ikode" not in page
    wrong = client.post(
        "/rn/account/password/",
        {
            "username": issued.username,
            "code": "AAAA-BBBB-CCCC",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    error = wrong.text
    assert "Iyi kode ntikora" in error and "ikete rishasha" in error and "ikode" not in error


def test_each_wrong_try_says_how_many_remain_and_success_says_password_saved(client, letter):
    issued, _text = letter
    attempt = {"username": issued.username, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    first = client.post("/en/account/password/", {**attempt, "code": "AAAA-BBBB-CCCC"})
    assert "code 4 more times." in first.text
    second = client.post("/en/account/password/", {**attempt, "code": "AAAA-BBBB-CCCD"})
    assert "code 3 more times." in second.text
    saved = client.post("/en/account/password/", {**attempt, "code": issued.code}, follow=True)
    assert "Password saved." in saved.text
    assert OneTimeCode.objects.get(user__username=issued.username, used_at__isnull=False)


def test_an_unknown_account_counts_down_alike(client, letter):
    issued, _text = letter
    attempt = {"code": "AAAA-BBBB-CCCC", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    unknown = client.post("/en/account/password/", {**attempt, "username": "nobody"})
    known = client.post("/en/account/password/", {**attempt, "username": issued.username})
    assert unknown.context["form"].errors == known.context["form"].errors
    assert "4 more times" in unknown.text
    assert "more time" not in str(services.CodeRefused(0).message)
