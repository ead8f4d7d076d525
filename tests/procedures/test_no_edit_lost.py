"""No clerk's edit is ever lost: refused saves, concurrent saves, discarded proposals (issue 16.3)."""

import pytest
from django.test import Client
from django.urls import reverse

from procedures import services
from procedures.models import Procedure, Revision
from tests.procedures.test_workflow import admin_form_data


def logged_in(user):
    browser = Client()
    browser.force_login(user)
    browser.cookies["django_language"] = "en"
    return browser


def change_url(procedure):
    return reverse("admin:procedures_procedure_change", args=[procedure.pk])


@pytest.fixture
def copy(criminal_record_extract, justice_clerk):
    return services.procedure_working_copy(procedure=criminal_record_extract, user=justice_clerk)


def test_unsaved_page_shows_input_whatever_the_keys(criminal_record_extract, copy, justice_clerk, reviewer):
    clerk = logged_in(justice_clerk)
    data = admin_form_data(clerk.get(change_url(copy)))
    data["summary_en"] = "Typed before the reviewer published"
    # What every browser posts: the hidden template rows of each inline.
    data["steps-__prefix__-title_fr"] = ""
    data["steps-__prefix__-expected_days"] = "0"
    data["fees-__prefix__-position"] = "2"
    # And crafted keys.
    data["steps-x-title_fr"] = "crafted row number"
    data["nothing-0-title_fr"] = "unknown inline"
    data["fees-99999999999999999999999-label_fr"] = "huge row number"
    data["-0-"] = "empty names"
    data["fees-0"] = "no field name"
    services.procedure_submit(procedure=copy, user=justice_clerk, minor=True)
    services.procedure_approve(procedure=copy, user=reviewer, reviewed_version=copy.edit_version)

    response = clerk.post(change_url(copy), data)

    assert response.status_code == 409
    for typed in (
        "Typed before the reviewer published",
        "crafted row number",
        "unknown inline",
        "huge row number",
        "empty names",
        "no field name",
    ):
        assert typed in response.text
    assert "__prefix__" not in response.text


def test_second_save_after_a_refused_one_keeps_what_the_other_person_changed(copy, justice_clerk):
    first, second = logged_in(justice_clerk), logged_in(justice_clerk)
    first_data = admin_form_data(first.get(change_url(copy)))
    second_data = admin_form_data(second.get(change_url(copy)))
    first_data["fees-0-amount_bif"] = "15000"
    first_data["title_en"] = "Title chosen by the first person"
    assert first.post(change_url(copy), first_data).status_code == 302

    second_data["summary_fr"] = "Résumé de la deuxième personne"
    second_data["title_en"] = "Title chosen by the second person"
    refused = second.post(change_url(copy), second_data)
    assert refused.status_code == 200
    # Both values of the field both changed are shown, with a choice.
    assert "Title chosen by the first person" in refused.text
    assert "Title chosen by the second person" in refused.text
    assert 'name="keep_mine" value="title_en"' in refused.text

    again = refused.context["adminform"].form.data.copy()  # Save pressed again, nothing ticked
    assert second.post(change_url(copy), again).status_code == 302
    copy.refresh_from_db()
    assert copy.fees.get().amount_bif == 15_000  # not overwritten by the stale 10000
    assert copy.title_en == "Title chosen by the first person"
    assert copy.summary_fr == "Résumé de la deuxième personne"  # the second person's own edit is kept


def test_after_a_refused_save_a_person_may_keep_their_value_field_by_field(copy, justice_clerk):
    first, second = logged_in(justice_clerk), logged_in(justice_clerk)
    first_data = admin_form_data(first.get(change_url(copy)))
    second_data = admin_form_data(second.get(change_url(copy)))
    first_data["title_en"] = "First title"
    first_data["summary_en"] = "First summary"
    assert first.post(change_url(copy), first_data).status_code == 302
    second_data["title_en"] = "Second title"
    second_data["summary_en"] = "Second summary"
    refused = second.post(change_url(copy), second_data)

    again = refused.context["adminform"].form.data.copy()
    again.setlist("keep_mine", ["title_en"])
    assert second.post(change_url(copy), again).status_code == 302
    copy.refresh_from_db()
    assert copy.title_en == "Second title"
    assert copy.summary_en == "First summary"


def test_two_people_each_adding_a_row_keeps_both_rows(copy, justice_clerk):
    first, second = logged_in(justice_clerk), logged_in(justice_clerk)
    first_data = admin_form_data(first.get(change_url(copy)))
    second_data = admin_form_data(second.get(change_url(copy)))
    for data, label, amount in ((first_data, "Timbre", "500"), (second_data, "Photo", "2000")):
        data.update({"fees-1-label_rn": label, "fees-1-label_fr": label, "fees-1-amount_bif": amount})
    assert first.post(change_url(copy), first_data).status_code == 302

    refused = second.post(change_url(copy), second_data)
    assert refused.status_code == 200
    again = second.post(change_url(copy), refused.context["adminform"].form.data.copy())

    assert again.status_code == 302
    assert list(copy.fees.order_by("position").values_list("label_fr", "position")) == [
        ("Frais", 1),
        ("Timbre", 2),
        ("Photo", 3),
    ]


def test_discarding_a_working_copy_works_and_stays_in_the_history(
    criminal_record_extract, copy, justice_clerk
):
    clerk = logged_in(justice_clerk)
    copy.summary_en = "Work that was discarded"
    copy.save()
    delete_url = reverse("admin:procedures_procedure_delete", args=[copy.pk])
    assert clerk.get(delete_url).status_code == 200

    response = clerk.post(delete_url, {"post": "yes"})

    assert response.status_code == 302
    assert not Procedure.objects.filter(pk=copy.pk).exists()
    discarded = Revision.objects.get(procedure=criminal_record_extract, action=Revision.Action.DISCARDED)
    assert discarded.snapshot["fields"]["summary_en"] == "Work that was discarded"
    assert discarded.author == justice_clerk


def test_discarding_a_new_draft_works_and_stays_in_the_history(criminal_records, justice_clerk):
    draft = Procedure.objects.create(
        slug="new-draft",
        institution=criminal_records,
        title_rn="Igishya",
        title_fr="Nouvelle démarche",
        summary_fr="Brouillon",
        eligibility_fr="Tous",
    )
    services.record_saved(procedure=draft, user=justice_clerk, created=True)
    clerk = logged_in(justice_clerk)

    response = clerk.post(reverse("admin:procedures_procedure_delete", args=[draft.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Procedure.objects.filter(pk=draft.pk).exists()
    history = Revision.objects.filter(subject="new-draft")
    assert set(history.values_list("action", flat=True)) == {"created", "discarded"}
    assert history.get(action="discarded").snapshot["fields"]["title_fr"] == "Nouvelle démarche"


def test_opening_a_published_procedure_makes_no_copy_until_the_first_save(
    criminal_record_extract, justice_clerk
):
    clerk = logged_in(justice_clerk)
    page = clerk.get(change_url(criminal_record_extract))
    assert page.status_code == 200
    assert not Procedure.objects.filter(draft_of=criminal_record_extract).exists()

    data = admin_form_data(page)
    data["fees-0-amount_bif"] = "12000"
    data["_continue"] = "1"
    saved = clerk.post(change_url(criminal_record_extract), data)

    copy = Procedure.objects.get(draft_of=criminal_record_extract)
    assert saved.status_code == 302 and saved.url == change_url(copy)
    assert copy.fees.get().amount_bif == 12_000
    assert criminal_record_extract.fees.get().amount_bif == 10_000  # citizens still see the published fee
    assert clerk.get(change_url(criminal_record_extract)).url == change_url(copy)  # the copy is reused
