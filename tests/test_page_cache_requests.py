"""What a request can make the page cache store or answer: hosts, query strings, methods, revalidation.

Every test runs with the page cache on and off: a cached page and a freshly built one answer alike.
"""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

SITE = "https://isoko.gov.bi"


@pytest.fixture(params=["cached", "built"])
def cache_mode(request, settings):
    """Each test once with the page cache, once without."""
    if request.param == "cached":
        request.getfixturevalue("page_cache")
    return request.param


@pytest.fixture
def site(settings):
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["isoko.gov.bi", "www.isoko.gov.bi", "testserver"]


def absolute_addresses(html):
    return set(re.findall(r'https?://[^"\s<>\\]+', html)) - {"https://schema.org"}


# --- Hosts -----------------------------------------------------------------------------------------


def test_absolute_links_come_from_site_url_whatever_the_host(client, site, passport, cache_mode):
    forged = client.get("/en/procedures/passport/", HTTP_HOST="www.isoko.gov.bi:8443").text
    page = client.get("/en/procedures/passport/").text
    for html in (forged, page):
        assert f'<link rel="canonical" href="{SITE}/en/procedures/passport/">' in html
        assert f'hreflang="rn" href="{SITE}/rn/procedures/passport/"' in html
        assert f"<br>{SITE}/en/procedures/passport/</p>" in html  # under the printed QR code
        (json_ld,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
        assert json.loads(json_ld)["@graph"][0]["url"] == f"{SITE}/en/procedures/passport/"
        assert all(url.startswith(SITE + "/") for url in absolute_addresses(html)), absolute_addresses(html)
        assert "www.isoko" not in html and "8443" not in html and "testserver" not in html


def test_sitemap_and_robots_name_the_site_url_whatever_the_host(client, site, passport, cache_mode):
    for host in ("www.isoko.gov.bi:8443", "isoko.gov.bi"):
        sitemap = client.get("/sitemap.xml", HTTP_HOST=host).text
        robots = client.get("/robots.txt", HTTP_HOST=host).text
        assert f"<loc>{SITE}/en/procedures/passport/</loc>" in sitemap
        assert "www.isoko" not in sitemap and "8443" not in sitemap and "http://isoko" not in sitemap
        assert f"Sitemap: {SITE}/sitemap.xml" in robots and "www.isoko" not in robots


def test_a_disallowed_host_is_refused_even_when_the_page_is_cached(client, site, passport, cache_mode):
    assert client.get("/en/procedures/passport/").status_code == 200
    refused = client.get("/en/procedures/passport/", HTTP_HOST="evil.example")
    assert refused.status_code == 400
    assert b"passport" not in refused.content


# --- Query strings ---------------------------------------------------------------------------------


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_made_up_query_parameters_are_answered_from_one_cached_page(client, passport, page_cache):
    queries_for(client, "/en/procedures/passport/")
    for number in range(5):
        assert queries_for(client, f"/en/procedures/passport/?utm_source={number}&x{number}=y") == 0


def test_the_same_search_written_differently_is_one_cached_page(
    client, passport, interior, page_cache, monkeypatch
):
    from page_cache.counting import BatchedCounts
    from procedures import search

    # Searches served from the cache are counted in a batch written later, not during these requests.
    monkeypatch.setattr(search, "_searches_served_from_cache", BatchedCounts(search._record_searches, 3600))
    for _ in range(2):  # a search is stored when it is asked again
        queries_for(client, "/en/search/?q=passport&ministry=interior")
    for spelling in (
        "/en/search/?ministry=interior&q=passport",
        "/en/search/?q=++passport+&ministry=interior&theme=&province=&tracking=1",
        "/en/search/?q=nothing&q=passport&ministry=interior",  # the last value is the one searched
    ):
        assert queries_for(client, spelling) == 0, spelling


def test_a_view_sees_only_the_parameters_that_key_its_page(client, passport, page_cache):
    page = client.get("/en/procedures/?tracking=abc&theme=").text
    assert "tracking" not in page


def test_made_up_choices_are_built_each_time_never_stored(client, passport, page_cache):
    for url in (
        "/en/procedures/?ministry=no-such-ministry",
        "/en/procedures/?free=yes-please",
        "/en/procedures/?page=999",
        "/en/forms/?language=xx",
    ):
        queries_for(client, url)
        assert queries_for(client, url) > 0, url  # built again: no entry for it was kept


def test_a_real_choice_is_still_cached(client, passport, interior, page_cache):
    queries_for(client, "/en/procedures/?ministry=interior&free=on")
    assert queries_for(client, "/en/procedures/?free=on&ministry=interior") == 0


# --- Methods ---------------------------------------------------------------------------------------

PUBLIC_ADDRESSES = [
    "/en/",
    "/en/procedures/passport/",
    "/en/procedures/",
    "/en/search/?q=passport",
    "/en/forms/",
    "/en/about/",
    "/sitemap.xml",
    "/robots.txt",
]


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "POST", "PUT", "PATCH", "DELETE"])
def test_public_pages_answer_only_get_and_head(client, passport, method, cache_mode):
    for url in PUBLIC_ADDRESSES:
        response = client.generic(method, url)
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD"
        assert b"passport" not in response.content
    assert client.head("/en/procedures/passport/").status_code == 200


def test_the_language_form_still_posts(client, passport, cache_mode):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/fr/procedures/passport/"})
    assert response.status_code == 302 and response["Location"] == "/fr/procedures/passport/"


# --- Revalidation (RFC 9110 13.1.2) -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["br", "gzip", None])
def test_if_none_match_takes_lists_weak_tags_and_star(client, passport, cache_mode, encoding):
    headers = {"HTTP_ACCEPT_ENCODING": encoding} if encoding else {}
    url = "/en/procedures/passport/"
    etag = client.get(url, **headers)["ETag"]
    opaque = etag.removeprefix("W/")
    for condition in (etag, f'"other", {etag}', f"W/{opaque}", f'W/"other", W/{opaque}', "*"):
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=condition, **headers)
        assert not_modified.status_code == 304, condition
        assert not_modified.content == b"" and not_modified["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH='"other", W/"another"', **headers).status_code == 200


def test_each_encoding_has_its_own_strong_etag(client, passport, cache_mode):
    url = "/en/procedures/passport/"
    tags = [
        client.get(url, HTTP_ACCEPT_ENCODING="br")["ETag"],
        client.get(url, HTTP_ACCEPT_ENCODING="gzip")["ETag"],
        client.get(url)["ETag"],
    ]
    assert len(set(tags)) == 3
    # A tag for one encoding does not revalidate another: that client would keep bytes it cannot read.
    assert client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=tags[0]).status_code == 200


def test_too_many_query_parameters_are_a_bad_request(client, settings, passport, cache_mode):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    many = "&".join(f"p{number}=x" for number in range(10))
    assert client.get(f"/en/search/?q=passport&{many}").status_code == 400
