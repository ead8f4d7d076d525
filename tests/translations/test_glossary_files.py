"""Glossary files that reviewers import: bad files are refused with a clear reason, nothing changed."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.procedures.test_workflow import people  # noqa: F401 (fixture)
from translations import glossary
from translations.models import GlossaryTerm


@pytest.fixture(autouse=True)
def _forget_glossary():
    glossary.forget()
    yield
    glossary.forget()


def upload(client, reviewer, body, name="g.csv"):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(reviewer)
    return client.post("/admin/translations/glossaryterm/import/", {"file": SimpleUploadedFile(name, body)})


def test_a_csv_field_too_long_for_the_reader_is_refused_with_its_line(client, people):  # noqa: F811
    body = 'term_fr,definition_fr\nacte de naissance,court\nextrait,"' + "x" * 131_073 + '"\n'
    response = upload(client, people["reviewer"], body.encode())
    assert response.status_code == 400
    assert "Term 2 of the CSV file cannot be read" in response.text
    assert not GlossaryTerm.objects.exists()


def test_a_csv_with_an_unclosed_quote_is_refused_not_a_500(client, people):  # noqa: F811
    body = 'term_fr,definition_fr\n"acte de naissance,court\n'
    response = upload(client, people["reviewer"], body.encode())
    assert response.status_code == 400
    assert "Term 1 of the CSV file cannot be read" in response.text
    assert not GlossaryTerm.objects.exists()
