"""Named people and a small catalogue shared by the tests.

The justice and interior ministries each own an agency, an office, a form and a published procedure,
so that every test about who may see what has something on both sides of the line.
"""

import os
import shutil
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from forms_library.models import Form, FormFile
from ministries.models import Commune, Institution, Office, Province, StaffProfile
from ministries.roles import CLERKS, REVIEWERS, ensure_role_groups
from operations import allowances
from procedures.models import Fee, Procedure, RequiredDocument, Step, Theme
from tests.uploads.samples import pdf_bytes

MINIMAL_PDF = pdf_bytes()  # one blank page, as small as a real PDF gets


def tr(rn, fr, en):
    return {"rn": rn, "fr": fr, "en": en}


def translated(field, texts):
    return {f"{field}_{code}": text for code, text in texts.items()}


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Uploaded and archived files go to throw-away folders, never to the developer's media/ or
    archive_files/."""
    from django.conf import settings

    archive_root = tmp_path_factory.mktemp("archive_files")
    storages = {**settings.STORAGES, "archive": {**settings.STORAGES["archive"]}}
    storages["archive"]["OPTIONS"] = {**storages["archive"].get("OPTIONS", {}), "location": archive_root}
    override = override_settings(
        MEDIA_ROOT=tmp_path_factory.mktemp("media"), ARCHIVE_ROOT=archive_root, STORAGES=storages
    )
    override.enable()
    yield
    override.disable()


# ISOKO_TEST_PAGE_CACHE=1: every test runs with the page cache on, as production serves pages
# (docs/performance.md). A test's changes are never committed, so the catalogue
# version moves when they are made instead of at their commit: what a commit would have done.
PAGE_CACHE_ON = os.environ.get("ISOKO_TEST_PAGE_CACHE") == "1"


@pytest.fixture(autouse=True)
def _no_page_cache(settings, monkeypatch):
    """The page cache off, unless ISOKO_TEST_PAGE_CACHE=1 (then on, empty at each test's start)."""
    settings.PAGE_CACHE = PAGE_CACHE_ON
    if PAGE_CACHE_ON:
        from django.core.cache import cache

        from page_cache import version

        cache.clear()
        monkeypatch.setattr(version, "bump_after_commit", version._bump)


@pytest.fixture(autouse=True)
def _counts_batched_per_test(monkeypatch):
    """Searches and views are counted in batches written every few seconds: in tests, one batch per
    test that is written only when the test asks (flush), never in the middle of a query count."""
    from page_cache.counting import BatchedCounts
    from procedures import popularity, search

    never = float("inf")
    monkeypatch.setattr(search, "_searches_served_from_cache", BatchedCounts(search._record_searches, never))
    monkeypatch.setattr(popularity, "_views_served_from_cache", BatchedCounts(popularity.record_views, never))
    yield
    # Never written after the test, nor when the run ends (a test may have put its own batch there).
    search._searches_served_from_cache.pending.clear()
    popularity._views_served_from_cache.pending.clear()


@pytest.fixture(autouse=True)
def _no_parts_of_pages_kept():
    """Parts of pages are kept per catalogue version (which tests rarely move: their rows are rolled
    back, never committed): each test builds its own."""
    from page_cache.fragments import clear_all

    clear_all()


@pytest.fixture
def page_cache(settings):
    from django.core.cache import cache

    cache.clear()
    settings.PAGE_CACHE = True


@pytest.fixture(autouse=True, scope="session")
def no_ocr_on_ingest():
    """OCR takes seconds a scan and, with no broker, runs in the test process: off everywhere (the demo
    and module-scoped fixtures too) unless a test turns it on with the `settings` fixture."""
    from django.conf import settings

    settings.ARCHIVE_OCR_ON_INGEST = False


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    """The whole demo catalogue, loaded once for a test module and removed after it."""
    with django_db_blocker.unblock(), translation.override("en"):
        call_command("load_demo", "--password", "demo-password-for-tests", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", "--no-input")


@pytest.fixture
def geography(db):
    bujumbura = Province.objects.create(name="Bujumbura", slug="bujumbura")
    gitega = Province.objects.create(name="Gitega", slug="gitega")
    return {
        "mukaza": Commune.objects.create(name="Mukaza", slug="mukaza", province=bujumbura),
        "gitega": Commune.objects.create(name="Gitega", slug="gitega", province=gitega),
    }


def make_ministry(slug, acronym, names):
    return Institution.objects.create(
        slug=slug, kind=Institution.Kind.MINISTRY, acronym=acronym, **translated("name", names)
    )


@pytest.fixture
def justice(db):
    return make_ministry(
        "justice", "MJ", tr("Minisiteri y'Ubutungane", "Ministère de la Justice", "Ministry of Justice")
    )


@pytest.fixture
def interior(db):
    return make_ministry(
        "interior",
        "MININTER",
        tr("Minisiteri y'Imbere mu Gihugu", "Ministère de l'Intérieur", "Ministry of the Interior"),
    )


@pytest.fixture
def civil_service(db):
    return make_ministry(
        "civil-service",
        "MFPTE",
        tr("Minisiteri y'Abakozi ba Leta", "Ministère de la Fonction publique", "Ministry of Civil Service"),
    )


@pytest.fixture
def criminal_records(justice):
    return Institution.objects.create(
        slug="criminal-records",
        parent=justice,
        kind=Institution.Kind.AGENCY,
        **translated(
            "name",
            tr("Ibiro vy'icegeranyo c'ibihano", "Service du casier judiciaire", "Criminal records service"),
        ),
    )


@pytest.fixture
def migration_service(interior):
    return Institution.objects.create(
        slug="cgm",
        parent=interior,
        kind=Institution.Kind.AGENCY,
        acronym="CGM",
        **translated(
            "name",
            tr(
                "Ibiro bishinzwe abinjira n'abasohoka",
                "Commissariat général des migrations",
                "Migration service",
            ),
        ),
    )


def make_office(slug, institution, commune, names):
    return Office.objects.create(
        slug=slug,
        institution=institution,
        commune=commune,
        **translated("name", names),
        **translated("address", tr("Avenue y'Uburundi", "Avenue du Burundi", "Burundi Avenue")),
    )


@pytest.fixture
def justice_office(criminal_records, geography):
    return make_office(
        "criminal-records-bujumbura",
        criminal_records,
        geography["mukaza"],
        tr(
            "Ibiro vy'icegeranyo i Bujumbura", "Casier judiciaire de Bujumbura", "Criminal records, Bujumbura"
        ),
    )


@pytest.fixture
def interior_office(migration_service, geography):
    return make_office(
        "cgm-gitega", migration_service, geography["gitega"], tr("CGM i Gitega", "CGM Gitega", "CGM Gitega")
    )


@pytest.fixture
def theme(db):
    return Theme.objects.create(slug="justice", **translated("name", tr("Ubutungane", "Justice", "Justice")))


def make_form(code, institution):
    form = Form.objects.create(
        reference_code=code,
        institution=institution,
        **translated("title", tr(f"Urupapuro {code}", f"Formulaire {code}", f"Form {code}")),
    )
    FormFile.objects.create(form=form, language="fr", file=ContentFile(MINIMAL_PDF, name="form.pdf"))
    return form


@pytest.fixture
def justice_form(criminal_records):
    return make_form("MJ-CJ-01", criminal_records)


@pytest.fixture
def interior_form(migration_service):
    return make_form("CGM-PAS-01", migration_service)


def make_procedure(slug, institution, office, *, fees=(10_000,), days=(0, 3)):
    procedure = Procedure.objects.create(
        slug=slug,
        institution=institution,
        status=Procedure.Status.PUBLISHED,
        **translated("title", tr(f"{slug} rn", f"{slug} fr", f"{slug} en")),
        **translated("summary", tr("Incamake", "Résumé", "Summary")),
        **translated("eligibility", tr("Umunyagihugu wese", "Tout citoyen", "Any citizen")),
    )
    procedure.offices.add(office)
    for position, amount in enumerate(fees, start=1):
        Fee.objects.create(
            procedure=procedure,
            position=position,
            amount_bif=amount,
            **translated("label", tr("Amahera", "Frais", "Fee")),
        )
    for position, expected_days in enumerate(days, start=1):
        Step.objects.create(
            procedure=procedure,
            position=position,
            expected_days=expected_days,
            **translated("title", tr(f"Intambwe {position}", f"Étape {position}", f"Step {position}")),
        )
    RequiredDocument.objects.create(
        procedure=procedure,
        position=1,
        originals=1,
        **translated("name", tr("Indangamuntu", "Carte d'identité", "Identity card")),
    )
    return procedure


@pytest.fixture
def criminal_record_extract(criminal_records, justice_office, theme):
    procedure = make_procedure("criminal-record-extract", criminal_records, justice_office)
    procedure.themes.add(theme)
    return procedure


@pytest.fixture
def passport(migration_service, interior_office):
    return make_procedure("passport", migration_service, interior_office, fees=(235_000,), days=(0, 10, 5))


def make_staff(username, ministry, role):
    ensure_role_groups()
    user = get_user_model().objects.create_user(
        username=username, password="a-long-test-password", is_staff=True
    )
    StaffProfile.objects.create(user=user, ministry=ministry, role=role)
    user.groups.add(Group.objects.get(name=CLERKS if role == StaffProfile.Role.CLERK else REVIEWERS))
    return user


@pytest.fixture
def justice_clerk(justice):
    return make_staff("clerk-justice", justice, StaffProfile.Role.CLERK)


@pytest.fixture
def interior_clerk(interior):
    return make_staff("clerk-interior", interior, StaffProfile.Role.CLERK)


@pytest.fixture
def reviewer(civil_service):
    return make_staff("reviewer", civil_service, StaffProfile.Role.REVIEWER)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-test-password")


# --- Browsers: Playwright driving Debian's Chromium (never a downloaded browser) ----------------------
# One browser for the whole session, shared by tests/browser/ and the journeys of other apps: a second
# sync_playwright() in the same process refuses to start inside the first one's event loop.
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


# The shared cache pointed at a closed port: Redis is away, as in an outage (operations/allowances.py).
UNREACHABLE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


@pytest.fixture
def redis_away(settings):
    settings.CACHES = UNREACHABLE
    settings.WEB_PROCESSES = 1
    allowances.forget()
    yield settings
    allowances.forget()
