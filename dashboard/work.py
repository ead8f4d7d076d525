"""What waits for a clerk and for a reviewer: short lists, each with its full count, in a fixed number
of queries whatever the catalogue's size (tests/dashboard/test_queries.py)."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Min, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from dashboard.cached import catalogue_figure
from dashboard.translation_gaps import gaps_per_ministry
from feedback.models import Report
from ministries.models import Institution
from procedures.models import Procedure, Revision, SearchLog
from review.models import Proposal

SHOWN = 10  # rows per list; the count says how many there are in all
DUE_SOON_DAYS = 30  # procedures due for review within this many days are listed too
RECENT_DAYS = 30  # returned proposals and searches with few results of this many days
SEARCH_WORD_MIN = 4  # shorter words ("de", "la", "ya") match every ministry


@dataclass
class Listing:
    rows: list
    total: int


def _listing(queryset):
    return Listing(rows=list(queryset[:SHOWN]), total=queryset.count())


def _merged(*listings, key):
    rows = sorted((row for listing in listings for row in listing.rows), key=key)
    return Listing(rows=rows[:SHOWN], total=sum(listing.total for listing in listings))


def clerk_work(user, ministry, now=None):
    """A clerk's lists: their drafts, what came back, what waits, what is due, reports and searches."""
    now = now or timezone.now()
    # By the ministry's institutions' ids, and the procedures this clerk worked on by their revisions
    # (recorded on the published procedure, also for its working copy): both use an index.
    procedures = Procedure.objects.filter(
        institution__in=Institution.objects.for_ministry(ministry).values("pk")
    ).select_related("draft_of")
    worked_on = Revision.objects.filter(
        author=user, action__in=[Revision.Action.CREATED, Revision.Action.SAVED, Revision.Action.RESTORED]
    ).values("procedure_id")
    edited_by_user = Q(pk__in=worked_on) | Q(draft_of__in=worked_on)
    draft = Procedure.Status.DRAFT
    return {
        "drafts": _listing(
            procedures.filter(edited_by_user, status=draft, review_comment="").order_by("-updated_at")
        ),
        "returned": _merged(
            _listing(
                procedures.filter(status=draft, submitted_by=user)
                .exclude(review_comment="")
                .order_by("-updated_at")
            ),
            _listing(
                Proposal.objects.filter(
                    author=user,
                    status=Proposal.Status.RETURNED,
                    reviewed_at__gte=now - timedelta(days=RECENT_DAYS),
                )
                .select_related("content_type")
                .order_by("-reviewed_at")
            ),
            key=lambda row: -_since(row).timestamp(),
        ),
        "waiting": _merged(
            _listing(procedures.awaiting_review().filter(submitted_by=user)),
            _listing(Proposal.objects.waiting().filter(author=user)),
            key=_since,
        ),
        "due": _listing(
            procedures.overdue(today=timezone.localdate(now) + timedelta(days=DUE_SOON_DAYS))
            .select_related("institution")
            .order_by("next_review_on", "last_reviewed_on")
        ),
        "reports": _listing(_open_problems().filter(ministry=ministry)),
        "searches": few_result_searches(ministry, now),
    }


def _since(row):
    """When a row of a merged list entered it: submission, proposal, or the reviewer's decision."""
    if isinstance(row, Procedure):
        return row.submitted_at or row.updated_at
    return row.reviewed_at or row.created_at


def _open_problems():
    return (
        Report.objects.open()
        .filter(kind=Report.Kind.PROBLEM)
        .select_related("procedure", "office")
        .order_by("created_at")
    )


def _words(text):
    """Lower-case words without accents, cut to a stem-like prefix so plurals and typos still meet."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return {word[:6] for word in re.findall(r"[a-z0-9]+", plain) if len(word) >= SEARCH_WORD_MIN}


def few_result_searches(ministry, now):
    """Searches with few results in the last days that share a word with the ministry's published
    procedures (titles in every language, other names) or its institutions' names: what its citizens
    look for and do not find. The ministry's words are kept until the catalogue changes."""
    since = timezone.localdate(now) - timedelta(days=RECENT_DAYS)
    vocabulary = catalogue_figure(f"words:{ministry.pk}", lambda: _vocabulary(ministry))
    searches = (
        SearchLog.objects.filter(day__gte=since)
        .values("query")
        .annotate(searched=Coalesce(Sum("times"), 0), results=Min("result_count"))
        .order_by("-searched", "query")
    )
    matched = [row for row in searches if _words(row["query"]) & vocabulary]
    return Listing(rows=matched[:SHOWN], total=len(matched))


def _vocabulary(ministry):
    procedures = Procedure.objects.published().for_ministry(ministry)
    texts = [
        *procedures.values_list("title_rn", "title_fr", "title_en").distinct(),
        *procedures.filter(search_terms__isnull=False).values_list("search_terms__term").distinct(),
        *Institution.objects.for_ministry(ministry).values_list("name_rn", "name_fr", "name_en", "acronym"),
    ]
    return {word for row in texts for text in row for word in _words(text)}


def reviewer_work(now=None):
    """A reviewer's lists: the queue (oldest first) and, per ministry, overdue reviews, open reports
    and translation gaps."""
    queue = _merged(
        _listing(Procedure.objects.awaiting_review()),
        _listing(Proposal.objects.waiting()),
        key=_since,
    )
    overdue = dict(
        Procedure.objects.overdue(today=timezone.localdate(now))
        .annotate(ministry_id=Coalesce("institution__parent_id", "institution_id"))
        .values_list("ministry_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    reports = dict(_open_problems().values_list("ministry_id").annotate(n=Count("pk")).order_by())
    gaps = catalogue_figure("gaps", gaps_per_ministry)
    ministries = [
        {
            "ministry": ministry,
            "overdue": overdue.get(ministry.pk, 0),
            "reports": reports.get(ministry.pk, 0),
            "gaps": gaps.get(ministry.pk),
        }
        for ministry in Institution.objects.ministries().order_by("slug")
    ]
    return {"queue": queue, "ministries": ministries}
