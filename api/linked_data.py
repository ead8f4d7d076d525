"""The published catalogue as JSON-LD: each procedure a CPSV-AP 3 `PublicService` that is also a
schema.org `GovernmentService`. Texts carry their language tag and are never filled from a fallback.
docs/open-data.md documents the mapping field by field."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from api.languages import LANGUAGES
from api.querysets import procedure_details

CONTEXT = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
BIF = "http://publications.europa.eu/resource/authority/currency/BIF"
WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")  # schema.org openingHours notation
BURUNDI = "http://publications.europa.eu/resource/authority/country/BDI"
# The EU Publications Office's language authority list (ISO 639-2 based): Kirundi is RUN.
LANGUAGE_IRIS = {
    "rn": "http://publications.europa.eu/resource/authority/language/RUN",
    "fr": "http://publications.europa.eu/resource/authority/language/FRA",
    "en": "http://publications.europa.eu/resource/authority/language/ENG",
}
# CPSV-AP 3.2.0's shapes check classes without inference: an authority IRI says what it is each time.
CURRENCY_BIF = {"@id": BIF, "@type": "skos:Concept"}
COUNTRY_BURUNDI = {"@id": BURUNDI, "@type": ["dct:Location", "skos:Concept"]}
ORGANISATION_TYPES = ["cv:PublicOrganisation", "org:Organization", "schema:GovernmentOrganization"]


def texts(obj, field):
    """Every language the field is written in, tagged: [{"@value": ..., "@language": "rn"}, ...]."""
    return [
        {"@value": value, "@language": code}
        for code in LANGUAGES
        if (value := getattr(obj, f"{field}_{code}", None))
    ]


def _uri(name, key):
    return settings.SITE_URL + reverse(name, args=[key])


def row_identifier(row):
    """A procedure's part as catalogue.json names it (`model` and `pk`): procedures.fee.12."""
    return f"{row._meta.label_lower}.{row.pk}"


def _organisation(institution):
    return {
        "@id": _uri("api:institution-detail", institution.slug),
        "@type": ORGANISATION_TYPES,
        "skos:prefLabel": texts(institution, "name"),
        # Every institution is national: its area is the country.
        "dct:spatial": COUNTRY_BURUNDI,
        "schema:name": texts(institution, "name"),
        **({"schema:url": institution.website} if institution.website else {}),
    }


def _channel(office):
    return {
        "@id": _uri("api:office-detail", office.slug),
        "@type": ["cv:Channel", "schema:ServiceChannel"],
        "dct:identifier": office.slug,
        "schema:name": texts(office, "name"),
        "schema:serviceLocation": {
            "@type": "schema:GovernmentOffice",
            "schema:name": texts(office, "name"),
            "schema:address": [*texts(office, "address"), office.commune.name],
            **({"schema:telephone": office.phone} if office.phone else {}),
        },
        # In full, not by reference: the owner may be the authority of no procedure in the document.
        "cv:ownedBy": _organisation(office.institution),
        "schema:hoursAvailable": [
            f"{WEEKDAYS[hours.weekday]} {hours.opens:%H:%M}-{hours.closes:%H:%M}"
            for hours in office.hours.all()
        ],
    }


def _page_urls(procedure):
    urls = []
    for code in LANGUAGES:
        with translation.override(code):
            urls.append(settings.SITE_URL + procedure.get_absolute_url())
    return urls


def _evidence(document):
    return {
        "@type": "cv:Evidence",
        "dct:identifier": row_identifier(document),
        "dct:title": texts(document, "name"),
        "dct:description": texts(document, "condition"),
    }


def _cost(fee):
    return {
        "@type": "cv:Cost",
        "dct:identifier": row_identifier(fee),
        "cv:value": {"@value": str(fee.amount_bif), "@type": "xsd:decimal"},
        "cv:currency": CURRENCY_BIF,
        "dct:description": texts(fee, "label"),
    }


def _legal_resource(basis):
    return {
        # CPSV-AP 3 takes legal resources from ELI (cv:LegalResource was CPSV-AP 2's).
        "@type": "eli:LegalResource",
        "dct:identifier": str(basis),
        "dct:title": texts(basis, "title"),
        **({"schema:url": basis.url} if basis.url else {}),
    }


def procedure_node(procedure):
    """One procedure (from `procedure_details()`) as a JSON-LD node."""
    modified = (procedure.published_at or procedure.updated_at).isoformat()
    return {
        "@id": _uri("api:procedure-detail", procedure.slug),
        "@type": ["cpsv:PublicService", "schema:GovernmentService"],
        "dct:identifier": procedure.slug,
        "dct:title": texts(procedure, "title"),
        "schema:name": texts(procedure, "title"),
        "dct:description": texts(procedure, "summary"),
        "schema:description": texts(procedure, "summary"),
        "schema:audience": {
            "@type": "schema:Audience",
            "schema:audienceType": texts(procedure, "eligibility"),
        },
        "dct:language": [
            {"@id": LANGUAGE_IRIS[code], "@type": "dct:LinguisticSystem"}
            for code in LANGUAGES
            if getattr(procedure, f"title_{code}", None)
        ],
        "cv:hasCompetentAuthority": _organisation(procedure.institution),
        "schema:provider": {"@id": _uri("api:institution-detail", procedure.institution.slug)},
        "cv:thematicArea": [
            {"@type": "skos:Concept", "skos:notation": theme.slug, "skos:prefLabel": texts(theme, "name")}
            for theme in procedure.themes.all()
        ],
        "cpsv:hasInput": [_evidence(document) for document in procedure.documents.all()],
        "cv:hasCost": [_cost(fee) for fee in procedure.fees.all()],
        "cv:processingTime": {"@value": f"P{procedure.total_days}D", "@type": "xsd:duration"},
        "cv:hasLegalResource": [_legal_resource(basis) for basis in procedure.legal_bases.all()],
        "cv:hasChannel": [_channel(office) for office in procedure.offices.all()],
        "schema:availableChannel": [
            {"@id": _uri("api:office-detail", office.slug)} for office in procedure.offices.all()
        ],
        "dct:spatial": COUNTRY_BURUNDI,
        "schema:areaServed": {"@type": "schema:Country", "schema:name": "Burundi"},
        "schema:url": _page_urls(procedure),
        "dct:modified": {"@value": modified, "@type": "xsd:dateTime"},
        "schema:dateModified": modified,
    }


def catalogue_graph():
    """Every published procedure, as one JSON-LD document."""
    return {"@context": CONTEXT, "@graph": [procedure_node(p) for p in procedure_details().order_by("slug")]}
