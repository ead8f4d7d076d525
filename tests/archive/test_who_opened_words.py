""" "Who opened my file" says what happened in plain words: HR printing a password letter is not
"downloaded the file", reading a document is not downloading it; and it fits a phone (the table wraps)."""

import pytest
from django.urls import reverse

from archive.models import StoredFile

pytestmark = pytest.mark.django_db


def opened_page(client, servant):
    client.force_login(servant.user)
    return client.get("/en" + reverse("archive:opened", args=[servant.public_id])[3:]).content.decode()


def test_a_printed_letter_reads_as_a_letter_not_a_download(client, filled, hr_justice):
    alice = filled["alice"]
    client.force_login(hr_justice)
    assert client.post(reverse("archive:letter", args=[alice.public_id])).status_code == 200
    html = opened_page(client, alice)
    assert "printed a letter with a code to choose a new password" in html
    assert "Download" not in html and "download" not in html


def test_reading_and_downloading_a_document_are_told_apart(client, filled, hr_justice):
    alice = filled["alice"]
    decree = alice.documents.get(document_type__code="appointment")
    original = decree.files.get(role=StoredFile.Role.ORIGINAL)
    client.force_login(hr_justice)
    client.get(reverse("archive:dossier", args=[alice.public_id]))
    client.get(reverse("archive:document", args=[decree.public_id]))
    client.get(reverse("archive:original", args=[original.public_id]))
    html = opened_page(client, alice)
    assert "opened your file" in html
    assert "read “Appointment of Alice”" in html
    assert "downloaded a copy of “Appointment of Alice”" in html
    assert '<table class="log">' in html  # wraps on a phone instead of running 900 px wide


def test_the_words_are_in_kirundi_on_the_kirundi_page(client, filled, hr_justice):
    alice = filled["alice"]
    client.force_login(hr_justice)
    client.get(reverse("archive:dossier", args=[alice.public_id]))
    client.force_login(alice.user)
    html = client.get("/rn" + reverse("archive:opened", args=[alice.public_id])[3:]).content.decode()
    assert "yafunguye idosiye yawe" in html
