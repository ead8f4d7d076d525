"""Public figures: what citizens reported about each ministry's pages, and what became of it."""

import statistics
from dataclasses import dataclass

from django.db.models import Count, Q

from feedback.models import Report
from ministries.models import Institution
from procedures.models import Procedure


@dataclass
class MinistryFigures:
    ministry: Institution
    received: int
    fixed: int
    median_days_to_fix: float | None

    @property
    def fixed_share(self):
        return self.fixed / self.received if self.received else None


def ministry_figures():
    """Per ministry: problems reported, how many were fixed, the median days from report to fix."""
    problems = Report.objects.filter(kind=Report.Kind.PROBLEM)
    received = dict(problems.values_list("ministry").annotate(n=Count("pk")).order_by())
    days = {}
    for ministry_id, created_at, closed_at in problems.filter(state=Report.State.FIXED).values_list(
        "ministry", "created_at", "closed_at"
    ):
        days.setdefault(ministry_id, []).append((closed_at - created_at).total_seconds() / 86400)
    return [
        MinistryFigures(
            ministry=ministry,
            received=received.get(ministry.pk, 0),
            fixed=len(days.get(ministry.pk, [])),
            median_days_to_fix=statistics.median(days[ministry.pk]) if ministry.pk in days else None,
        )
        for ministry in Institution.objects.ministries()
    ]


def useful_shares():
    """Published procedures with at least one answer: [(procedure, yes, no, share of yes)]."""
    counts = (
        Report.objects.filter(
            procedure__status=Procedure.Status.PUBLISHED,
            kind__in=[Report.Kind.USEFUL, Report.Kind.NOT_USEFUL],
        )
        .values("procedure")
        .annotate(
            yes=Count("pk", filter=Q(kind=Report.Kind.USEFUL)),
            no=Count("pk", filter=Q(kind=Report.Kind.NOT_USEFUL)),
        )
        .order_by()
    )
    counted = {row["procedure"]: (row["yes"], row["no"]) for row in counts}
    procedures = Procedure.objects.filter(pk__in=counted).order_by("slug")
    return [
        (procedure, yes, no, yes / (yes + no))
        for procedure in procedures
        for yes, no in [counted[procedure.pk]]
    ]
