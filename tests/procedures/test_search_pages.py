"""A search's results, shown a page at a time."""

import re

from tests.conftest import make_procedure


def test_many_results_are_shown_twenty_at_a_time(
    client, criminal_records, justice_office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # indexed once committed
        for number in range(1, 24):
            make_procedure(f"hunting-licence-{number:02}", criminal_records, justice_office)

    first = client.get("/en/search/", {"q": "hunting licence"})
    assert "23 results for" in first.text
    assert first.text.count('<li><a href="/en/procedures/hunting-licence-') == 20
    assert "Page 1 of 2" in first.text
    assert 'href="?q=hunting+licence&amp;page=2"' in first.text

    second = client.get("/en/search/", {"q": "hunting licence", "page": "2"})
    assert "23 results for" in second.text
    assert second.text.count('<li><a href="/en/procedures/hunting-licence-') == 3
    assert '<ol class="cards" start="21">' in second.text
    shown = {slug for page in (first, second) for slug in re.findall(r"/(hunting-licence-\d+)/", page.text)}
    assert len(shown) == 23  # every result on one page or the other

    for made_up in ("99", "two", "-1"):
        assert client.get("/en/search/", {"q": "hunting licence", "page": made_up}).status_code == 200


def test_a_narrowed_search_is_shown_a_page_at_a_time_too(
    client, criminal_records, justice_office, interior_office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(1, 24):
            make_procedure(f"hunting-licence-{number:02}", criminal_records, justice_office)
        make_procedure("hunting-licence-at-the-interior", interior_office.institution, interior_office)

    narrowed = {"q": "hunting licence", "ministry": "justice"}
    first = client.get("/en/search/", narrowed)
    assert "23 results for" in first.text
    assert first.text.count('<li><a href="/en/procedures/hunting-licence-') == 20
    second = client.get("/en/search/", {**narrowed, "page": "2"})
    assert second.text.count('<li><a href="/en/procedures/hunting-licence-') == 3
    assert "hunting-licence-at-the-interior" not in first.text + second.text
