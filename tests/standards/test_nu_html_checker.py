"""Every page type, in Kirundi, French and English, is valid HTML by the Nu HTML Checker (the W3C's
validator): the pages are rendered by the test client and checked together in one run of vnu.jar."""

from django.conf import settings

from tests.archive.conftest import (  # noqa: F401 (fixtures)
    alice,
    archive_root,
    bob,
    career,
    carine,
    document_types,
    filled,
    hr_justice,
)
from tests.standards.nu import nu_errors

LANGUAGES = ("rn", "fr", "en")


def public_pages(theme, interior, interior_office, procedure):
    return {
        "home": "/{lang}/",
        "theme": f"/{{lang}}/themes/{theme.slug}/",
        "procedure": f"/{{lang}}/procedures/{procedure.slug}/",
        "procedures": "/{lang}/procedures/",
        "search": "/{lang}/search/?q=passport",
        "search (typo)": "/{lang}/search/?q=pasport",
        "ministry": f"/{{lang}}/ministries/{interior.slug}/",
        "office": f"/{{lang}}/offices/{interior_office.slug}/",
        "forms": "/{lang}/forms/",
        "about": "/{lang}/about/",
        "how-to": "/{lang}/how-to/",
        "contact": "/{lang}/contact/",
        "feedback form": f"/{{lang}}/feedback/procedures/{procedure.slug}/",
        "feedback figures": "/{lang}/feedback/figures/",
        "login": "/{lang}/account/login/",
        "password with the letter's code": "/{lang}/account/password/?username=JU-1001",
        "not found": "/{lang}/no-such-page/",
    }


def archive_pages(filled):  # noqa: F811
    servant = filled["alice"]
    decree = servant.documents.get(document_type__code="appointment")
    return {
        "my file": "/{lang}/archive/",
        "dossier": f"/{{lang}}/archive/dossiers/{servant.public_id}/",
        "who opened my dossier": f"/{{lang}}/archive/dossiers/{servant.public_id}/opened/",
        "document": f"/{{lang}}/archive/documents/{decree.public_id}/",
        "corrections": "/{lang}/archive/corrections/",
        "new correction": "/{lang}/archive/corrections/new/",
    }


def hr_pages(filled):  # noqa: F811
    servant = filled["alice"]
    return {
        "HR: servants": "/{lang}/archive/dossiers/?q=JU-1001",
        "HR: dossier": f"/{{lang}}/archive/dossiers/{servant.public_id}/",
        "HR: batch": f"/{{lang}}/archive/batches/{filled['batch'].public_id}/",
    }


def render(client, pages, into):
    for name, pattern in pages.items():
        for lang in LANGUAGES:
            url = pattern.format(lang=lang)
            response = client.get(url)
            assert response.status_code in (200, 404), (url, response.status_code)
            into[f"{name} ({lang}) {url}"] = response.content.decode()


def test_every_page_type_in_every_language_is_valid_html(
    client,
    theme,
    interior,
    interior_office,
    interior_form,
    passport,
    filled,  # noqa: F811
    hr_justice,  # noqa: F811
    criminal_record_extract,
    justice_clerk,
):
    pages = {}
    render(client, public_pages(theme, interior, interior_office, passport), pages)
    for lang in LANGUAGES:  # a refused form shows its errors, each tied to its field
        url = f"/{lang}/account/password/"
        refused = client.post(url, {"username": "JU-1001", "code": "ZZZZ", "new_password1": "short"})
        assert refused.status_code == 400
        pages[f"password page, refused ({lang}) {url}"] = refused.content.decode()
    client.force_login(hr_justice)  # HR opens Alice's file first: "who opened my dossier" lists it
    render(client, hr_pages(filled), pages)
    client.logout()
    client.force_login(justice_clerk)
    for lang in LANGUAGES:  # staff read the admin in the language they chose
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
        for url in (
            "/admin/",
            "/admin/translation-desk/?language=" + lang,
            f"/admin/translation-desk/justice/{lang}/",
        ):
            response = client.get(url)
            assert response.status_code == 200, url
            pages[f"admin ({lang}) {url}"] = response.content.decode()
    client.logout()
    client.force_login(filled["alice"].user)
    render(client, archive_pages(filled), pages)
    assert len(pages) == 30 * 3
    undescribed = [
        name
        for name, html in pages.items()
        if html.count('<meta name="description"') != 1 and not name.startswith("admin")
    ]
    assert not undescribed  # each page outside the admin says what it is to search engines and previews
    errors = nu_errors(pages)
    assert not errors, "\n".join(errors)
