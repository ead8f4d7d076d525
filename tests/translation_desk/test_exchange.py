"""Translators' files: exported, translated, brought back as proposals for review, or refused whole."""

from html import unescape

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from ministries.models import Institution
from procedures.models import Procedure
from procedures.revisions import diff_snapshots, take_snapshot
from review import snapshots
from review.models import Proposal
from tests.procedures.test_workflow import people  # noqa: F401 (fixture)
from tests.translations.test_stale import change_french_summary
from translation_desk import exchange
from translations import state

NEW_SUMMARY_RN = "Incamake nshasha y'icemezo c'uko utahanwe."
DESCRIPTION_FR = "Délivre l'extrait en 3 jours ouvrables."
DESCRIPTION_RN = "Gitanga icemezo mu minsi 3 y'akazi."


@pytest.fixture
def to_translate(criminal_record_extract, criminal_records, people):  # noqa: F811
    """The French summary changed (its Kirundi is stale); the agency's description is only in French."""
    change_french_summary(criminal_record_extract, people["clerk"], people["reviewer"])
    criminal_records.description_fr = DESCRIPTION_FR
    criminal_records.save()
    return Procedure.objects.get(pk=criminal_record_extract.pk)


@pytest.fixture
def clerk_client(client, people):  # noqa: F811
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(people["clerk"])
    return client


def export(client, file_format="xliff"):
    response = client.get(f"/admin/translation-desk/justice/rn/export.{file_format}")
    assert response.status_code == 200
    return exchange.read(response.content)


def translate(document, targets, file_format="xliff"):
    for unit in document.units:
        for key, text in targets.items():
            if unit.id.startswith(key + ":"):
                unit.target, unit.needs_review = text, False
    body = exchange.write_xliff(document) if file_format == "xliff" else exchange.write_po(document)
    return SimpleUploadedFile(f"justice-rn.{file_format}", body)


def send(client, upload):
    return client.post("/admin/translation-desk/justice/rn/import/", {"file": upload})


def nothing_changed(procedure, institution):
    assert not procedure.working_copies.exists()
    assert not Proposal.objects.exists()
    assert Institution.objects.get(pk=institution.pk).description_rn in ("", None)


@pytest.mark.parametrize("file_format", ["xliff", "po"])
def test_round_trip_proposes_exactly_the_edited_fields(
    clerk_client, to_translate, criminal_records, file_format
):
    document = export(clerk_client, file_format)
    ids = {unit.id.rpartition(":")[0] for unit in document.units}
    summary, description = (
        f"procedures.procedure.{to_translate.pk}.summary",
        f"ministries.institution.{criminal_records.pk}.description",
    )
    assert {summary, description} <= ids
    assert f"procedures.procedure.{to_translate.pk}.title" not in ids  # up to date: not sent

    upload = translate(document, {summary: NEW_SUMMARY_RN, description: DESCRIPTION_RN}, file_format)
    preview = send(clerk_client, upload)
    assert preview.status_code == 200
    assert NEW_SUMMARY_RN in unescape(preview.text) and DESCRIPTION_RN in unescape(preview.text)
    assert not to_translate.working_copies.exists()  # a preview changes nothing

    done = clerk_client.post(
        "/admin/translation-desk/justice/rn/import/", {"confirm": "1", "digest": preview.context["digest"]}
    )
    assert done.status_code == 302

    public = Procedure.objects.get(pk=to_translate.pk)
    assert public.summary_rn != NEW_SUMMARY_RN  # never straight to the public page
    copy = public.working_copies.get()
    assert copy.status == Procedure.Status.SUBMITTED
    changes = diff_snapshots(take_snapshot(public), take_snapshot(copy))
    assert [(c["field"], c["language"], c["new"]) for c in changes] == [("summary", "rn", NEW_SUMMARY_RN)]
    assert state.field_status(copy, "summary", "rn").status == state.TRANSLATED
    assert not state.field_status(copy, "summary", "rn").stale

    proposal = Proposal.objects.get()
    changes = snapshots.diff(Institution, proposal.base, proposal.proposed)
    assert [(c["field"], c["language"], c["new"]) for c in changes] == [("description", "rn", DESCRIPTION_RN)]
    assert Institution.objects.get(pk=criminal_records.pk).description_rn in ("", None)


def test_a_wrong_id_is_refused_and_nothing_changes(clerk_client, to_translate, criminal_records):
    document = export(clerk_client)
    document.units[0].id = "procedures.procedure.999999.summary:0123456789abcdef"
    document.units[0].target = "Ikintu"
    response = send(clerk_client, translate(document, {}))
    assert response.status_code == 400
    assert "Unknown id “procedures.procedure.999999.summary:0123456789abcdef”" in response.text
    nothing_changed(to_translate, criminal_records)


def test_a_broken_placeholder_is_refused_and_nothing_changes(clerk_client, to_translate, criminal_records):
    description = f"ministries.institution.{criminal_records.pk}.description"
    summary = f"procedures.procedure.{to_translate.pk}.summary"
    upload = translate(export(clerk_client), {description: "Gitanga icemezo vuba.", summary: NEW_SUMMARY_RN})
    response = send(clerk_client, upload)
    assert response.status_code == 400
    assert "must keep 3 as in the original" in response.text
    nothing_changed(to_translate, criminal_records)


def test_a_file_made_before_the_source_changed_is_refused(clerk_client, to_translate, criminal_records):
    description = f"ministries.institution.{criminal_records.pk}.description"
    document = export(clerk_client)
    criminal_records.description_fr = "Délivre l'extrait en 5 jours."
    criminal_records.save()
    response = send(clerk_client, translate(document, {description: DESCRIPTION_RN}))
    assert response.status_code == 400
    assert "The French text of" in response.text and "changed since this file was made" in response.text
    nothing_changed(to_translate, criminal_records)


def test_a_file_that_is_not_a_translation_file_is_refused(clerk_client, to_translate, criminal_records):
    for body in (b"/etc/passwd", b"<xliff", b"\xff\xfe\x00garbage"):
        response = send(clerk_client, SimpleUploadedFile("x.po", body))
        assert response.status_code == 400
        assert "neither an XLIFF 2 nor a PO file" in response.text
    nothing_changed(to_translate, criminal_records)


def test_a_reviewer_cannot_import_their_own_translations(client, to_translate, criminal_records, people):  # noqa: F811
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(people["reviewer"])
    document = export(client)
    description = f"ministries.institution.{criminal_records.pk}.description"
    response = send(client, translate(document, {description: DESCRIPTION_RN}))
    assert response.status_code == 400
    assert "Only a clerk of this ministry can propose translations." in response.text
    nothing_changed(to_translate, criminal_records)
