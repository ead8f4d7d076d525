"""A working copy's rows are the published rows they were copied from, wherever the clerk moves them
(issue 24.1): translation imports, review diffs, approvals and conflict merges match rows by their
identity (`key`), never by their place in the list."""

from html import unescape

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import translation

from procedures import services
from procedures.models import Procedure, Step
from procedures.revisions import diff_snapshots, take_snapshot
from tests.procedures.test_workflow import admin_form_data
from tests.procedures.test_workflow import people as people  # fixture
from translation_desk import exchange
from translations import state

FIRST_STEP_RN = "Intambwe 1 y'icemezo"


@pytest.fixture
def public(criminal_record_extract):
    """The published procedure, its two steps ("Étape 1", "Étape 2") without their Kirundi titles."""
    Step.objects.filter(procedure=criminal_record_extract).update(title_rn="")
    return criminal_record_extract


@pytest.fixture
def clerk_client(people):  # noqa: F811
    return logged_in(people["clerk"])


def logged_in(user):
    browser = Client()
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    browser.force_login(user)
    return browser


def draft(procedure, clerk, change):
    """The clerk's unfinished changes: `change(copy)` done to the working copy, and saved."""
    copy = services.procedure_working_copy(procedure=procedure, user=clerk)
    change(copy)
    copy.mark_edited()
    copy.save()
    services.record_saved(procedure=copy, user=clerk)
    return copy


def move_steps(copy, order, start=1):
    """Put the copy's steps (named by their French title) in `order`, numbered from `start`."""
    steps = {step.title_fr: step for step in copy.steps.all()}
    Step.objects.filter(procedure=copy).update(position=F("position") + 1000)
    for position, title in enumerate(order, start=start):
        Step.objects.filter(pk=steps[title].pk).update(position=position)


def import_first_step_title(client, procedure):
    """A translator's file giving the Kirundi title of the published "Étape 1", previewed then confirmed."""
    step = procedure.steps.get(title_fr="Étape 1")
    document = exchange.read(client.get("/admin/translation-desk/justice/rn/export.xliff").content)
    unit_key = f"procedures.step.{step.pk}.title"
    units = [unit for unit in document.units if unit.id.startswith(unit_key + ":")]
    assert len(units) == 1
    units[0].target, units[0].needs_review = FIRST_STEP_RN, False
    upload = SimpleUploadedFile("justice-rn.xliff", exchange.write_xliff(document))
    preview = client.post("/admin/translation-desk/justice/rn/import/", {"file": upload})
    assert preview.status_code == 200, preview.context.get("errors") if preview.context else preview.content
    return client.post(
        "/admin/translation-desk/justice/rn/import/", {"confirm": "1", "digest": preview.context["digest"]}
    )


def kirundi_titles(procedure):
    return {step.title_fr: step.title_rn or "" for step in Procedure.objects.get(pk=procedure.pk).steps.all()}


def step_changes(procedure):
    """What the reviewer reads about the steps: (what, language, old, new)."""
    copy = procedure.working_copies.get()
    with translation.override("en"):
        section = str(Step._meta.verbose_name_plural)
        return [
            (c["change"], c["field"], c["language"], c["old"], c["new"])
            for c in diff_snapshots(take_snapshot(procedure), take_snapshot(copy))
            if c["section"] == section
        ]


def test_a_translation_of_the_first_step_lands_on_it_after_a_step_is_inserted_before_it(
    public, people, clerk_client
):
    def insert_first(copy):
        move_steps(copy, ["Étape 1", "Étape 2"], start=2)
        Step.objects.create(procedure=copy, position=1, title_fr="Nouvelle étape", title_en="New step")

    draft(public, people["clerk"], insert_first)
    assert [s.title_fr for s in public.working_copies.get().steps.all()] == [
        "Nouvelle étape",
        "Étape 1",
        "Étape 2",
    ]

    assert import_first_step_title(clerk_client, public).status_code == 302

    assert kirundi_titles(public.working_copies.get()) == {
        "Nouvelle étape": "",
        "Étape 1": FIRST_STEP_RN,
        "Étape 2": "",
    }
    changes = step_changes(public)
    assert ("added", "#1 added", None, "–", "New step") in changes
    assert [c for c in changes if c[0] == "moved"] == []  # the others kept their order
    title_changes = [c for c in changes if c[0] == "changed" and c[2] == "rn"]
    assert title_changes == [("changed", "what to do #2", "rn", "–", FIRST_STEP_RN)]


def test_a_translation_of_a_step_removed_from_the_draft_is_refused_by_name(public, people, clerk_client):
    draft(public, people["clerk"], lambda copy: copy.steps.get(title_fr="Étape 1").delete())

    refused = import_first_step_title(clerk_client, public)

    assert refused.status_code == 400
    assert "“Step 1” (step of" in unescape(refused.text)
    assert "was removed from the draft" in refused.text
    assert kirundi_titles(public.working_copies.get()) == {"Étape 2": ""}  # never written onto step 2
    assert step_changes(public) == [("removed", "#1 removed", None, "Step 1", "–")]


def test_reordered_steps_keep_their_translation_and_their_approval(public, people, clerk_client):
    draft(public, people["clerk"], lambda copy: move_steps(copy, ["Étape 2", "Étape 1"]))

    assert import_first_step_title(clerk_client, public).status_code == 302

    assert kirundi_titles(public.working_copies.get()) == {"Étape 2": "", "Étape 1": FIRST_STEP_RN}
    changes = step_changes(public)
    assert [c[:2] for c in changes if c[0] == "moved"] == [("moved", "#1 moved")]
    assert [c for c in changes if c[0] == "changed"] == [
        ("changed", "what to do #2", "rn", "–", FIRST_STEP_RN)
    ]

    copy = public.working_copies.get()
    services.procedure_submit(procedure=copy, user=people["clerk"], minor=True)
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    published = Procedure.objects.get(pk=public.pk)
    first, second = published.steps.get(title_fr="Étape 1"), published.steps.get(title_fr="Étape 2")
    assert [s.title_fr for s in published.steps.all()] == ["Étape 2", "Étape 1"]
    assert first.title_rn == FIRST_STEP_RN
    assert state.field_status(first, "title", "rn").status == state.REVIEWED
    # Step 2's French title was not touched: it keeps the state it had, not step 1's.
    assert (
        state.field_status(second, "title", "fr").status
        == state.field_status(public.steps.get(title_fr="Étape 2"), "title", "fr").status
    )


def change_url(procedure):
    return reverse("admin:procedures_procedure_change", args=[procedure.pk])


def test_a_conflict_merge_keeps_each_edit_on_its_own_row(public, people, clerk_client):
    """Two clerks open the published procedure; the first saves a new first step, the second then
    corrects step 1 in the form they loaded before: the correction goes to step 1, not the new step."""
    first, second = logged_in(people["clerk"]), logged_in(people["clerk"])
    first_data = admin_form_data(first.get(change_url(public)))
    second_data = admin_form_data(second.get(change_url(public)))
    for data in (first_data, second_data):  # the admin asks for every Kirundi title
        data.update({"steps-0-title_rn": "Intambwe 1", "steps-1-title_rn": "Intambwe 2"})
    first_data.update(
        {
            "steps-TOTAL_FORMS": "3",
            "steps-2-position": "0",
            "steps-2-title_rn": "Intambwe nshasha",
            "steps-2-title_fr": "Nouvelle étape",
            "steps-2-title_en": "New step",
            "steps-2-expected_days": "0",
        }
    )
    assert first.post(change_url(public), first_data).status_code == 302
    copy = public.working_copies.get()
    assert [s.title_fr for s in copy.steps.all()] == ["Nouvelle étape", "Étape 1", "Étape 2"]

    second_data["steps-0-title_fr"] = "Étape 1 corrigée"
    refused = second.post(change_url(public), second_data)
    assert refused.status_code == 200
    again = second.post(change_url(copy), refused.context["adminform"].form.data.copy())
    assert again.status_code == 302

    assert [s.title_fr for s in copy.steps.all()] == ["Nouvelle étape", "Étape 1 corrigée", "Étape 2"]
    assert import_first_step_title(clerk_client, public).status_code == 302
    assert kirundi_titles(copy)["Étape 1 corrigée"] == FIRST_STEP_RN
    assert kirundi_titles(copy)["Nouvelle étape"] == "Intambwe nshasha"
    changes = step_changes(public)
    assert ("added", "#1 added", None, "–", "New step") in changes
    assert ("changed", "what to do #2", "fr", "Étape 1", "Étape 1 corrigée") in changes
