"""Every page type, in every language, describes itself to search engines in that language."""

import html
import re

import pytest

LANGUAGES = ("rn", "fr", "en")


@pytest.fixture
def pages(passport, theme, interior, interior_office, interior_form):
    return {
        "home": "/{lang}/",
        "theme": f"/{{lang}}/themes/{theme.slug}/",
        "ministry": f"/{{lang}}/ministries/{interior.slug}/",
        "office": f"/{{lang}}/offices/{interior_office.slug}/",
        "procedure": "/{lang}/procedures/passport/",
        "procedures": "/{lang}/procedures/",
        "forms": "/{lang}/forms/",
        "search": "/{lang}/search/?q=passport",
        "search (empty)": "/{lang}/search/",
        "links": "/{lang}/links/",
        "about": "/{lang}/about/",
        "how-to": "/{lang}/how-to/",
        "contact": "/{lang}/contact/",
        "not found": "/{lang}/no-such-page/",
    }


def description(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404, 503), url
    found = re.findall(r'<meta name="description" content="([^"]*)">', response.text)
    assert len(found) == 1, (url, found)
    return html.unescape(found[0])


def test_every_page_type_has_its_own_description_in_each_language(client, pages):
    seen = {}
    for name, pattern in pages.items():
        texts = {lang: description(client, pattern.format(lang=lang)) for lang in LANGUAGES}
        if name == "procedure":  # its summary, written by the ministry (one word in these fixtures)
            assert all(texts.values()), texts
        else:
            for lang, text in texts.items():
                assert 50 <= len(text) <= 170, (name, lang, text)  # says something, fits a result line
        if name not in ("procedure", "search"):  # these two show the catalogue's or the searcher's words
            assert len(set(texts.values())) == 3, (name, texts)  # translated, not English everywhere
        seen[name] = texts["en"]
    assert len(set(seen.values())) == len(seen), seen  # specific to the page type


def test_the_unavailable_page_has_a_description(client, db, monkeypatch):
    from django.db import OperationalError

    def down(*args, **kwargs):
        raise OperationalError("database is down")

    monkeypatch.setattr("procedures.views.Procedure.objects.published", down)
    text = description(client, "/fr/procedures/")
    assert "Isôko" in text
