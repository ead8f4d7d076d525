"""On a Kirundi page the form downloads come Kirundi first, then French, English (not by language code:
English, French, Kirundi); on a French page French first."""

import re

import pytest

pytestmark = pytest.mark.django_db


def languages_listed(html):
    return re.findall(r'download="?[^>]*hreflang="(rn|fr|en)"|hreflang="(rn|fr|en)" download', html)


def order(html):
    return [a or b for a, b in languages_listed(html)]


def test_kirundi_page_lists_the_kirundi_form_first(client, demo_loaded):
    html = client.get("/rn/procedures/passport/").content.decode()
    assert order(html)[:3] == ["rn", "fr", "en"]
    listing = client.get("/rn/forms/").content.decode()
    assert order(listing)[:3] == ["rn", "fr", "en"]


def test_french_page_lists_the_french_form_first(client, demo_loaded):
    assert order(client.get("/fr/procedures/passport/").content.decode())[:3] == ["fr", "rn", "en"]
