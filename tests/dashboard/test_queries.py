"""The dashboard costs the same number of queries with a small and with a larger catalogue.

Clerk (after the session and user): drafts (rows, count), returned procedures (rows, count), returned
proposals (rows, count), waiting procedures and proposals (rows, count each), due (rows, count), open
reports (rows, count), the ministry's words (procedures, institutions), recent searches, translation
gaps; the charts: published, review times, reports opened, reports closed. Reviewer: the queue
(procedures, proposals: rows and count each), overdue and open reports per ministry, translation gaps,
the ministries; the charts as for a clerk plus proposals' review times."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback.models import Report
from procedures import services
from procedures.models import Procedure, SearchLog
from tests.conftest import make_procedure
from tests.dashboard.test_dashboard import NOTE, working_copy

pytestmark = pytest.mark.django_db

# Those of the admin index itself (session, user, the app list and recent actions) included; the
# translation gaps and the ministry's words come from the cache after the first visit (dashboard/cached.py).
EXPECTED = {"justice_clerk": 27, "reviewer": 19}


def queries(client, user):
    client.force_login(user)
    client.get("/admin/")  # the session is saved on the first request after the login, not after
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/admin/").status_code == 200
    return len(captured)


def grow(numbers, institution, office, clerk, reviewer):
    """More procedures in every state the dashboard lists, with reports and searches."""
    for n in numbers:
        procedure = make_procedure(f"grown-{n}", institution, office)
        copy = working_copy(procedure, clerk)
        if n % 2:
            services.procedure_submit(procedure=copy, user=clerk, change_note=NOTE)
        if n % 4 == 1:
            services.procedure_return(procedure=copy, user=reviewer, comment="Again")
        Report.objects.create(
            kind=Report.Kind.PROBLEM,
            text="x",
            language="en",
            procedure=procedure,
            ministry=institution.ministry,
        )
        SearchLog.objects.create(query=f"grown {n}", language="en", result_count=0)
    Procedure.objects.filter(draft_of=None).update(
        last_reviewed_on=timezone.localdate() - timedelta(days=400)
    )


@pytest.mark.parametrize("who", ["justice_clerk", "reviewer"])
def test_dashboard_queries_do_not_grow_with_the_catalogue(
    client, request, who, criminal_record_extract, passport, justice_office, justice_clerk, reviewer
):
    user = request.getfixturevalue(who)
    grow(range(2), criminal_record_extract.institution, justice_office, justice_clerk, reviewer)
    small = queries(client, user)
    grow(range(2, 16), criminal_record_extract.institution, justice_office, justice_clerk, reviewer)

    assert queries(client, user) == small == EXPECTED[who]
