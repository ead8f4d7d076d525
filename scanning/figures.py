"""Figures per batch and per station: pages, dossiers, documents, time from upload to filed, time in
checking, pages flagged; and pages per hour per station and week."""

from collections import defaultdict

from scanning.models import ScanPage


def batch_figures(batch):
    pages = list(batch.pages.only("flags", "state"))
    filed = (
        batch.documents.filter(filed_at__isnull=False)
        .order_by("-filed_at")
        .values_list("filed_at", flat=True)
    )
    last_filed = filed.first()
    return {
        "batch": batch,
        "pages": batch.pages_total,
        "documents": batch.documents.count(),
        "dossiers": batch.documents.values("servant").distinct().count(),
        "flagged": sum(1 for p in pages if p.flags or p.state == ScanPage.State.NEEDS_PERSON),
        "removed": sum(1 for p in pages if p.state == ScanPage.State.REMOVED),
        "to_filed": (last_filed - batch.received_at) if last_filed else None,
        "checking": (batch.checked_at - batch.read_at) if batch.checked_at and batch.read_at else None,
    }


def pages_per_hour(batches):
    """[(station, ISO year-week, pages, pages per hour of reading)] newest week first. An hour of reading
    is the time from receiving to reading each batch, summed."""
    totals = defaultdict(lambda: [0, 0.0])
    for batch in batches.filter(read_at__isnull=False).select_related("station"):
        year, week, _day = batch.received_at.isocalendar()
        key = (batch.station.name, f"{year}-W{week:02d}")
        totals[key][0] += batch.pages_total
        totals[key][1] += max((batch.read_at - batch.received_at).total_seconds(), 1.0)
    rows = [
        {"station": station, "week": week, "pages": pages, "per_hour": round(pages * 3600 / seconds)}
        for (station, week), (pages, seconds) in totals.items()
    ]
    return sorted(rows, key=lambda r: (r["week"], r["station"]), reverse=True)
