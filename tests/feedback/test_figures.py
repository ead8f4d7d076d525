"""Public figures per ministry; a draft's answers never appear in them."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from feedback.models import Report
from procedures.models import Procedure
from tests.conftest import make_procedure

pytestmark = pytest.mark.django_db


def report(page, kind, *, state=Report.State.NEW, days_to_close=None):
    created = timezone.now() - timedelta(days=10)
    row = Report.objects.create(
        kind=kind,
        language="en",
        ministry=page.institution.ministry,
        state=state,
        created_at=created,
        **{page._meta.model_name: page},
    )
    if days_to_close is not None:
        Report.objects.filter(pk=row.pk).update(closed_at=created + timedelta(days=days_to_close))


def test_figures_per_ministry_and_useful_share_per_procedure(
    client, passport, criminal_record_extract, civil_service
):
    report(passport, "problem", state="fixed", days_to_close=2)
    report(passport, "problem", state="fixed", days_to_close=4)
    report(passport, "problem")
    report(passport, "problem", state="not_a_problem")
    for kind in ("useful", "useful", "useful", "not_useful"):
        report(passport, kind)

    page = client.get("/en/feedback/figures/").content.decode()
    page = re.sub(r' data-label="[^"]*"', "", page)  # each figure's column name, for the phone layout

    row = page[page.index("Ministry of the Interior") :].split("</tr>")[0]
    assert "<td>4</td><td>50 %</td><td>3.0</td>" in row
    justice = page[page.index("Ministry of Justice") :].split("</tr>")[0]
    assert "<td>0</td><td>–</td><td>–</td>" in justice
    assert "passport en" in page and "<td>3</td><td>1</td><td>75 %</td>" in page


def test_a_drafts_answers_are_not_shown(client, criminal_records, justice_office):
    draft = make_procedure("secret-draft", criminal_records, justice_office)
    Procedure.objects.filter(pk=draft.pk).update(status="draft")
    draft.refresh_from_db()
    report(draft, "useful")
    page = client.get("/en/feedback/figures/").content.decode()
    assert "secret-draft" not in page
    assert "No answers yet." in page
