"""The simulator and the gateway play the same sessions and show the same screens (issue 27 item 9:
choosing Kirundi then "4" in the simulator searched for "4", and the remembered language was ignored)."""

import html
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.urls import reverse

from feature_phones.ussd import ussd_screen

SECRET = "gateway-shared-secret-for-tests"  # noqa: S105
NUMBER = "+25779123456"


class _Form(HTMLParser):
    """The simulator's form as a browser submits it, and the phone's screen."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.select, self.screen, self.in_pre, self.new_session = (
            {},
            False,
            None,
            "",
            False,
            "",
        )

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method") == "get":
            self.in_form = True
        elif tag == "pre":
            self.in_pre = True
        elif tag == "a" and "data-new-session" in attrs:
            self.new_session = attrs["href"]
        elif self.in_form and tag == "input" and attrs.get("type") not in ("submit",) and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value", "")
        elif self.in_form and tag == "select":
            self.select = attrs["name"]
            self.fields.setdefault(self.select, "")
        elif self.select and tag == "option" and "selected" in attrs:
            self.fields[self.select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "pre":
            self.in_pre = False

    def handle_data(self, data):
        if self.in_pre:
            self.screen += data


def read(response):
    assert response.status_code == 200
    form = _Form()
    form.feed(response.content.decode())
    return form


class Simulator:
    """A clerk at the simulator: types each key in the form the last page gave back."""

    def __init__(self, client):
        self.client, self.url = client, reverse("feature_phone_simulator")
        self.form = read(client.get(self.url))

    def set_remembered_language(self, code):
        self.form.fields["language"] = code

    def press(self, key):
        self.form = read(self.client.get(self.url, {**self.form.fields, "key": key}))
        return html.unescape(self.form.screen)

    def hang_up(self):
        self.form = read(self.client.get(self.form.new_session))


def gateway_answer(client, session_id, keys):
    data = {"sessionId": session_id, "serviceCode": "*123#", "phoneNumber": NUMBER, "text": "*".join(keys)}
    answer = client.post(reverse("feature_phones:ussd"), data, headers={"X-Gateway-Secret": SECRET})
    assert answer.status_code == 200
    return answer.content.decode().removeprefix("CON ").removeprefix("END ")


@pytest.fixture
def gateway(settings):
    settings.FEATURE_PHONE_GATEWAY_SECRET = SECRET
    settings.FEATURE_PHONE_GATEWAY_ADDRESSES = []
    settings.FEATURE_PHONE_RATE_LIMIT = 1000
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def simulator(client, django_user_model):
    clerk = django_user_model.objects.create_user(
        "simulating-clerk", password="x-long-password-1", is_staff=True
    )
    client.force_login(clerk)
    return Simulator(client)


# Sessions of one phone, in order: each is the keys pressed after dialling.
SESSIONS = {
    "rn": [["1", "4"], ["1", "passport", "1"], ["99", "2", "1", "visa"], []],
    "fr": [["2", "4", "1"], ["3"], ["99", "3", "1", "pasiporo"]],
    "en": [["3", "1", "passport", "1", "2"], ["4", "0", "99", "1", "4"], ["2"]],
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_the_simulator_and_the_gateway_show_the_same_screens(
    demo_loaded, gateway, simulator, client, language
):
    for number, keys in enumerate(SESSIONS[language]):
        shown = [simulator.press("")] + [simulator.press(key) for key in keys]
        answered = [
            gateway_answer(client, f"ATUid_{language}_{number}", keys[:step]) for step in range(len(keys) + 1)
        ]
        assert shown == answered, (number, keys)
        simulator.hang_up()


@pytest.mark.django_db
def test_choosing_kirundi_then_4_opens_the_fourth_menu_line_not_a_search(demo_loaded, simulator):
    simulator.press("")
    simulator.press("1")
    shown = simulator.press("4")
    assert shown == ussd_screen(None, ["1", "4"]).text
    assert not shown.startswith("4\n")  # a search for "4" is titled "4"


@pytest.mark.django_db
def test_the_next_session_starts_in_the_language_the_phone_remembers(demo_loaded, simulator):
    simulator.press("")
    simulator.press("2")  # Français
    simulator.hang_up()
    assert "Tapez un mot" in simulator.press("")
    simulator.hang_up()
    simulator.set_remembered_language("en")  # the clerk changes what the phone remembers
    assert "Type a word" in simulator.press("")


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["1", "2", "3"])  # the menu in Kirundi, French, English
def test_clerks_see_how_many_sms_segments_a_screen_takes_and_its_encoding(
    demo_loaded, client, django_user_model, key
):
    clerk = django_user_model.objects.create_user(
        "segment-clerk", password="x-long-password-1", is_staff=True
    )
    client.force_login(clerk)
    simulator = Simulator(client)
    simulator.press("")
    simulator.press(key)
    page = client.get(simulator.url, {**simulator.form.fields, "key": "1"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "Sent as an SMS: 1 segment, GSM-7." in page.content.decode()
