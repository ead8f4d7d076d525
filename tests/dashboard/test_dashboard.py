"""The work dashboard on the admin index: what a clerk and a reviewer find there when they log in."""

from datetime import timedelta

import pytest
from django.utils import timezone

from feedback.models import Report
from procedures import services
from procedures.models import Procedure, SearchLog
from tests.conftest import make_procedure

pytestmark = pytest.mark.django_db

NOTE = {"rn": "Amahera yaduze", "fr": "Frais portés à 12 000 BIF", "en": "Fee raised to 12,000 BIF"}


def dashboard(client, user, language="en"):
    client.force_login(user)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def section(html, title):
    """The dashboard module under the heading `title` (up to the next module)."""
    start = html.index(title)
    ends = [html.find(mark, start) for mark in ('<div class="module">', "</section>")]
    return html[start : min(end for end in ends if end != -1)]


def working_copy(procedure, clerk):
    copy = services.procedure_working_copy(procedure=procedure, user=clerk)
    services.record_saved(procedure=copy, user=clerk)
    return copy


def report(procedure, text="The fee is wrong", **values):
    return Report.objects.create(
        kind=Report.Kind.PROBLEM,
        topic=Report.Topic.FEE,
        text=text,
        language="en",
        procedure=procedure,
        ministry=procedure.institution.ministry,
        **values,
    )


def test_clerk_sees_their_draft_and_what_was_returned_with_the_comment(
    client, criminal_record_extract, justice_office, justice_clerk, reviewer
):
    working_copy(criminal_record_extract, justice_clerk)
    passport_like = make_procedure("birth-certificate", criminal_record_extract.institution, justice_office)
    copy = working_copy(passport_like, justice_clerk)
    services.procedure_submit(procedure=copy, user=justice_clerk, change_note=NOTE)
    services.procedure_return(procedure=copy, user=reviewer, comment="Give the fee in BIF, please.")

    html = dashboard(client, justice_clerk)

    assert "criminal-record-extract en" in section(html, "My drafts")
    returned = section(html, "Changes returned to me")
    assert "birth-certificate en" in returned
    assert "Give the fee in BIF, please." in returned
    assert "criminal-record-extract en" not in returned


def test_clerk_sees_what_waits_for_review_and_since_when(client, criminal_record_extract, justice_clerk):
    copy = working_copy(criminal_record_extract, justice_clerk)
    services.procedure_submit(procedure=copy, user=justice_clerk, change_note=NOTE)
    Procedure.objects.filter(pk=copy.pk).update(submitted_at=timezone.now() - timedelta(days=3))

    waiting = section(dashboard(client, justice_clerk), "Submitted and waiting for review")

    assert "criminal-record-extract en" in waiting
    assert "3\xa0days" in waiting
    assert "My drafts" not in waiting


def test_clerk_sees_procedures_due_for_review_of_their_ministry_only(
    client, criminal_record_extract, passport, justice_clerk
):
    long_ago = timezone.localdate() - timedelta(days=400)
    Procedure.objects.update(last_reviewed_on=long_ago)

    due = section(dashboard(client, justice_clerk), "Procedures due for review")

    assert "criminal-record-extract en" in due
    assert "passport en" not in due


def test_clerk_sees_open_reports_about_their_ministrys_pages_and_no_one_elses(
    client, criminal_record_extract, passport, justice_clerk, interior_clerk
):
    report(criminal_record_extract, text="<script>alert(1)</script>")
    report(passport)
    report(criminal_record_extract, state=Report.State.FIXED)

    justice = section(dashboard(client, justice_clerk), "Open reports about our pages")
    interior = section(dashboard(client, interior_clerk), "Open reports about our pages")

    assert "criminal-record-extract en" in justice and "(1)" in justice
    assert "passport" not in justice
    assert "passport en" in interior and "criminal-record" not in interior


def test_clerk_sees_searches_with_few_results_about_their_ministrys_topics(
    client, criminal_record_extract, passport, justice_clerk
):
    SearchLog.objects.create(query="criminal extrait", language="fr", result_count=0, times=4)
    SearchLog.objects.create(query="passports lost", language="en", result_count=1, times=9)

    searches = section(dashboard(client, justice_clerk), "Searches with few results")

    assert "criminal extrait" in searches
    assert "passports lost" not in searches


def test_reviewer_sees_the_queue_oldest_first_and_figures_per_ministry(
    client, criminal_record_extract, passport, justice_clerk, interior_clerk, reviewer
):
    for procedure, clerk, days in (
        (passport, interior_clerk, 2),
        (criminal_record_extract, justice_clerk, 5),
    ):
        copy = working_copy(procedure, clerk)
        services.procedure_submit(procedure=copy, user=clerk, change_note=NOTE)
        Procedure.objects.filter(pk=copy.pk).update(submitted_at=timezone.now() - timedelta(days=days))
    Procedure.objects.filter(slug="passport", draft_of=None).update(
        last_reviewed_on=timezone.localdate() - timedelta(days=400), title_en=""
    )
    report(passport)
    report(passport)

    html = dashboard(client, reviewer)

    queue = section(html, "Review queue, oldest first")
    assert queue.index("criminal-record-extract en") < queue.index("passport")
    assert "5\xa0days" in queue and "2\xa0days" in queue
    rows = section(html, "Per ministry")
    interior_row = rows[rows.index("Ministry of the Interior") :].split("</tr>")[0]
    # overdue 1, open reports 2, texts missing: Kirundi 0, French 0, English 1 (the title)
    assert [cell.split("</td>")[0] for cell in interior_row.split("<td>")[1:]] == ["1", "2", "0", "0", "1"]


def test_charts_are_svg_images_with_their_figures_as_a_table_and_no_script(
    client, criminal_record_extract, justice_clerk, reviewer
):
    copy = working_copy(criminal_record_extract, justice_clerk)
    services.procedure_submit(procedure=copy, user=justice_clerk, change_note=NOTE)
    services.procedure_approve(procedure=copy, user=reviewer, reviewed_version=copy.edit_version)

    html = dashboard(client, reviewer)

    assert html.count('<img src="data:image/svg+xml;base64,') == 4
    assert "<script" not in html.split('id="work-dashboard-title"')[1].split("</section>")[0]
    published = html[html.index("Figures of “Changes published per week”") :].split("</table>")[0]
    assert published.count("<td>1</td>") == 1  # this week's publication, the other weeks 0
    assert "Published texts present in each language (%)" in html


def test_dashboard_is_translated(client, criminal_record_extract, justice_clerk):
    assert "Mes brouillons" in dashboard(client, justice_clerk, "fr")
    assert "Ivyo nanditse bitaratangwa" in dashboard(client, justice_clerk, "rn")


def test_staff_without_a_role_get_the_plain_index(client, superuser, django_user_model):
    plain = django_user_model.objects.create_user("helper", password="a-long-test-password", is_staff=True)
    html = dashboard(client, plain)
    assert "work-dashboard" not in html
