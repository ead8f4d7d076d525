"""Property-based tests of the open data API against its own OpenAPI description (schemathesis).

Runs in-process against the WSGI application: no server, no network. For every operation, requests
generated from the description — valid ones, invalid ones, and valid ones for records that exist — must
never give a 500, and every answer must match the description (documented status code, body shaped as
described, content type). A bounded number of examples per operation keeps it well under a minute.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from isoko.wsgi import application

pytestmark = pytest.mark.django_db

EXAMPLES = 12
EXISTING = {
    "/api/v1/procedures/{id}/": "passport",
    "/api/v1/institutions/{id}/": "cgm",
    "/api/v1/offices/{id}/": "cgm-gitega",
    "/api/v1/forms/{id}/": "CGM-PAS-01",
    "/api/v1/themes/{id}/": "justice",
}


@pytest.fixture
def catalogue(passport, criminal_record_extract, interior_form, justice_form, theme):
    """Something behind every kind of address, so detail answers are checked with a body too."""
    passport.documents.update(form=interior_form)


@pytest.fixture(autouse=True)
def _keep_the_test_transaction():
    """The real WSGI handler closes "old" connections around each request; inside a test's transaction
    that closes the test's own PostgreSQL connection (Django's test client disconnects it the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def operations():
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
    return [result.ok() for result in schema.get_all_operations()]


def check(strategy):
    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        case.call_and_validate()  # every check on: schema-valid requests accepted, invalid ones refused

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_generated_request_gets_a_server_error_or_an_undocumented_answer(catalogue, mode):
    for operation in operations():
        check(operation.as_strategy(generation_mode=mode))


def test_existing_records_are_described_exactly(catalogue):
    checked = 0
    for operation in operations():
        if operation.path in EXISTING:
            check(operation.as_strategy(path_parameters={"id": EXISTING[operation.path]}))
            checked += 1
    assert checked == len(EXISTING)
