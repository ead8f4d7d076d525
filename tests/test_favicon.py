"""Browsers ask for /favicon.ico on every site: it must lead to a real icon, not a 404."""

from pathlib import Path

from django.contrib.staticfiles import finders


def test_favicon_ico_leads_to_the_icon_every_page_links_to(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
    assert "max-age=86400" in response["Cache-Control"]
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in client.get("/en/").text
    icon = Path(finders.find("img/favicon.svg")).read_text(encoding="utf-8")
    assert icon.startswith("<svg") and len(icon) < 1024  # small: every first visit downloads it
