"""The open data API: what a procedure says, in which language, and that nothing unpublished ever leaks."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forms_library.models import Form
from ministries.models import OpeningHours
from procedures.models import ChangeNote, LegalBasis, Procedure, RequiredDocument, Step
from tests.conftest import make_procedure

pytestmark = pytest.mark.django_db


def api(client, address, **headers):
    response = client.get(address, **headers)
    assert response["Content-Type"] == "application/json", response.content
    return response


def ids(response):
    return [row["id"] for row in response.json()["results"]]


def test_procedure_has_its_parts_in_the_requested_language(client, passport, interior_form):
    RequiredDocument.objects.filter(procedure=passport).update(copies=2, certified=True, form=interior_form)
    LegalBasis.objects.create(
        procedure=passport, reference="Loi n°1/22", title_rn="Itegeko", title_fr="Loi", article="12"
    )
    ChangeNote.objects.create(procedure=passport, text_fr="Frais relevés", text_en="Fee raised")
    OpeningHours.objects.create(
        office=passport.offices.get(), weekday=0, period="morning", opens="08:00", closes="12:00"
    )

    body = api(client, "/api/v1/procedures/passport/?lang=fr").json()

    assert body["id"] == "passport"
    assert body["title"] == "passport fr"
    assert [step["name"] for step in body["steps"]] == ["Étape 1", "Étape 2", "Étape 3"]
    assert body["total_days"] == 15
    assert [(s["online"], s["optional"], s["parallel"]) for s in body["steps"]] == [(False, False, False)] * 3
    assert body["fees"][0] == {
        "position": 1,
        "label": "Frais",
        "amount": 235_000,
        "currency": "BIF",
        "payment_method": "",
    }
    assert body["total_fee"] == {"amount": 235_000, "currency": "BIF"}
    assert body["is_free"] is False
    document = body["documents"][0]
    assert (document["originals"], document["copies"], document["certified_copies"]) == (1, 2, True)
    assert document["form"] == "CGM-PAS-01"
    assert body["forms"][0]["files"][0]["sha256"] == interior_form.files.get().sha256
    assert body["forms"][0]["files"][0]["language"] == "fr"
    assert body["legal_bases"][0]["article"] == "12"
    assert body["legal_bases"][0]["document"] is None
    assert body["offices"][0]["hours"] == [
        {"weekday": 0, "period": "morning", "opens": "08:00:00", "closes": "12:00:00"}
    ]
    assert body["offices"][0]["province"] == "gitega"
    assert body["change_notes"][0]["text"] == "Frais relevés"
    assert body["url"].endswith("/fr/procedures/passport/")


def test_a_text_not_yet_translated_is_given_in_the_fallback_language_and_said_so(client, passport):
    Procedure.objects.filter(pk=passport.pk).update(eligibility_en="", summary_en="")
    passport.steps.filter(position=2).update(title_en="")

    response = api(client, "/api/v1/procedures/passport/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    body = response.json()

    assert response["Content-Language"] == "en"
    assert "Accept-Language" in response["Vary"]
    assert body["eligibility"] == "Tout citoyen"
    assert body["steps"][1]["name"] == "Étape 2"
    assert body["available_translations"] == ["rn", "fr"]
    assert body["translations"]["en"] == {
        "complete": False,
        "fallbacks": {"summary": "fr", "eligibility": "fr", "steps[1].title": "fr"},
    }
    assert body["translations"]["fr"] == {"complete": True, "fallbacks": {}}


def test_language_defaults_to_kirundi_and_an_unknown_one_is_a_400(client, passport):
    assert api(client, "/api/v1/procedures/passport/").json()["title"] == "passport rn"
    response = api(client, "/api/v1/procedures/passport/?lang=de")
    assert response.status_code == 400
    assert "lang" in response.json()


def test_drafts_working_copies_and_withdrawn_procedures_never_appear(
    client, passport, criminal_records, justice_office
):
    draft = make_procedure("secret-draft", criminal_records, justice_office)
    Procedure.objects.filter(pk=draft.pk).update(status=Procedure.Status.DRAFT)
    withdrawn = make_procedure("withdrawn-one", criminal_records, justice_office)
    Procedure.objects.filter(pk=withdrawn.pk).update(status=Procedure.Status.WITHDRAWN)
    copy = make_procedure("passport-copy", passport.institution, passport.offices.get())
    Procedure.objects.filter(pk=copy.pk).update(
        status=Procedure.Status.SUBMITTED, draft_of=passport, slug="passport", title_fr="Nouveau titre secret"
    )

    listing = api(client, "/api/v1/procedures/?page_size=200")
    assert ids(listing) == ["passport"]
    assert b"secret" not in listing.content and b"withdrawn" not in listing.content
    detail = api(client, "/api/v1/procedures/passport/?lang=fr")
    assert detail.json()["title"] == "passport fr"
    for slug in ("secret-draft", "withdrawn-one"):
        assert api(client, f"/api/v1/procedures/{slug}/").status_code == 404


def test_filters_by_ministry_theme_province_free_and_change_date(client, passport, criminal_record_extract):
    Procedure.objects.filter(pk=passport.pk).update(published_at="2026-01-01T00:00:00Z")
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(published_at="2026-06-01T00:00:00Z")
    criminal_record_extract.fees.update(amount_bif=0)

    assert ids(api(client, "/api/v1/procedures/?ministry=justice")) == ["criminal-record-extract"]
    assert ids(api(client, "/api/v1/procedures/?theme=justice")) == ["criminal-record-extract"]
    assert ids(api(client, "/api/v1/procedures/?province=gitega")) == ["passport"]
    assert ids(api(client, "/api/v1/procedures/?free=true")) == ["criminal-record-extract"]
    assert ids(api(client, "/api/v1/procedures/?free=false")) == ["passport"]
    assert ids(api(client, "/api/v1/procedures/?updated_since=2026-03-01T00:00:00Z")) == [
        "criminal-record-extract"
    ]
    # Offsets ISO 8601 allows and PostgreSQL does not (found by schemathesis): the same instant in UTC.
    assert ids(api(client, "/api/v1/procedures/?updated_since=2026-03-01T18:44:00%2B18:44")) == [
        "criminal-record-extract"
    ]
    assert len(ids(api(client, "/api/v1/procedures/?updated_since=0001-01-01T00:00:00%2B18:44"))) == 2


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("ministry=nowhere", "ministry"),
        ("free=maybe", "free"),
        ("updated_since=yesterday", "updated_since"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("page_size=100000", "page_size"),
        ("colour=red", "colour"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, passport, query, parameter):
    response = api(client, f"/api/v1/procedures/?{query}")
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_a_page_past_the_last_is_a_404_saying_where_pages_end(client, passport):
    response = api(client, "/api/v1/procedures/?page=5&lang=en")
    assert response.status_code == 404
    assert response.json() == {"page": ["No page 5: pages run from 1 to 1."]}


def test_error_messages_are_in_the_answers_language(client, passport):
    assert api(client, "/api/v1/procedures/?lang=fr&colour=red").json() == {"colour": ["Paramètre inconnu."]}


def test_steps_say_whether_they_are_online_optional_or_parallel(client, passport):
    Step.objects.filter(procedure=passport, position=1).update(online=True)
    Step.objects.filter(procedure=passport, position=2).update(optional=True, parallel=True)

    steps = api(client, "/api/v1/procedures/passport/").json()["steps"]

    assert [(s["online"], s["optional"], s["parallel"]) for s in steps] == [
        (True, False, False),
        (False, True, True),
        (False, False, False),
    ]


def test_pages_of_results(client, passport, criminal_record_extract):
    first = api(client, "/api/v1/procedures/?page_size=1").json()
    assert (first["count"], len(first["results"]), first["previous"]) == (2, 1, None)
    second = api(client, first["next"].replace("http://testserver", "")).json()
    assert ids_of(second) == ["passport"]


def ids_of(body):
    return [row["id"] for row in body["results"]]


def test_answers_revalidate_with_an_etag_and_are_open_to_other_sites(client, passport):
    response = api(client, "/api/v1/procedures/passport/?lang=en")
    assert response["Cache-Control"] == "no-cache"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Vary" not in response or "Cookie" not in response["Vary"]
    again = client.get("/api/v1/procedures/passport/?lang=en", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert not again.cookies


def test_a_304_keeps_the_cors_headers_so_other_sites_can_revalidate(client, passport):
    for address in ("/api/v1/procedures/passport/", "/api/v1/procedures/?lang=fr", "/api/v1/themes/"):
        etag = api(client, address)["ETag"]
        again = client.get(address, HTTP_IF_NONE_MATCH=etag, HTTP_ORIGIN="https://example.org")
        assert again.status_code == 304, address
        assert again["Access-Control-Allow-Origin"] == "*"
        assert again["Access-Control-Expose-Headers"] == "ETag, Content-Language"
        assert again["ETag"] == etag
        assert again.content == b""


def test_not_found_is_json_with_cors(client, db):
    response = api(client, "/api/v1/offices/nowhere/")
    assert response.status_code == 404
    assert "detail" in response.json()
    assert response["Access-Control-Allow-Origin"] == "*"


def test_institutions_offices_forms_and_themes(
    client, passport, criminal_record_extract, interior_form, theme
):
    institutions = api(client, "/api/v1/institutions/?ministry=interior&lang=en").json()["results"]
    assert {row["id"]: row["ministry"] for row in institutions} == {"interior": "interior", "cgm": "interior"}
    office = api(client, "/api/v1/offices/cgm-gitega/").json()
    assert (office["institution"], office["area_served"]) == ("cgm", {"provinces": [], "communes": []})
    form = api(client, "/api/v1/forms/CGM-PAS-01/?lang=en").json()
    assert form["title"] == "Form CGM-PAS-01"
    assert {"language", "format", "size", "sha256", "version", "changed_at"} <= set(form["files"][0])
    assert ids(api(client, "/api/v1/themes/")) == ["justice"]


def test_schema_and_documentation_need_no_cdn(client, db):
    schema = client.get("/api/v1/schema/?format=json")
    assert schema.status_code == 200
    assert "/api/v1/procedures/{id}/" in schema.json()["paths"]
    docs = client.get("/api/v1/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/" in docs
    assert "https://" not in docs
    assert "<script>" not in docs and "<style>" not in docs


def count_queries(client, address):
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


def grow(passport, criminal_records, justice_office):
    for number in range(5):
        extra = make_procedure(
            f"extra-{number}", criminal_records, justice_office, fees=(1, 2), days=(1, 2, 3)
        )
        extra.offices.add(passport.offices.get())
    OpeningHours.objects.create(
        office=justice_office, weekday=1, period="morning", opens="08:00", closes="12:00"
    )
    passport.offices.add(justice_office)
    RequiredDocument.objects.create(
        procedure=passport,
        position=5,
        name_rn="Urupapuro",
        name_fr="Formulaire",
        form=Form.objects.get(reference_code="MJ-CJ-01"),
    )
    justice_office.serves_provinces.add(justice_office.commune.province)
    justice_office.serves_communes.add(justice_office.commune)


# (address, queries: what they are)
QUERY_COUNTS = [
    ("/api/v1/procedures/?lang=en", 2),  # count; page with institution, ministry and total fee
    # procedure with institution and ministry; themes; steps; fees; rejection reasons; legal bases;
    # change notes; documents with form, institution; their current files; offices with institution,
    # commune and province; hours; provinces served; communes served
    ("/api/v1/procedures/passport/?lang=en", 13),
    ("/api/v1/offices/?lang=en", 5),  # count; offices with institution, commune, province; hours; areas
    ("/api/v1/forms/?lang=en", 3),  # count; forms with institution; current files
    ("/api/v1/institutions/?lang=en", 2),  # count; institutions with parent
    ("/api/v1/themes/?lang=en", 2),  # count; themes
]


@pytest.mark.parametrize("address, expected", QUERY_COUNTS)
def test_query_count_does_not_grow_with_rows(
    client, passport, criminal_record_extract, interior_form, justice_form, address, expected
):
    RequiredDocument.objects.filter(procedure=passport).update(form=interior_form)
    assert count_queries(client, address) == expected
    grow(passport, criminal_record_extract.institution, criminal_record_extract.offices.get())
    assert count_queries(client, address) == expected
