"""The staff dashboard (admin index) at 10,000 procedures: time to build it for a clerk and a reviewer.

    .venv/bin/python benchmarks/dashboard.py                        # SQLite, 10,000 procedures
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/isoko_dashboard_bench .venv/bin/python benchmarks/dashboard.py
    .venv/bin/python benchmarks/dashboard.py --procedures 2000 --rounds 10

The demo catalogue, then generated procedures (benchmarks/search.py); a tenth of them get a working
copy by the demo's justice clerk (half of those submitted, some returned), one in five is overdue for
review, and there are reports and searches with few results. Prints p50/p95 of the whole admin index
(all its queries and its four charts) and its query count. Target: under a second.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta

sys.path.insert(0, os.path.dirname(__file__))


def add_work(count):
    """Working copies by the justice clerk (half submitted, some returned) and their revisions."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from procedures.models import Procedure, Revision

    users = get_user_model().objects
    clerk, reviewer = users.get(username="clerk-justice"), users.get(username="reviewer")
    ministry = clerk.staff_profile.ministry
    now = timezone.now()
    with transaction.atomic():
        published = list(Procedure.objects.published().for_ministry(ministry)[: count // 10])
        copies, revisions = [], []
        for number, procedure in enumerate(published):
            submitted = number % 2 == 0
            copy = Procedure(
                slug=procedure.slug,
                institution_id=procedure.institution_id,
                draft_of=procedure,
                status=Procedure.Status.SUBMITTED if submitted else Procedure.Status.DRAFT,
                submitted_by=clerk if submitted or number % 6 == 1 else None,
                submitted_at=now - timedelta(days=number % 40) if submitted else None,
                review_comment="Check the fee." if number % 6 == 1 else "",
                title_rn=procedure.title_rn,
                title_fr=procedure.title_fr,
                summary_rn=procedure.summary_rn,
                summary_fr=procedure.summary_fr,
                eligibility_fr=procedure.eligibility_fr,
            )
            copies.append(copy)
            for action in (Revision.Action.SAVED, Revision.Action.SUBMITTED):
                revisions.append(
                    Revision(
                        procedure=procedure, subject=procedure.slug, action=action, author=clerk, snapshot={}
                    )
                )
            if number % 3 == 0:
                revisions.append(
                    Revision(
                        procedure=procedure, action=Revision.Action.PUBLISHED, author=reviewer, snapshot={}
                    )
                )
        Procedure.objects.bulk_create(copies, batch_size=1000)
        Revision.objects.bulk_create(revisions, batch_size=1000)
    add_reports_and_searches(count)


def add_reports_and_searches(count):
    """One in five published procedures overdue for review; reports on many; searches with few results."""
    from django.db import transaction
    from django.utils import timezone

    from feedback.models import Report
    from procedures.models import Procedure, SearchLog

    now = timezone.now()
    with transaction.atomic():
        stale = list(Procedure.objects.published().values_list("pk", flat=True)[::5])
        Procedure.objects.filter(pk__in=stale).update(
            last_reviewed_on=timezone.localdate() - timedelta(days=400)
        )
        every_ministry = list(
            Procedure.objects.published().select_related("institution__parent")[: count // 5]
        )
        Report.objects.bulk_create(
            Report(
                kind=Report.Kind.PROBLEM,
                topic=Report.Topic.FEE,
                text="The fee changed",
                language="fr",
                procedure=procedure,
                ministry=procedure.institution.ministry,
                state=Report.State.FIXED if number % 3 == 0 else Report.State.NEW,
                closed_at=now if number % 3 == 0 else None,
                created_at=now - timedelta(days=number % 80),
            )
            for number, procedure in enumerate(every_ministry)
        )
        SearchLog.objects.bulk_create(
            SearchLog(query=f"{word} {number}", language="fr", result_count=number % 3, times=1 + number % 7)
            for number, word in enumerate(["casier", "passeport", "naissance", "nif", "mariage"] * 400)
        )


def measure(rounds):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from procedures.models import Procedure

    settings.PAGE_CACHE = False
    print(
        f"{Procedure.objects.count()} procedures ({Procedure.objects.published().count()} published), "
        f"{connection.vendor}"
    )
    for username in ("clerk-justice", "reviewer"):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        client.get("/admin/")  # the session is saved after the login; per-process caches warm
        times = []
        for _round in range(rounds):
            started = time.perf_counter()
            response = client.get("/admin/")
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        with CaptureQueriesContext(connection) as captured:
            client.get("/admin/")
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(
            f"  {username:14} admin index with dashboard: p50 {statistics.median(times):6.1f} ms  "
            f"p95 {p95:6.1f} ms  ({len(captured)} queries, {len(response.content) / 1000:.0f} kB)"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--procedures", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    arguments = parser.parse_args()
    from _setup import django_with_demo

    url = (
        os.environ.get("DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp(prefix='isoko-dash-')}/bench.sqlite3"
    )
    django_with_demo(url)
    from search import generate

    generate(arguments.procedures)
    add_work(arguments.procedures)
    measure(arguments.rounds)


if __name__ == "__main__":
    main()
