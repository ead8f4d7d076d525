"""Where each translation stands: drafts, reviewed texts, and translations whose source changed."""

from django.utils import timezone, translation
from django.utils.formats import date_format

from procedures import services
from procedures.models import Procedure
from tests.procedures.test_workflow import NOTE, people  # noqa: F401 (fixture)
from translations import state


def change_french_summary(procedure, clerk, reviewer, text="Un résumé entièrement réécrit."):
    copy = services.procedure_working_copy(procedure=procedure, user=clerk)
    copy.summary_fr = text
    copy.edit_version += 1
    copy.save()
    services.record_saved(procedure=copy, user=clerk)
    services.procedure_submit(procedure=copy, user=clerk, change_note=NOTE)
    services.procedure_approve(procedure=copy, user=reviewer, reviewed_version=copy.edit_version)
    return Procedure.objects.get(pk=procedure.pk)


def test_a_record_written_in_three_languages_is_translated_from_french():
    result = state.recompute({}, {"rn": "Incamake", "fr": "Résumé", "en": "Summary"})
    assert "src" not in result["fr"]
    assert result["rn"]["src"] == result["en"]["src"] == "fr"
    assert {entry["s"] for entry in result.values()} == {state.DRAFT}


def test_new_text_is_a_draft_until_a_reviewer_approves_it(criminal_record_extract, people):  # noqa: F811
    assert state.field_status(criminal_record_extract, "summary", "rn").status == state.DRAFT
    published = change_french_summary(criminal_record_extract, people["clerk"], people["reviewer"])
    assert state.field_status(published, "summary", "fr").status == state.REVIEWED
    # The reviewer saw only the French change: the Kirundi summary is as unreviewed as before.
    assert state.field_status(published, "summary", "rn").status == state.DRAFT


def test_changing_the_french_summary_marks_kirundi_and_english_stale(
    client,
    criminal_record_extract,
    people,  # noqa: F811
):
    assert not state.field_status(criminal_record_extract, "summary", "rn").stale

    published = change_french_summary(criminal_record_extract, people["clerk"], people["reviewer"])

    assert state.field_status(published, "summary", "rn").stale
    assert state.field_status(published, "summary", "en").stale
    assert not state.field_status(published, "summary", "fr").stale
    assert not state.field_status(published, "title", "rn").stale
    page = client.get("/en/procedures/criminal-record-extract/").content.decode()
    with translation.override("en"):
        today = date_format(timezone.localdate())
    assert f"The French text changed on {today}, after this was translated" in page
    assert page.count('class="stale-note"') == 1  # the summary only
    french_page = client.get("/fr/procedures/criminal-record-extract/").content.decode()
    assert 'class="stale-note"' not in french_page


def test_a_new_translation_of_the_changed_text_is_no_longer_stale(criminal_record_extract, people):  # noqa: F811
    published = change_french_summary(criminal_record_extract, people["clerk"], people["reviewer"])
    copy = services.procedure_working_copy(procedure=published, user=people["clerk"])
    copy.summary_rn = "Incamake nshasha."
    copy.save()
    rn = state.field_status(copy, "summary", "rn")
    assert (rn.stale, rn.status, rn.source) == (False, state.DRAFT, "fr")
    assert state.field_status(copy, "summary", "en").stale
