"""XLIFF 2 files as other tools will read them: checked by the OASIS XLIFF 2.0 core schema (lxml), and
texts whose change waits for review kept out of them, so that the import never refuses the whole file."""

import re
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ministries.models import Institution
from review import services as review_services
from review import snapshots
from review.models import Proposal
from tests.procedures.test_workflow import people  # noqa: F401 (fixture)
from tests.standards import xliff_errors
from tests.translation_desk.test_exchange import (  # noqa: F401 (fixtures)
    DESCRIPTION_RN,
    NEW_SUMMARY_RN,
    clerk_client,
    send,
    to_translate,
    translate,
)
from translation_desk import exchange


def download(client, ministry="justice", language="rn"):
    response = client.get(f"/admin/translation-desk/{ministry}/{language}/export.xliff")
    assert response.status_code == 200
    return response.content


@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_the_export_of_a_ministry_with_texts_is_valid_xliff_2(clerk_client, to_translate, language):  # noqa: F811
    content = download(clerk_client, language=language)
    assert xliff_errors(content) == []
    if language == "rn":
        assert len(exchange.read(content).units) >= 2


def test_the_export_of_a_ministry_with_nothing_to_translate_is_valid_xliff_2(client, interior_clerk):
    client.force_login(interior_clerk)
    content = download(client, ministry="interior")
    assert exchange.read(content).units == []
    assert xliff_errors(content) == []


def test_a_translated_file_sent_back_is_valid_and_is_accepted(clerk_client, to_translate, criminal_records):  # noqa: F811
    document = exchange.read(download(clerk_client))
    summary = f"procedures.procedure.{to_translate.pk}.summary"
    upload = translate(document, {summary: NEW_SUMMARY_RN})
    assert xliff_errors(upload.read()) == []
    upload.seek(0)
    preview = send(clerk_client, upload)
    assert preview.status_code == 200
    assert NEW_SUMMARY_RN in unescape(preview.text)


def test_odd_spacing_and_control_characters_survive_the_round_trip():
    unit = exchange.Unit("a.b.1.title:0123", "Deux  espaces\tet\x0bun saut\n", "Ibi\x01", needs_review=True)
    content = exchange.write_xliff(exchange.Document("fr", "rn", [unit]))
    assert xliff_errors(content) == []
    (back,) = exchange.read(content).units
    assert (back.source, back.target, back.needs_review) == (unit.source, unit.target, True)


def test_a_unit_a_tool_split_into_segments_is_read_whole():
    content = b"""<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="rn">
 <file id="f1"><unit id="a.b.1.title:0123">
  <segment state="translated"><source>Une phrase.</source><target>Interuro.</target></segment>
  <ignorable><source> </source></ignorable>
  <segment state="final"><source>Deux.</source><target>Zibiri.</target></segment>
 </unit></file>
</xliff>"""
    assert xliff_errors(content) == []
    (unit,) = exchange.read(content).units
    assert (unit.source, unit.target, unit.needs_review) == ("Une phrase. Deux.", "Interuro. Zibiri.", False)


def propose_description_change(institution, clerk):
    draft = Institution.objects.get(pk=institution.pk)
    draft.description_fr = institution.description_fr  # unchanged French; the English gets a text
    draft.description_en = "Issues the extract in 3 working days."
    return review_services.proposal_submit(
        model=Institution,
        obj=institution,
        kind=Proposal.Kind.CHANGE,
        proposed=snapshots.take(draft),
        user=clerk,
        object_repr=str(institution),
    )


def test_texts_whose_change_waits_for_review_are_left_out_and_the_import_goes_through(
    clerk_client,  # noqa: F811
    to_translate,  # noqa: F811
    criminal_records,
    people,  # noqa: F811
):
    propose_description_change(criminal_records, people["clerk"])
    description = f"ministries.institution.{criminal_records.pk}.description"

    page = clerk_client.get("/admin/translation-desk/justice/rn/")
    assert re.search(r"\d+ texts? (is|are) left out of the files", unescape(page.text))

    document = exchange.read(download(clerk_client))
    assert not any(unit.id.startswith(description + ":") for unit in document.units)
    summary = f"procedures.procedure.{to_translate.pk}.summary"
    preview = send(clerk_client, translate(document, {summary: NEW_SUMMARY_RN, description: DESCRIPTION_RN}))
    assert preview.status_code == 200
    done = clerk_client.post(
        "/admin/translation-desk/justice/rn/import/", {"confirm": "1", "digest": preview.context["digest"]}
    )
    assert done.status_code == 302
    assert to_translate.working_copies.get().summary_rn == NEW_SUMMARY_RN


def test_the_schema_refuses_what_translate_toolkit_wrote():
    """The check can fail: the file translate-toolkit 3.20 wrote before this fix is refused."""
    before = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="rn">
  <file id="f1"><unit id="u1"><segment xml:space="preserve" state="initial"><source>Seul</source>
  </segment></unit></file>
</xliff>"""
    assert "not allowed" in " ".join(xliff_errors(before))
    empty = b"""<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr"><file id="f1"/></xliff>"""
    assert "Missing child element" in " ".join(xliff_errors(empty))


def test_a_file_with_a_broken_character_code_is_refused_not_a_server_error(clerk_client, to_translate):  # noqa: F811
    body = b"""<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="rn">
<file id="f1"><unit id="u"><segment><source>a</source><target>b<cp hex="zz"/></target></segment></unit></file></xliff>"""
    response = send(clerk_client, SimpleUploadedFile("x.xlf", body))
    assert response.status_code == 400
    assert "neither an XLIFF 2 nor a PO file" in response.text
