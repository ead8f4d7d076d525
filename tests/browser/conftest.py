"""The live demo site for the browser journeys (the browser itself is in tests/conftest.py, shared with
tests/archive/)."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", "--password", "browser-test-password", stdout=StringIO())
    return live_server
