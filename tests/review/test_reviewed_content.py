"""Offices, institutions and forms change only through review, like procedures (issue 16.1)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from audit.models import AuditEvent
from forms_library.models import Form
from ministries.models import Institution, Office
from review import services
from review.models import Proposal
from tests.conftest import MINIMAL_PDF
from tests.procedures.test_workflow import admin_form_data


def logged_in(user):
    browser = Client()
    browser.force_login(user)
    browser.cookies["django_language"] = "en"
    return browser


def propose_in_admin(user, url, **changes):
    browser = logged_in(user)
    data = admin_form_data(browser.get(url))
    data.update(changes)
    response = browser.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    return Proposal.objects.latest("pk")


def approve_in_admin(reviewer, proposal):
    page = logged_in(reviewer).post(
        reverse("admin:review_proposal_change", args=[proposal.pk]), {"decision": "approve"}
    )
    assert page.status_code == 302, page.context["form"].errors
    proposal.refresh_from_db()
    return proposal


def test_an_office_phone_and_hours_change_is_public_only_once_approved(
    client, justice_office, justice_clerk, reviewer
):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    proposal = propose_in_admin(
        justice_clerk,
        url,
        phone="+257 22 99 99 99",
        **{
            "hours-TOTAL_FORMS": "1",
            "hours-0-weekday": "0",
            "hours-0-period": "morning",
            "hours-0-opens": "07:30",
            "hours-0-closes": "12:00",
        },
    )
    public = client.get(justice_office.get_absolute_url())
    assert "+257 22 99 99 99" not in public.text
    justice_office.refresh_from_db()
    assert justice_office.phone == "" and not justice_office.hours.exists()

    review_page = logged_in(reviewer).get(reverse("admin:review_proposal_change", args=[proposal.pk]))
    assert "+257 22 99 99 99" in review_page.text  # the reviewer sees the diff
    approve_in_admin(reviewer, proposal)

    justice_office.refresh_from_db()
    assert justice_office.phone == "+257 22 99 99 99"
    assert justice_office.hours.get().opens.strftime("%H:%M") == "07:30"
    assert "+257 22 99 99 99" in client.get(justice_office.get_absolute_url()).text
    assert {"submit", "approve", "publish"} <= set(AuditEvent.objects.values_list("action", flat=True))


def test_a_new_form_file_version_is_served_only_once_approved(client, justice_form, justice_clerk, reviewer):
    url = reverse("admin:forms_library_form_change", args=[justice_form.pk])
    browser = logged_in(justice_clerk)
    data = admin_form_data(browser.get(url))
    data["files-0-language"] = "fr"
    new_pdf = MINIMAL_PDF.replace(b"%%EOF", b"% version 2\n%%EOF")
    data["files-0-file"] = SimpleUploadedFile("new.pdf", new_pdf)
    data["files-TOTAL_FORMS"] = "2"
    data["files-1-language"] = "fr"
    data["files-1-file"] = SimpleUploadedFile("new.pdf", new_pdf)
    data["files-INITIAL_FORMS"] = "1"
    data["files-0-id"] = str(justice_form.files.get().pk)
    data.pop("files-0-file")
    response = browser.post(url, data)
    assert response.status_code == 302
    download = reverse("forms_library:download", args=["MJ-CJ-01", "fr"])
    assert b"version 2" not in b"".join(client.get(download).streaming_content)
    assert justice_form.files.count() == 1

    approve_in_admin(reviewer, Proposal.objects.get())

    assert list(justice_form.files.order_by("version").values_list("version", "is_current")) == [
        (1, False),
        (2, True),
    ]
    assert b"version 2" in b"".join(client.get(download).streaming_content)


def test_creating_and_deleting_a_form_are_reviewed(justice_form, criminal_records, justice_clerk, reviewer):
    browser = logged_in(justice_clerk)
    deleted = browser.post(
        reverse("admin:forms_library_form_delete", args=[justice_form.pk]), {"post": "yes"}
    )
    assert deleted.status_code == 302
    assert Form.objects.filter(pk=justice_form.pk).exists()
    approve_in_admin(reviewer, Proposal.objects.get(kind="delete"))
    assert not Form.objects.filter(pk=justice_form.pk).exists()

    add_url = reverse("admin:forms_library_form_add")
    data = admin_form_data(browser.get(add_url))
    data.update(
        reference_code="MJ-NEW-01",
        title_rn="Urupapuro rushasha",
        title_fr="Nouveau formulaire",
        institution=str(criminal_records.pk),
    )
    assert browser.post(add_url, data).status_code == 302
    assert not Form.objects.filter(reference_code="MJ-NEW-01").exists()
    approve_in_admin(reviewer, Proposal.objects.get(kind="create"))
    assert Form.objects.get(reference_code="MJ-NEW-01").title_fr == "Nouveau formulaire"


def test_an_institution_change_can_be_returned_and_an_approved_one_restored(
    criminal_records, justice_clerk, reviewer
):
    url = reverse("admin:ministries_institution_change", args=[criminal_records.pk])
    proposal = propose_in_admin(justice_clerk, url, website="https://phishing.example")
    services.proposal_return(proposal=proposal, user=reviewer, comment="Not the official site.")
    criminal_records.refresh_from_db()
    assert criminal_records.website == ""

    approved = approve_in_admin(
        reviewer, propose_in_admin(justice_clerk, url, website="https://justice.gov.bi")
    )
    assert Institution.objects.get(pk=criminal_records.pk).website == "https://justice.gov.bi"
    history = logged_in(justice_clerk).get(
        reverse("admin:ministries_institution_history", args=[criminal_records.pk])
    )
    assert "Not the official site." in history.text and "https://justice.gov.bi" in history.text

    logged_in(justice_clerk).post(
        reverse("admin:review_proposal_restore", args=[approved.pk]), {"state": "base"}
    )
    approve_in_admin(reviewer, Proposal.objects.get(status="submitted"))
    assert Institution.objects.get(pk=criminal_records.pk).website == ""


def test_only_a_reviewer_decides_and_never_on_their_own_change(
    justice_office, justice_clerk, reviewer, superuser
):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    proposal = propose_in_admin(justice_clerk, url, phone="+257 1")
    with pytest.raises(PermissionDenied):
        services.proposal_approve(proposal=proposal, user=justice_clerk)
    Proposal.objects.filter(pk=proposal.pk).update(author=reviewer)
    with pytest.raises(PermissionDenied):
        services.proposal_approve(proposal=proposal, user=reviewer)
    Proposal.objects.filter(pk=proposal.pk).update(author=superuser)
    services.proposal_approve(proposal=proposal, user=superuser)
    assert AuditEvent.objects.get(action="approve").details["self_approved"] is True


def test_another_ministrys_clerk_can_neither_see_nor_restore(
    criminal_records, justice_clerk, interior_clerk, reviewer
):
    url = reverse("admin:ministries_institution_change", args=[criminal_records.pk])
    approved = approve_in_admin(
        reviewer, propose_in_admin(justice_clerk, url, website="https://justice.gov.bi")
    )
    other = logged_in(interior_clerk)
    assert other.get(reverse("admin:review_proposal_change", args=[approved.pk])).status_code == 404
    assert other.post(reverse("admin:review_proposal_restore", args=[approved.pk])).status_code == 404
    assert (
        other.get(reverse("admin:ministries_institution_history", args=[criminal_records.pk])).status_code
        == 404
    )
    assert Proposal.objects.count() == 1


def test_a_second_proposal_waits_for_the_first(justice_office, justice_clerk):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    propose_in_admin(justice_clerk, url, phone="+257 1")
    browser = logged_in(justice_clerk)
    page = browser.get(url)
    assert "is waiting for review" in page.text
    data = admin_form_data(page)
    data["phone"] = "+257 2"
    browser.post(url, data)
    assert Proposal.objects.count() == 1
    assert Office.objects.get(pk=justice_office.pk).phone == ""
