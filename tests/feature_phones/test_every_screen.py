"""Every published screen, in the three languages, fits 160 GSM-7 characters and lists at most 5
choices (issue 28 item 6): the main menu, every life event, every procedure's menu and sections, the
provinces and communes, the journeys."""

import pytest

from feature_phones import catalogue
from feature_phones.gsm import gsm_length
from feature_phones.ussd import MORE, SHOWN_LIMIT, ussd_screen
from procedures.models import Procedure

LANGUAGE_KEYS = {"rn": "1", "fr": "2", "en": "3"}


def pages(keys):
    """Every page of the screen after `keys`, checked as it goes."""
    shown = [ussd_screen(None, keys)]
    while shown[-1].page + 1 < shown[-1].page_count:
        keys = [*keys, MORE]
        shown.append(ussd_screen(None, keys))
    for screen in shown:
        assert not screen.hint, (keys, screen.text)
        assert gsm_length(screen.text) <= SHOWN_LIMIT, (keys, screen.text)
        choices = [line for line in screen.page_text.splitlines() if line.split(" ", 1)[0].isdigit()]
        assert len(choices) <= 5 or not screen.page_text.startswith("1 "), (keys, screen.text)
    return shown


def listed(shown):
    return [line.split(" ", 1)[0] for s in shown for line in s.page_text.splitlines() if line[:1].isdigit()]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_every_published_screen_fits_160_characters_and_5_choices(demo_loaded, language):
    start = [LANGUAGE_KEYS[language]]
    main = pages(start)
    numbers = listed(main)
    assert len(numbers) == len(catalogue.themes_with_procedures()) + 2  # search, themes, journeys
    for number in numbers[1:]:
        for item in listed(pages([*start, number])):
            pages([*start, number, item])
    for procedure in Procedure.objects.published().order_by("slug"):
        menu = [*start, "1", procedure.slug.replace("-", " ")]
        found = ussd_screen(None, menu)
        if found.page_text.startswith("1 "):
            procedure_keys = [*menu, "1"]
            for section in ("1", "2", "3"):
                pages([*procedure_keys, section])
    provinces = [*start, "1", "passport", "1", "4"]
    for province in listed(pages(provinces)):
        for commune in listed(pages([*provinces, province])):
            pages([*provinces, province, commune])
