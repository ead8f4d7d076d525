"""The API answers `?commune=` with the offices competent for that commune (citizen, issue 28)."""

import pytest


@pytest.mark.django_db
def test_offices_serving_a_commune(demo_loaded, client):
    answer = client.get("/api/v1/offices/", {"commune": "mukaza", "page_size": 100})
    assert answer.status_code == 200
    text = answer.content.decode()
    assert "civil-status-mukaza" in text and "one-stop-bujumbura" in text
    assert "civil-status-gitega" not in text and "cgm-gitega" not in text


@pytest.mark.django_db
def test_an_unknown_commune_is_a_clear_400(demo_loaded, client):
    answer = client.get("/api/v1/offices/", {"commune": "atlantis"})
    assert answer.status_code == 400 and "commune" in answer.json()
