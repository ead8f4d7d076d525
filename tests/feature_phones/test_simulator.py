"""The admin's feature phone simulator: clerks read a procedure as a caller's phone shows it."""

import pytest
from django.urls import reverse

from feature_phones.gsm import to_gsm7
from feature_phones.models import RememberedLanguage
from procedures.models import Procedure


@pytest.fixture
def clerk_client(client, django_user_model):
    clerk = django_user_model.objects.create_user(
        "simulating-clerk", password="x-long-password-1", is_staff=True
    )
    client.force_login(clerk)
    return client


@pytest.mark.django_db
def test_staff_play_a_session_key_by_key(demo_loaded, clerk_client):
    url = reverse("feature_phone_simulator")
    start = clerk_client.get(url, {"language": "", "choices_so_far": "", "key": ""})
    assert start.status_code == 200
    assert "Ikirundi" in start.content.decode()
    step = clerk_client.get(url, {"language": "en", "choices_so_far": "1", "key": "passport"})
    page = step.content.decode()
    title = Procedure.objects.get(slug="passport").title_en
    assert f"1 {to_gsm7(title)}" in page
    assert 'value="1*passport"' in page  # the keys so far, ready for the next key
    assert not RememberedLanguage.objects.exists()


@pytest.mark.django_db
def test_the_simulator_is_translated(demo_loaded, clerk_client):
    page = clerk_client.get(reverse("feature_phone_simulator"), HTTP_ACCEPT_LANGUAGE="fr")
    assert "Simulateur de téléphone simple" in page.content.decode()


@pytest.mark.django_db
def test_citizens_are_sent_to_the_admin_login(client):
    response = client.get(reverse("feature_phone_simulator"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
