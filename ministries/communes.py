"""A citizen's commune, chosen once and kept in a cookie, and the offices that serve it.

Procedure pages stay the same for everyone, so the page cache and any CDN keep serving them as they
are: what depends on the commune is a small page of its own (ministries/views.py `offices_for_commune`),
shown inside the procedure page in a frame that needs no JavaScript. See benchmarks/my_commune.py.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from ministries.models import Commune, OpeningHours, Province

COOKIE = "isoko_commune"
COOKIE_SECONDS = 400 * 24 * 3600  # the longest browsers keep a cookie


def commune_from_slug(slug):
    """The commune named by `slug` (from a cookie, a form or a query), or None for anything else."""
    if not slug or len(slug) > 80:
        return None
    return Commune.objects.select_related("province").filter(slug=slug).first()


def chosen_commune(request):
    return commune_from_slug(request.COOKIES.get(COOKIE, ""))


def provinces_with_communes():
    """Every province with its communes, for the choice (an <optgroup> per province)."""
    return list(Province.objects.prefetch_related("communes").order_by("name"))


@dataclass
class OfficeToday:
    office: object
    periods: list
    open_now: bool
    opens_next: object = None  # the time it opens again today, when closed now


@dataclass
class WhereToApply:
    """For one commune: the offices competent for it, or (when none is) the nearest we know — those of
    its province, else all the procedure's offices — and the procedure's other offices."""

    commune: object
    competent: list = field(default_factory=list)
    nearest: list = field(default_factory=list)
    others: list = field(default_factory=list)


def today(office, now):
    """The office's periods today and whether it is open at `now` (a local datetime)."""
    periods = [period for period in office.hours.all() if period.weekday == now.weekday()]
    moment = now.time()
    open_now = any(period.opens <= moment < period.closes for period in periods)
    later = [period.opens for period in periods if period.opens > moment]
    return OfficeToday(office, periods, open_now, None if open_now or not later else min(later))


def where_to_apply(offices, commune, now=None):
    """`offices` (a queryset of a procedure's offices) sorted for `commune`: competent ones first."""
    now = timezone.localtime(now)
    offices = offices.select_related("commune__province").prefetch_related(
        Prefetch("hours", queryset=OpeningHours.objects.filter(weekday=now.weekday()))
    )
    everyone = list(offices.order_by("name"))
    competent_ids = set(offices.serving(commune).values_list("pk", flat=True))
    competent = [today(o, now) for o in everyone if o.pk in competent_ids]
    rest = [o for o in everyone if o.pk not in competent_ids]
    nearest = []
    if not competent:
        nearest = [o for o in rest if o.commune.province_id == commune.province_id] or rest
    others = [today(o, now) for o in rest if o not in nearest]
    return WhereToApply(commune, competent, [today(o, now) for o in nearest], others)
