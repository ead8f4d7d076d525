"""The glossary: kept by reviewers, exchanged as CSV or TBX, marked up on pages, given to translators."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from procedures.models import Procedure
from tests.procedures.test_workflow import people  # noqa: F401 (fixture)
from translation_desk.services import export_document
from translations import glossary, glossary_files
from translations.models import GlossaryTerm


@pytest.fixture(autouse=True)
def _forget_glossary():
    """The terms are cached; a test's rolled-back rows must not stay marked up on later tests' pages."""
    glossary.forget()
    yield
    glossary.forget()


def make_terms():
    return GlossaryTerm.objects.create(
        term_rn="indangamuntu",
        term_fr="carte nationale d'identité",
        term_en="national identity card",
        abbreviation="CNI",
        definition_rn="Icemezo c'umwenegihugu.",
        definition_fr="La pièce qui prouve l'identité d'un citoyen burundais.",
        definition_en="The document that proves a Burundian citizen's identity.",
    )


def test_terms_used_on_a_procedure_page_are_marked_up(client, criminal_record_extract):
    make_terms()
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(
        summary_en="Bring your CNI: the national identity card is checked."
    )
    page = client.get("/en/procedures/criminal-record-extract/").content.decode()
    assert '<abbr title="national identity card">CNI</abbr>' in page
    assert (
        '<dfn title="The document that proves a Burundian citizen&#x27;s identity.">national identity card</dfn>'
        in page
    )


def test_the_translators_file_gives_the_glossary_terms_of_each_text(criminal_record_extract, justice):
    make_terms()
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(
        summary_fr="Présentez votre carte nationale d'identité.", summary_rn=""
    )
    unit = next(u for u in export_document(ministry=justice, language="rn").units if ".summary:" in u.id)
    assert ("glossary", "carte nationale d'identité → indangamuntu: Icemezo c'umwenegihugu.") in unit.notes


def test_glossary_goes_out_and_back_as_csv_and_tbx(people):  # noqa: F811
    make_terms()
    for body in (glossary_files.write_csv(), glossary_files.write_tbx()):
        rows = glossary_files.read(body)
        assert rows[0]["term_rn"] == "indangamuntu" and rows[0]["abbreviation"] == "CNI"
        assert rows[0]["definition_en"].startswith("The document")
        GlossaryTerm.objects.all().delete()
        assert glossary_files.import_rows(rows, user=people["reviewer"]) == (1, 0)
        assert GlossaryTerm.objects.get().term_en == "national identity card"


def test_reviewer_imports_a_csv_and_a_broken_file_changes_nothing(client, people):  # noqa: F811
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(people["reviewer"])
    csv = "term_fr,term_rn,definition_fr\nacte de naissance,icemezo c'ivuka,Extrait d'état civil.\n"
    response = client.post(
        "/admin/translations/glossaryterm/import/", {"file": SimpleUploadedFile("g.csv", csv.encode())}
    )
    assert response.status_code == 302
    assert GlossaryTerm.objects.get().term_rn == "icemezo c'ivuka"
    broken = "term_rn\nicemezo\n"
    response = client.post(
        "/admin/translations/glossaryterm/import/", {"file": SimpleUploadedFile("g.csv", broken.encode())}
    )
    assert response.status_code == 400
    assert GlossaryTerm.objects.count() == 1


def test_a_clerk_reads_the_glossary_but_cannot_import(client, people):  # noqa: F811
    client.force_login(people["clerk"])
    assert client.get("/admin/translations/glossaryterm/").status_code == 200
    assert client.get("/admin/translations/glossaryterm/import/").status_code == 404
