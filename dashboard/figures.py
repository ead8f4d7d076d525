"""Weekly figures behind the dashboard's charts, for one ministry or (ministry None) all of them.

Each is one grouped query over the last WEEKS weeks, so the cost follows the recent activity, not the
size of the catalogue."""

import statistics
from datetime import datetime, time, timedelta

from django.db.models import Count, DateField, OuterRef, Q, Subquery
from django.db.models.functions import TruncWeek
from django.utils import timezone

from feedback.models import Report
from procedures.models import Revision
from review.models import Proposal

WEEKS = 12


def week_starts(now=None):
    """The Mondays of the last WEEKS weeks, oldest first, the current week last."""
    today = timezone.localdate(now)
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=back) for back in range(WEEKS - 1, -1, -1)]


def _start(weeks):
    return timezone.make_aware(datetime.combine(weeks[0], time.min))


def _per_week(queryset, field, weeks):
    counts = dict(
        queryset.filter(**{f"{field}__gte": _start(weeks)})
        .annotate(week=TruncWeek(field, output_field=DateField()))
        .values_list("week")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [counts.get(week, 0) for week in weeks]


def _revisions_of(ministry):
    revisions = Revision.objects.all()
    if ministry is not None:
        revisions = revisions.filter(
            Q(procedure__institution=ministry) | Q(procedure__institution__parent=ministry)
        )
    return revisions


def published_per_week(weeks, ministry=None):
    """Changes that became public, per week."""
    published = _revisions_of(ministry).filter(action=Revision.Action.PUBLISHED)
    return _per_week(published, "created_at", weeks)


def review_days_per_week(weeks, ministry=None):
    """Median days from submission to the reviewer's decision (approved or returned), per week of the
    decision: procedures (their revisions) and, for everyone, proposed changes to offices and forms."""
    start = _start(weeks)
    submitted = Revision.objects.filter(
        procedure=OuterRef("procedure"),
        action=Revision.Action.SUBMITTED,
        created_at__lte=OuterRef("created_at"),
    ).order_by("-created_at")
    decisions = (
        _revisions_of(ministry)
        .filter(action__in=[Revision.Action.APPROVED, Revision.Action.RETURNED], created_at__gte=start)
        .annotate(submitted_at=Subquery(submitted.values("created_at")[:1]))
        .values_list("submitted_at", "created_at")
    )
    pairs = [pair for pair in decisions if pair[0] is not None]
    if ministry is None:
        proposals = Proposal.objects.filter(reviewed_at__gte=start).values_list("created_at", "reviewed_at")
        pairs += list(proposals)
    by_week = {week: [] for week in weeks}
    for asked, decided in pairs:
        day = timezone.localdate(decided)
        week = day - timedelta(days=day.weekday())
        if week in by_week:
            by_week[week].append((decided - asked).total_seconds() / 86400)
    return [round(statistics.median(days), 1) if days else None for days in by_week.values()]


def reports_per_week(weeks, ministry=None):
    """Problems reported, and reports closed, per week."""
    reports = Report.objects.filter(kind=Report.Kind.PROBLEM)
    if ministry is not None:
        reports = reports.filter(ministry=ministry)
    return _per_week(reports, "created_at", weeks), _per_week(reports, "closed_at", weeks)
