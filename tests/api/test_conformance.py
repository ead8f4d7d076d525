"""The API answers as its OpenAPI description says, on the points an outside check found it did not.

Answers are validated with jsonschema's own format checker (RFC 3339 for `time` and `date-time`)."""

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ministries.models import Office, OpeningHours

pytestmark = pytest.mark.django_db


def schema(client):
    return client.get("/api/v1/schema/?format=json").json()


def validator(document, component):
    """A validator of one component of the description, its $refs resolved within it."""
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry = Registry().with_resource("urn:isoko-api", resource)
    return Draft202012Validator(
        {"$ref": f"urn:isoko-api#/components/schemas/{component}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def test_an_offices_opening_hours_match_their_description(client, passport):
    OpeningHours.objects.create(
        office=Office.objects.get(slug="cgm-gitega"),
        weekday=0,
        period=OpeningHours.Period.values[0],
        opens="07:30",
        closes="12:00",
    )
    office = client.get("/api/v1/offices/cgm-gitega/").json()
    check = validator(schema(client), "OpeningHours")
    for hours in office["hours"]:
        assert not list(check.iter_errors(hours)), hours


@pytest.mark.parametrize("path", ["/api/v1/procedures/", "/api/v1/procedures/passport/", "/api/v1/offices/"])
def test_a_method_the_api_does_not_answer_is_a_405_whatever_the_parameters(client, passport, path):
    for method in ("TRACE", "POST", "DELETE"):
        response = client.generic(method, path + "?unknown=1&lang=xx")
        assert response.status_code == 405, method
        assert "GET" in response["Allow"]


@pytest.mark.parametrize("parameter", ["updated_since", "ministry", "province", "theme", "free", "lang"])
def test_a_parameter_given_empty_is_refused_by_name(client, passport, parameter):
    response = client.get(f"/api/v1/procedures/?{parameter}=", headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert list(response.json()) == [parameter]  # named: "Give a value…", or for lang the languages


def test_filters_that_name_a_record_list_the_ids_they_accept(client, passport, theme):
    parameters = {
        p["name"]: p["schema"] for p in schema(client)["paths"]["/api/v1/procedures/"]["get"]["parameters"]
    }
    assert "interior" in parameters["ministry"]["enum"]
    assert theme.slug in parameters["theme"]["enum"]
    assert client.get("/api/v1/procedures/?ministry=interior").status_code == 200
    refused = client.get("/api/v1/procedures/?ministry=no-such-ministry&lang=en")
    assert refused.status_code == 400 and "ministry" in refused.json()
