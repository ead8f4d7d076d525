"""What a reviewer sees before deciding: every file under review opens, opening hours read by weekday,
the page can be previewed as citizens will see it, and the buttons say what they do, in the reviewer's
language."""

import datetime
from html import unescape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ministries.models import OpeningHours
from procedures import services as procedure_services
from review.models import Proposal
from tests.conftest import MINIMAL_PDF
from tests.procedures.test_workflow import NOTE, admin_form_data, people, propose_new_fee  # noqa: F401
from tests.review.test_reviewed_content import logged_in, propose_in_admin

NEW_PDF = MINIMAL_PDF.replace(b"%%EOF", b"% version 2\n%%EOF")


def office_with_hours(justice_office):
    for period, opens, closes in (("morning", "07:30", "12:00"), ("afternoon", "14:00", "17:30")):
        OpeningHours.objects.create(
            office=justice_office,
            weekday=0,
            period=period,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )
    return justice_office


def propose_closing_earlier(justice_office, justice_clerk):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    data = admin_form_data(logged_in(justice_clerk).get(url))
    afternoon = next(k for k, v in data.items() if k.startswith("hours-") and v == "afternoon")
    data[afternoon.replace("-period", "-closes")] = "16:00"
    browser = logged_in(justice_clerk)
    assert browser.post(url, data).status_code == 302
    return Proposal.objects.latest("pk")


def review_page(reviewer, proposal, language="en"):
    browser = logged_in(reviewer)
    browser.cookies["django_language"] = language
    return browser, browser.get(reverse("admin:review_proposal_change", args=[proposal.pk]))


def test_an_office_hours_change_reads_by_weekday(justice_office, justice_clerk, reviewer):
    proposal = propose_closing_earlier(office_with_hours(justice_office), justice_clerk)
    _browser, page = review_page(reviewer, proposal)
    text = " ".join(unescape(page.text).split())
    assert "Monday, Afternoon: closes</td><td>–</td><td>17:30</td><td>16:00" in text
    assert "#" not in text.split('class="diff"')[1].split("</table>")[0]  # no "closing time #2"
    assert "17:30:00" not in text


def test_a_new_form_version_can_be_opened_before_approving(justice_form, justice_clerk, reviewer):
    url = reverse("admin:forms_library_form_change", args=[justice_form.pk])
    browser = logged_in(justice_clerk)
    data = admin_form_data(browser.get(url))
    data.update(
        {
            "files-TOTAL_FORMS": "2",
            "files-INITIAL_FORMS": "1",
            "files-0-id": str(justice_form.files.get().pk),
            "files-1-language": "fr",
            "files-1-file": SimpleUploadedFile("new.pdf", NEW_PDF),
        }
    )
    data.pop("files-0-file", None)
    assert browser.post(url, data).status_code == 302
    proposal = Proposal.objects.get()

    reviewer_browser, page = review_page(reviewer, proposal)
    link = reverse("admin:review_proposal_file", args=[proposal.pk, "files", 1, "file"])
    assert f'href="{link}"' in page.text
    opened = reviewer_browser.get(link)
    assert opened.status_code == 200 and opened["Content-Type"] == "application/pdf"
    assert b"version 2" in b"".join(opened.streaming_content)
    assert "inline" in opened["Content-Disposition"]

    # Only who may see the proposal opens its files; a wrong address is a 404, never a server error.
    other = logged_in(justice_clerk)
    assert (
        other.get(reverse("admin:review_proposal_file", args=[proposal.pk, "files", 9, "file"])).status_code
        == 404
    )
    assert (
        other.get(
            reverse("admin:review_proposal_file", args=[proposal.pk, "files", 1, "language"])
        ).status_code
        == 404
    )


def test_the_reviewer_previews_the_page_as_citizens_will_see_it(
    client, justice_office, justice_clerk, reviewer
):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    proposal = propose_in_admin(justice_clerk, url, phone="+257 22 99 99 99")
    browser, page = review_page(reviewer, proposal)
    preview_url = reverse("admin:review_proposal_preview", args=[proposal.pk])
    assert f'href="{preview_url}"' in page.text

    preview = browser.get(preview_url)
    assert preview.status_code == 200
    assert "+257 22 99 99 99" in preview.text
    assert "It is not public yet." in preview.text
    assert "no-store" in preview["Cache-Control"]
    # Nothing became public by previewing.
    justice_office.refresh_from_db()
    assert justice_office.phone == ""
    assert "+257 22 99 99 99" not in client.get(justice_office.get_absolute_url()).text


def test_the_decision_buttons_say_what_they_do_in_kirundi(justice_office, justice_clerk, reviewer):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    proposal = propose_in_admin(justice_clerk, url, phone="+257 22 99 99 99")
    _browser, page = review_page(reviewer, proposal, language="rn")
    text = unescape(page.text)
    assert "Decision" not in text and "Send the decision" not in text
    assert 'name="decision" value="approve"' in text and 'name="decision" value="return"' in text
    assert "Emeza maze ushire ahabona" in text and "Gusubiza umukozi" in text


def test_returning_with_the_return_button_returns(justice_office, justice_clerk, reviewer):
    url = reverse("admin:ministries_office_change", args=[justice_office.pk])
    proposal = propose_in_admin(justice_clerk, url, phone="+257 22 99 99 99")
    browser = logged_in(reviewer)
    done = browser.post(
        reverse("admin:review_proposal_change", args=[proposal.pk]),
        {"decision": "return", "comment": "Wrong number."},
    )
    assert done.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.RETURNED and proposal.review_comment == "Wrong number."


def test_a_procedure_review_has_no_english_label_and_buttons_that_say_what_they_do(
    criminal_record_extract,
    people,  # noqa: F811
):
    copy = propose_new_fee(criminal_record_extract, people["clerk"])
    procedure_services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    browser = logged_in(people["reviewer"])
    browser.cookies["django_language"] = "rn"
    url = reverse("admin:procedures_procedure_review", args=[copy.pk])
    text = unescape(browser.get(url).text)
    assert "Decision" not in text
    assert 'name="decision" value="approve"' in text and 'name="decision" value="return"' in text
    assert "Gusubiza umukozi" in text

    returned = browser.post(
        url, {"decision": "return", "reviewed_version": copy.edit_version, "comment": "Amafaranga si yo."}
    )
    assert returned.status_code == 302
    copy.refresh_from_db()
    assert copy.status == copy.Status.DRAFT and copy.review_comment == "Amafaranga si yo."
