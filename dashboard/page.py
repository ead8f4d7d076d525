"""What the admin index shows a member of staff: a clerk's or a reviewer's lists and the charts."""

from django.utils import timezone
from django.utils.translation import gettext as _

from dashboard import charts, figures, work
from dashboard.cached import catalogue_figure
from dashboard.translation_gaps import gaps_per_ministry
from ministries.roles import is_reviewer, staff_ministry


def dashboard_for(user, now=None):
    """The dashboard's context for `user`, or {} for staff with neither role (nothing to show)."""
    now = now or timezone.now()
    if is_reviewer(user):
        lists = work.reviewer_work(now)
        ministry = None
        shares = [(_label(row["ministry"]), _shares(row["gaps"])) for row in lists["ministries"]]
        role = "reviewer"
    else:
        ministry = staff_ministry(user)
        if ministry is None:
            return {}
        lists = work.clerk_work(user, ministry, now)
        shares = [(_label(ministry), _shares(catalogue_figure("gaps", gaps_per_ministry).get(ministry.pk)))]
        role = "clerk"
    return {
        "role": role,
        "ministry": ministry,
        "now": now,
        **lists,
        "charts": [*weekly_charts(ministry, now), _completeness(shares)],
    }


def weekly_charts(ministry, now):
    weeks = figures.week_starts(now)
    opened, closed = figures.reports_per_week(weeks, ministry)
    return [
        charts.weekly_chart(
            _("Changes published per week"),
            weeks,
            [(_("Changes published"), figures.published_per_week(weeks, ministry))],
        ),
        charts.weekly_chart(
            _("Days from submission to the reviewer's decision (median)"),
            weeks,
            [(_("Days"), figures.review_days_per_week(weeks, ministry))],
        ),
        charts.weekly_chart(
            _("Problems reported and reports closed per week"),
            weeks,
            [(_("Reported"), opened), (_("Closed"), closed)],
        ),
    ]


def _completeness(shares):
    return charts.completeness_chart(_("Published texts present in each language (%)"), shares)


def _label(ministry):
    return ministry.acronym or ministry.name


def _shares(gaps):
    """Per language, the share of written texts present in it (100 when nothing is published)."""
    if not gaps or not gaps["texts"]:
        return dict.fromkeys(("rn", "fr", "en"), 100)
    texts = gaps["texts"]
    return {code: round(100 * (texts - missing) / texts) for code, missing in gaps["missing"].items()}
