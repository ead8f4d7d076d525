"""A servant reads their file on a shared phone or in a cybercafé: every signed-in page says who is
signed in and has a "Sign out" button that works without JavaScript; public pages stay the same for
everyone (nobody's name in a page that caches keep)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sign_out_form(html):
    action = reverse("accounts:logout")
    return f'<form method="post" action="{action}">' in html and "Sign out</button>" in html


@pytest.mark.parametrize("name", ["archive:my_dossier", "archive:corrections", "archive:correction_new"])
def test_servant_pages_say_who_is_signed_in_and_offer_sign_out(client, alice, name):
    client.force_login(alice.user)
    with_language = "/en" + reverse(name)[3:]
    html = client.get(with_language).content.decode()
    assert "Signed in as servant-alice" in html
    assert sign_out_form(html)


def test_hr_pages_offer_sign_out(client, hr_justice, filled):
    client.force_login(hr_justice)
    for address in ("/en/archive/dossiers/", filled["alice"].page_url()):
        html = client.get(address).content.decode()
        assert "Signed in as hr-justice" in html and sign_out_form(html), address


def test_sign_out_ends_the_session(client, alice):
    client.force_login(alice.user)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert client.get("/en/archive/").status_code == 302  # back to the login page
    assert "_auth_user_id" not in client.session


def test_public_pages_never_name_the_reader(client, alice):
    client.force_login(alice.user)
    response = client.get("/en/about/")
    assert "Signed in as" not in response.content.decode()
    assert "Cookie" not in response.get("Vary", "")
