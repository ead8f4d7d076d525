"""A misspelt search offers the corrected words as a link, in the page's language; a search spelt
right offers nothing."""

import re
from html import unescape

import pytest

from procedures.search import did_you_mean


def suggestion(page):
    found = re.search(r'<p class="suggestion">(.*?)</p>', unescape(page.text), re.S)
    return found and found.group(1)


@pytest.mark.django_db
def test_a_misspelt_search_offers_the_corrected_words(demo_loaded, client):
    line = suggestion(client.get("/fr/search/", {"q": "pasepor perdu"}))
    assert line is not None and "Vouliez-vous dire" in line
    assert 'href="/fr/search/?q=passeport+perdu"' in line
    assert ">passeport perdu<" in line


@pytest.mark.django_db
def test_the_suggestion_is_in_the_page_language(demo_loaded, client):
    line = suggestion(client.get("/rn/search/", {"q": "pasepor"}))
    assert line is not None and "Mbega mwashaka kuvuga" in line
    assert 'href="/rn/search/?q=passeport"' in line


@pytest.mark.django_db
def test_a_search_spelt_right_offers_nothing(demo_loaded, client):
    for query in ("passeport", "passeports", "casier judiciaire", "pasiporo"):
        assert suggestion(client.get("/en/search/", {"q": query})) is None, query


def test_only_words_in_no_title_are_replaced():
    alike = {"pasepor": ["passeport", "passe"], "perdu": ["perdu", "perdus"]}
    assert did_you_mean("Pasepor perdu", alike) == "passeport perdu"
    assert did_you_mean("perdu", alike) == ""
    assert did_you_mean("de perdu", alike) == ""


def test_a_word_only_vaguely_like_a_title_word_is_not_replaced():
    # PostgreSQL's trigram operator finds looser matches than a useful suggestion.
    assert did_you_mean("pasepor perdu", {"pasepor": ["passeport"], "perdu": ["perimi"]}) == "passeport perdu"
