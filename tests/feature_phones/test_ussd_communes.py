"""On USSD too, a caller chooses province then commune and hears the offices that serve the commune."""

import pytest

from feature_phones.gsm import to_gsm7
from feature_phones.ussd import MORE, ussd_screen

LANGUAGE_KEYS = {"rn": "1", "fr": "2", "en": "3"}
SERVES = {"rn": "Ku bwa Mukaza", "fr": "Pour Mukaza", "en": "For Mukaza"}
NONE_SERVES = {
    "rn": "Nta biro bikorera Rumonge",
    "fr": "Aucun bureau ne sert Rumonge",
    "en": "No office serves Rumonge",
}


def birth_certificate_where(language):
    """Keys to the birth certificate's 'where to apply' menu (search, first result, item 4)."""
    return [LANGUAGE_KEYS[language], "1", "birth certificate", "1", "4"]


def choose(keys, label):
    """Presses 98 until `label` is listed, then its number."""
    while True:
        shown = ussd_screen(None, keys)
        for line in shown.page_text.splitlines():
            number, _space, text = line.partition(" ")
            if text == to_gsm7(label):
                return [*keys, number]
        assert MORE in shown.keys, f"{label} not found in {shown.text}"
        keys = [*keys, MORE]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_province_then_commune_gives_the_office_serving_it(demo_loaded, language):
    keys = choose(birth_certificate_where(language), "Bujumbura")
    communes = ussd_screen(None, keys)
    assert communes.page_text.splitlines()[0] == "1 Bubanza"
    assert len(communes.page_text.splitlines()) <= 5
    shown = ussd_screen(None, choose(keys, "Mukaza"))
    assert SERVES[language] in shown.text and not shown.hint


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_a_commune_no_office_serves_says_so_and_gives_the_nearest(demo_loaded, language):
    keys = choose(choose(birth_certificate_where(language), "Burunga"), "Rumonge")
    shown = ussd_screen(None, keys)
    assert NONE_SERVES[language] in shown.text and not shown.hint


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "menu", "journey", "step"),
    [
        ("rn", "Intambwe ku yindi", "Kuvyara umwana", "1. Kwandikisha ivuka"),
        ("fr", "Étape par étape", "Avoir un enfant", "1. Déclarer la naissance"),
        ("en", "Step by step", "Having a baby", "1. Register the birth"),
    ],
)
def test_journeys_are_a_menu_on_ussd(demo_loaded, language, menu, journey, step):
    keys = choose(choose([LANGUAGE_KEYS[language]], menu), journey)
    shown = ussd_screen(None, keys)
    assert step in shown.text and not shown.hint
