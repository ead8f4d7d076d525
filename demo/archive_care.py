"""Demo retention rules, one retired servant whose evaluations have passed their period (so the
archivist's disposition page has something to show), and a correction request from servant-1 taken in
hand by HR. Sample content; running it again changes nothing."""

from datetime import date

from django.utils import timezone

from archive.corrections import due_date
from archive.models import CorrectionRequest, DocumentType, RetentionRule, Servant

# code: (trigger, years, legal basis) — plausible, not official.
RULES = {
    "appointment": ("permanent", 0, "Sample rule: acts that make a career are kept permanently."),
    "promotion": ("permanent", 0, "Sample rule: acts that make a career are kept permanently."),
    "posting": ("end_of_service", 5, "Sample rule: 5 years after retirement, leaving the service or death."),
    "evaluation": (
        "end_of_service",
        5,
        "Sample rule: 5 years after retirement, leaving the service or death.",
    ),
    "diploma": ("permanent", 0, "Sample rule: kept permanently."),
    "leave": ("act_date", 10, "Sample rule: 10 years after the act."),
}
RETIRED = ("DEMO-0013", date(2019, 6, 30))
CORRECTION = {
    "matricule": "DEMO-0001",
    "subject": CorrectionRequest.Subject.DETAILS,
    "description": "Itariki y'amavuko yanditse si yo: navutse ku wa 3 Gicurasi 1971. (Sample request.)",
    "answer": "",
}


def load_archive_care():
    """Rows written."""
    changes = 0
    for code, (trigger, years, basis) in RULES.items():
        document_type = DocumentType.objects.filter(code=code).first()
        if document_type is not None:
            _rule, created = RetentionRule.objects.get_or_create(
                document_type=document_type, defaults={"trigger": trigger, "years": years, "basis": basis}
            )
            changes += created
    matricule, left_on = RETIRED
    changes += Servant.objects.filter(matricule=matricule, left_service_on__isnull=True).update(
        status=Servant.Status.RETIRED, left_service_on=left_on
    )
    servant = Servant.objects.filter(matricule=CORRECTION["matricule"]).first()
    if servant is not None and not servant.correction_requests.exists():
        CorrectionRequest.objects.create(
            servant=servant,
            subject=CORRECTION["subject"],
            description=CORRECTION["description"],
            state=CorrectionRequest.State.IN_PROGRESS,
            due_on=due_date(),
            started_at=timezone.now(),
        )
        changes += 1
    return changes
