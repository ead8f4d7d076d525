"""schema.org description of a procedure page (GovernmentService + HowTo), as JSON-LD."""

import json

from django.utils.html import mark_safe

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def procedure_json_ld(procedure, *, url):
    """The dict for a procedure whose parts were prefetched (see ProcedureQuerySet.for_page)."""
    institution = procedure.institution
    provider = {"@type": "GovernmentOrganization", "name": institution.name}
    if institution.website:
        provider["url"] = institution.website
    modified = (procedure.published_at or procedure.updated_at).isoformat()
    service = {
        "@type": "GovernmentService",
        "@id": f"{url}#service",
        "name": procedure.title,
        "description": procedure.summary,
        "url": url,
        "provider": provider,
        "areaServed": {"@type": "Country", "name": "Burundi"},
        "audience": {"@type": "Audience", "audienceType": procedure.eligibility},
        "availableChannel": [
            {
                "@type": "ServiceChannel",
                "name": office.name,
                "serviceLocation": {
                    "@type": "GovernmentOffice",
                    "name": office.name,
                    "address": f"{office.address}, {office.commune.name}",
                    **({"telephone": office.phone} if office.phone else {}),
                },
            }
            for office in procedure.offices.all()
        ],
        "dateModified": modified,
    }
    how_to = {
        "@type": "HowTo",
        "name": procedure.title,
        "description": procedure.summary,
        "step": [
            {
                "@type": "HowToStep",
                "position": index,
                "name": step.title,
                "text": step.description or step.title,
            }
            for index, step in enumerate(procedure.steps.all(), start=1)
        ],
        "supply": [{"@type": "HowToSupply", "name": document.name} for document in procedure.documents.all()],
        "estimatedCost": {"@type": "MonetaryAmount", "currency": "BIF", "value": procedure.total_fee_bif},
        "totalTime": f"P{procedure.total_days}D",
        "dateModified": modified,
    }
    return {"@context": "https://schema.org", "@graph": [service, how_to]}


def json_ld_script(data):
    """A <script type="application/ld+json"> block, safe against "</script>" in clerks' text."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 (escaped above)
