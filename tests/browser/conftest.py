"""The live demo site for the browser journeys (the browser itself is in tests/conftest.py, shared with
tests/archive/)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

DEMO_PASSWORD = "browser-test-password"  # noqa: S105


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", "--password", DEMO_PASSWORD, stdout=StringIO())
    return live_server


@pytest.fixture(scope="module")
def journey_site(django_db_setup, django_db_blocker):
    """The demo loaded once and served by one live server for a whole module of journeys (pytest-django's
    `live_server` empties the database after every test, and loading the demo takes seconds). The
    journeys change little (a report, a correction) and never count rows the others make."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        with translation.override("en"):
            call_command("load_demo", "--password", DEMO_PASSWORD, stdout=StringIO())
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        try:
            yield server
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            call_command("flush", "--no-input")


def sign_in(page, site, username, *, language="rn"):
    """Sign in through the public login page, as a servant does (staff are sent on to the admin)."""
    page.goto(f"{site.url}/{language}/account/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()


def sign_in_staff(page, site, username):
    page.goto(f"{site.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("input[type=submit], button[type=submit]").first.click()
    page.wait_for_load_state()
