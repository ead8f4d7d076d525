"""Playwright driving Debian's Chromium (never a downloaded browser) against the live test server."""

import os
import shutil
from io import StringIO

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

# Playwright's sync API keeps an event loop in this thread; the ORM calls the tests make are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM}: install Debian's package 'chromium' (.ci/run does).")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (make install)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A 360×640 phone set to Swahili (a language Isôko does not offer), like many phones in Burundi."""
    context = browser.new_context(
        viewport={"width": 360, "height": 640}, accept_downloads=True, locale="sw-BI"
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def open_page(browser):
    """Pages in separate browser contexts (separate people), all closed when the test ends."""
    contexts = []

    def open_page(width=1280, height=900):
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", "--password", "browser-test-password", stdout=StringIO())
    return live_server
