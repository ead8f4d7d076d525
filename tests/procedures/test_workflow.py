"""The editorial workflow, as clerks, reviewers and citizens live it."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from audit.models import AuditEvent
from procedures import services
from procedures.models import ChangeNote, Fee, Procedure, Revision
from procedures.revisions import take_snapshot

NOTE = {"rn": "Amahera yaduze", "fr": "Frais portés à 12 000 BIF", "en": "Fee raised to 12,000 BIF"}


@pytest.fixture
def people(justice_clerk, interior_clerk, reviewer):
    justice_clerk.email = "clerk@justice.example"
    justice_clerk.save(update_fields=["email"])
    reviewer.email = "reviewer@fonctionpublique.example"
    reviewer.save(update_fields=["email"])
    return {"clerk": justice_clerk, "other_clerk": interior_clerk, "reviewer": reviewer}


def propose_new_fee(procedure, clerk, amount=12_000):
    copy = services.procedure_working_copy(procedure=procedure, user=clerk)
    Fee.objects.filter(procedure=copy, position=1).update(amount_bif=amount)
    copy.edit_version += 1
    copy.save(update_fields=["edit_version"])
    services.record_saved(procedure=copy, user=clerk)
    return copy


def without_translation_state(snapshot):
    strip = lambda row: {k: v for k, v in row.items() if k != "translation_state"}  # noqa: E731
    return {
        key: [strip(row) for row in value]
        if isinstance(value, list) and value and isinstance(value[0], dict)
        else (strip(value) if key == "fields" else value)
        for key, value in snapshot.items()
    }


def public_fee(client, slug="criminal-record-extract"):
    page = client.get(f"/en/procedures/{slug}/")
    total = re.search(r"<dt>Total cost</dt><dd>([\d,]+) BIF</dd>", page.text).group(1)
    return int(total.replace(",", "")), page


def test_published_page_stays_unchanged_until_the_change_is_approved(client, criminal_record_extract, people):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    assert public_fee(client)[0] == 10_000

    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)

    total, page = public_fee(client)
    assert total == 12_000
    assert "Fee raised to 12,000 BIF" in page.text
    with translation.override("en"):
        assert f"Last updated on {date_format(timezone.localdate())}" in page.text
    assert not Procedure.objects.filter(draft_of=criminal_record_extract).exists()
    assert ChangeNote.objects.get(procedure=criminal_record_extract).text_rn == NOTE["rn"]


def test_reviewer_is_mailed_on_submission_and_clerk_on_approval(
    criminal_record_extract, people, django_capture_on_commit_callbacks
):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    assert mail.outbox[-1].to == ["reviewer@fonctionpublique.example"]
    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_approve(
            procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version
        )
    assert mail.outbox[-1].to == ["clerk@justice.example"]


def test_a_mail_server_that_is_down_does_not_undo_the_action(
    criminal_record_extract, people, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_PORT = 1  # nothing listens there
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    copy.refresh_from_db()
    assert copy.status == Procedure.Status.SUBMITTED


def test_submission_needs_a_public_note_unless_minor(criminal_record_extract, people):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    with pytest.raises(ValidationError):
        services.procedure_submit(procedure=copy, user=people["clerk"], change_note={})
    services.procedure_submit(procedure=copy, user=people["clerk"], minor=True)
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    assert not ChangeNote.objects.exists()


def test_clerk_cannot_approve(criminal_record_extract, people):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    with pytest.raises(PermissionDenied):
        services.procedure_approve(procedure=copy, user=people["clerk"], reviewed_version=copy.edit_version)


def test_another_ministrys_clerk_can_neither_edit_nor_submit(criminal_record_extract, people):
    with pytest.raises(PermissionDenied):
        services.procedure_working_copy(procedure=criminal_record_extract, user=people["other_clerk"])
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    with pytest.raises(PermissionDenied):
        services.procedure_submit(procedure=copy, user=people["other_clerk"], change_note=NOTE)


def test_nobody_approves_their_own_change_except_a_superuser_which_is_recorded(
    criminal_record_extract, people, superuser
):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    Procedure.objects.filter(pk=copy.pk).update(submitted_by=people["reviewer"])
    copy.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.procedure_approve(
            procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version
        )

    Procedure.objects.filter(pk=copy.pk).update(submitted_by=superuser)
    services.procedure_approve(procedure=copy, user=superuser, reviewed_version=copy.edit_version)
    event = AuditEvent.objects.get(action=AuditEvent.Action.APPROVE)
    assert event.details["self_approved"] is True
    assert event.actor == superuser


def test_approval_of_a_version_changed_since_review_is_refused(criminal_record_extract, people):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    reviewed = copy.edit_version
    Procedure.objects.filter(pk=copy.pk).update(edit_version=reviewed + 1)
    with pytest.raises(ValidationError):
        services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=reviewed)


def test_reviewer_returns_with_a_comment_the_clerk_receives(
    criminal_record_extract, people, django_capture_on_commit_callbacks
):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    with pytest.raises(ValidationError):
        services.procedure_return(procedure=copy, user=people["reviewer"], comment="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.procedure_return(procedure=copy, user=people["reviewer"], comment="Cite the new ordinance.")
    copy.refresh_from_db()
    assert copy.status == Procedure.Status.DRAFT
    assert copy.review_comment == "Cite the new ordinance."
    assert "Cite the new ordinance." in mail.outbox[-1].body
    assert mail.outbox[-1].to == ["clerk@justice.example"]


def test_scheduled_publication_takes_effect_on_its_date(client, criminal_record_extract, people):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    in_a_week = timezone.localdate() + timedelta(days=7)
    services.procedure_approve(
        procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version, publish_on=in_a_week
    )
    assert public_fee(client)[0] == 10_000
    call_command("publish_scheduled_changes")  # too early: nothing happens
    assert public_fee(client)[0] == 10_000
    assert services.publish_due_changes(today=in_a_week)
    assert public_fee(client)[0] == 12_000
    assert services.publish_due_changes(today=in_a_week) == []  # safe to run again


def test_withdrawn_procedure_points_to_its_replacement_and_can_be_offered_again(
    client, criminal_record_extract, passport, people
):
    services.procedure_withdraw(
        procedure=criminal_record_extract, user=people["reviewer"], replaced_by=passport
    )
    page = client.get("/en/procedures/criminal-record-extract/")
    assert "no longer offered" in page.text and "/en/procedures/passport/" in page.text
    with pytest.raises(PermissionDenied):
        services.procedure_republish(procedure=criminal_record_extract, user=people["clerk"])
    services.procedure_republish(procedure=criminal_record_extract, user=people["reviewer"])
    assert "no longer offered" not in client.get("/en/procedures/criminal-record-extract/").text


def test_restoring_an_earlier_version_brings_back_every_language_and_row(criminal_record_extract, people):
    services.procedure_withdraw(procedure=criminal_record_extract, user=people["reviewer"])
    services.procedure_republish(procedure=criminal_record_extract, user=people["reviewer"])
    original = Revision.objects.filter(procedure=criminal_record_extract).last()
    before = take_snapshot(criminal_record_extract)

    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=people["clerk"])
    copy.title_rn, copy.title_fr, copy.title_en = "Ikindi", "Autre", "Other"
    copy.save()
    copy.steps.all().delete()
    copy.fees.update(amount_bif=99_000)
    services.procedure_submit(procedure=copy, user=people["clerk"], minor=True)
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    assert take_snapshot(criminal_record_extract) != before

    restored = services.revision_restore(revision=original, user=people["clerk"])
    assert restored.status == Procedure.Status.DRAFT
    assert Procedure.objects.get(pk=criminal_record_extract.pk).title_fr == "Autre"  # nothing public yet
    services.procedure_submit(procedure=restored, user=people["clerk"], minor=True)
    services.procedure_approve(
        procedure=restored, user=people["reviewer"], reviewed_version=restored.edit_version
    )
    after = take_snapshot(Procedure.objects.get(pk=criminal_record_extract.pk))
    # The same texts, now approved by a reviewer: only their translation status moved on (to reviewed).
    assert without_translation_state(after) == without_translation_state(before)
    assert after["steps"][0]["translation_state"]["title"]["rn"]["s"] == "r"
    actions = list(
        Revision.objects.filter(procedure=criminal_record_extract).values_list("action", flat=True)
    )
    assert actions.count("restored") == 1 and actions.count("published") == 2  # history kept, not rewritten


def test_every_step_is_in_the_audit_log(client, criminal_record_extract, people, superuser):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    services.procedure_return(procedure=copy, user=people["reviewer"], comment="Add the receipt number.")
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    services.procedure_withdraw(procedure=criminal_record_extract, user=people["reviewer"])
    services.revision_restore(revision=criminal_record_extract.revisions.last(), user=people["clerk"])
    client.post(reverse("admin:login"), {"username": "clerk-justice", "password": "wrong password"})
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "edit",
        "submit",
        "return",
        "approve",
        "publish",
        "withdraw",
        "restore",
        "login_failed",
    } <= actions
    failed = AuditEvent.objects.get(action="login_failed")
    assert failed.actor_name == "clerk-justice" and "wrong" not in str(failed.details)


def test_audit_log_is_readable_by_reviewers_and_editable_by_nobody(client, people, superuser):
    event = AuditEvent.objects.create(action="edit", actor_name="someone")
    client.force_login(people["reviewer"])
    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 200
    client.force_login(people["clerk"])
    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 403
    client.force_login(superuser)
    assert (
        client.post(reverse("admin:audit_auditevent_delete", args=[event.pk]), {"post": "yes"}).status_code
        == 403
    )
    page = client.get(reverse("admin:audit_auditevent_change", args=[event.pk]))
    assert not page.context["has_change_permission"]
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_clerk_edits_in_admin_through_a_working_copy(client, criminal_record_extract, people):
    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=people["clerk"])
    client.force_login(people["clerk"])
    response = client.get(reverse("admin:procedures_procedure_change", args=[criminal_record_extract.pk]))
    assert response.url == reverse("admin:procedures_procedure_change", args=[copy.pk])
    # A post to the published row lands on the copy, never on the published row.
    data = admin_form_data(client.get(response.url))
    data["summary_en"] = "Posted to the published procedure's address"
    client.post(reverse("admin:procedures_procedure_change", args=[criminal_record_extract.pk]), data)
    copy.refresh_from_db()
    criminal_record_extract.refresh_from_db()
    assert copy.summary_en == "Posted to the published procedure's address"
    assert criminal_record_extract.summary_en == "Summary"


def admin_form_data(page):
    """The data a browser would post back from an admin change form, as it was rendered."""
    form = page.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = str(management[name].value())
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is True:
                    data[inline_form.add_prefix(name)] = "on"
                elif value is not False and value not in (None, ""):
                    data[inline_form.add_prefix(name)] = str(value)
    return {k: v for k, v in data.items() if v not in ("False",)}


def test_second_of_two_concurrent_edits_is_refused_and_keeps_its_input(
    client, criminal_record_extract, people
):
    from django.test import Client

    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=people["clerk"])
    url = reverse("admin:procedures_procedure_change", args=[copy.pk])
    first, second = Client(), Client()
    for browser in (first, second):
        browser.force_login(people["clerk"])
        browser.cookies["django_language"] = "en"
    first_data = admin_form_data(first.get(url))
    second_data = admin_form_data(second.get(url))

    first_data["fees-0-amount_bif"] = "15000"
    saved = first.post(url, first_data)
    assert saved.status_code == 302, (
        saved.context["adminform"].form.errors,
        [f.formset.errors for f in saved.context["inline_admin_formsets"]],
    )

    second_data["summary_fr"] = "Résumé réécrit par la deuxième personne"
    refused = second.post(url, second_data)
    assert refused.status_code == 200
    assert "while you were editing" in refused.text
    assert "10000 → 15000" in refused.text or "10000 \u2192 15000" in refused.text
    assert "Résumé réécrit par la deuxième personne" in refused.text  # nothing typed is lost
    copy.refresh_from_db()
    assert copy.summary_fr != "Résumé réécrit par la deuxième personne"
    assert copy.fees.get().amount_bif == 15_000

    resubmitted = refused.context["adminform"].form.data.copy()
    assert second.post(url, resubmitted).status_code == 302  # saving again, knowingly, works
    copy.refresh_from_db()
    assert copy.fees.get().amount_bif == 15_000  # the other person's change was not overwritten
    assert copy.summary_fr == "Résumé réécrit par la deuxième personne"


def test_review_page_shows_the_diff_per_field_and_language(client, criminal_record_extract, people):
    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=people["clerk"])
    copy.summary_en = "A new English summary"
    copy.save()
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    client.force_login(people["reviewer"])
    queue = client.get(reverse("admin:procedures_procedure_queue"))
    assert "criminal-record-extract" in queue.text and "Ubutungane" in queue.text
    page = client.get(reverse("admin:procedures_procedure_review", args=[copy.pk]))
    assert page.status_code == 200
    row = next(c for c in page.context["changes"] if c["new"] == "A new English summary")
    assert row["language"] == "en" and row["old"] == "Summary"
    client.force_login(people["clerk"])
    assert client.get(reverse("admin:procedures_procedure_review", args=[copy.pk])).status_code == 403


def test_overdue_procedures_remind_their_clerks_once_a_week(
    criminal_record_extract, passport, people, django_capture_on_commit_callbacks
):
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(
        last_reviewed_on=timezone.localdate() - timedelta(days=400), next_review_on=None
    )
    assert list(Procedure.objects.overdue()) == [criminal_record_extract]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_review_reminders")
    assert [m.to for m in mail.outbox] == [["clerk@justice.example"]]
    assert "criminal-record-extract fr" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_review_reminders")  # the next day's run
    assert len(mail.outbox) == 1


def test_approving_a_change_to_a_withdrawn_procedure_keeps_it_withdrawn(
    criminal_record_extract, passport, people
):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    services.procedure_withdraw(
        procedure=criminal_record_extract, user=people["reviewer"], replaced_by=passport
    )
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    criminal_record_extract.refresh_from_db()
    assert criminal_record_extract.status == Procedure.Status.WITHDRAWN
    assert criminal_record_extract.total_fee_bif == 12_000


def test_restoring_a_version_whose_form_was_deleted_drops_only_that_link(
    criminal_record_extract, justice_form, people
):
    criminal_record_extract.documents.update(form=justice_form)
    services.procedure_withdraw(procedure=criminal_record_extract, user=people["reviewer"])
    revision = criminal_record_extract.revisions.first()
    justice_form.delete()
    copy = services.revision_restore(revision=revision, user=people["clerk"])
    document = copy.documents.get()
    assert document.form is None and document.name_fr == "Carte d'identité"


def test_a_chosen_next_review_date_survives_publication(criminal_record_extract, people):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    chosen = timezone.localdate() + timedelta(days=90)
    Procedure.objects.filter(pk=copy.pk).update(next_review_on=chosen)
    copy.refresh_from_db()
    services.procedure_submit(procedure=copy, user=people["clerk"], minor=True)
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    criminal_record_extract.refresh_from_db()
    assert criminal_record_extract.next_review_on == chosen


def test_clerk_swaps_two_steps_without_an_error(client, criminal_record_extract, people):
    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=people["clerk"])
    client.force_login(people["clerk"])
    url = reverse("admin:procedures_procedure_change", args=[copy.pk])
    data = admin_form_data(client.get(url))
    data["steps-0-position"], data["steps-1-position"] = data["steps-1-position"], data["steps-0-position"]
    response = client.post(url, data)
    assert response.status_code == 302
    assert list(copy.steps.order_by("position").values_list("title_fr", flat=True)) == ["Étape 2", "Étape 1"]


def test_clerks_see_neither_review_links_nor_other_ministries_revisions(
    client, criminal_record_extract, people
):
    services.procedure_withdraw(procedure=criminal_record_extract, user=people["reviewer"])
    client.force_login(people["other_clerk"])
    listing = client.get(reverse("admin:procedures_procedure_changelist"))
    assert "review-queue" not in listing.text
    assert client.get(reverse("admin:procedures_revision_changelist")).status_code == 403
    revision = criminal_record_extract.revisions.first()
    assert client.get(reverse("admin:procedures_procedure_revision", args=[revision.pk])).status_code == 404


def test_edits_to_a_proposal_published_meanwhile_are_shown_back_not_lost(
    client, criminal_record_extract, people
):
    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=people["clerk"])
    client.force_login(people["clerk"])
    client.cookies["django_language"] = "en"
    url = reverse("admin:procedures_procedure_change", args=[copy.pk])
    data = admin_form_data(client.get(url))
    data["summary_en"] = "A summary typed while the reviewer published"
    data["fees-0-amount_bif"] = "17000"

    services.procedure_submit(procedure=copy, user=people["clerk"], minor=True)
    services.procedure_approve(procedure=copy, user=people["reviewer"], reviewed_version=copy.edit_version)
    response = client.post(url, data)

    assert response.status_code == 409
    assert "Nothing you typed was saved" in response.text
    assert "A summary typed while the reviewer published" in response.text
    assert "<td>Fees 1</td><td>amount (BIF)</td><td>17000</td>" in response.text.replace("\n", "")
    assert "<td>csrfmiddlewaretoken" not in response.text and "TOTAL_FORMS" not in response.text
    criminal_record_extract.refresh_from_db()
    assert criminal_record_extract.summary_en != "A summary typed while the reviewer published"
