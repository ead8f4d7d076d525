from django.db import transaction

from feedback.models import Report


@transaction.atomic
def report_create(*, page, kind, topic="", text="", contact="", language):
    """Record a citizen's report about a procedure or an office, for the ministry that owns the page."""
    report = Report(
        kind=kind,
        topic=topic if kind == Report.Kind.PROBLEM else "",
        text=text if kind == Report.Kind.PROBLEM else "",
        contact=contact if kind == Report.Kind.PROBLEM else "",
        language=language,
        ministry=page.institution.ministry,
        **{page._meta.model_name: page},
    )
    report.full_clean()
    report.save()
    return report
